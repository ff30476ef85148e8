import "server-only";
import { z } from "zod";
import { FieldError } from "@/lib/forms/errors";
import { investmentForm } from "@/lib/validation/investment";
import { ensureLive } from "../checks";
import { defineEntity, nameSearch, namedView, noReferrers, relation } from "./define";
import { recordWords } from "./words";

export const investments = defineEntity(investmentForm, {
  key: "investments",
  model: "investment",
  recordType: "INVESTMENT",
  citationType: "INVESTMENT",
  singular: "investment",
  plural: "Investments",
  include: {
    organization: { select: { nameEn: true } },
    person: { select: { nameEn: true, nameZh: true } },
    round: { select: { stage: true, startup: { select: { nameEn: true, nameZh: true, label: true } } } },
  },
  view: z.object({
    organization: relation(z.object({ nameEn: z.string() })),
    person: relation(namedView),
    round: relation(z.object({ stage: z.string(), startup: namedView })),
  }),
  async toColumns(tx, input, id) {
    await ensureLive(tx, "fundingRound", input.roundId, "roundId");
    await ensureLive(tx, "organization", input.organizationId, "organizationId");
    await ensureLive(tx, "person", input.personId, "personId");
    const existing = await tx.investment.findFirst({
      where: {
        roundId: input.roundId,
        ...(input.organizationId ? { organizationId: input.organizationId } : { personId: input.personId }),
        ...(id ? { NOT: { id } } : {}),
      },
    });
    if (existing)
      throw new FieldError(
        input.organizationId ? "organizationId" : "personId",
        `is already an investor in this round (investment #${existing.id})`,
      );
    return { ...input };
  },
  display: (row, locale) => {
    const words = recordWords(locale);
    const investor = row.organization?.nameEn ?? (row.person ? words.name(row.person) : "?");
    return words.t("investment", {
      investor,
      startup: words.name(row.round?.startup),
      stage: words.stage(row.round?.stage ?? ""),
    });
  },
  referrers: noReferrers,
  publicPaths: () => ["/", "/investors"],
  searchColumns: ["note"],
  relationSearch: (q) => [
    { organization: { OR: nameSearch(q) } },
    { person: { OR: nameSearch(q) } },
    { round: { startup: { OR: nameSearch(q) } } },
  ],
});
