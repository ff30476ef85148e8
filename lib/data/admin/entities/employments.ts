import "server-only";
import { z } from "zod";
import { employmentForm } from "@/lib/validation/employment";
import { ensureLive } from "../checks";
import { defineEntity, nameSearch, namedView, noReferrers, relation } from "./define";
import { recordWords } from "./words";

export const employments = defineEntity(employmentForm, {
  key: "employments",
  model: "employment",
  recordType: "EMPLOYMENT",
  citationType: "EMPLOYMENT",
  singular: "employment",
  plural: "Employments",
  include: { person: { select: { nameEn: true, nameZh: true } }, organization: { select: { nameEn: true } } },
  view: z.object({
    person: relation(namedView),
    organization: relation(z.object({ nameEn: z.string() })),
    startYear: z.number().nullable(),
    endYear: z.number().nullable(),
    isCurrent: z.boolean(),
  }),
  async toColumns(tx, input) {
    await ensureLive(tx, "person", input.personId, "personId");
    await ensureLive(tx, "organization", input.organizationId, "organizationId");
    return { ...input };
  },
  display: (row, locale) => {
    const words = recordWords(locale);
    const years = [row.startYear ?? "?", row.isCurrent ? words.now : (row.endYear ?? "?")].join("–");
    return words.t("employment", {
      person: words.name(row.person),
      organization: row.organization?.nameEn ?? "?",
      years,
    });
  },
  referrers: noReferrers,
  publicPaths: () => ["/", "/founders"],
  searchColumns: ["role", "note"],
  relationSearch: (q) => [{ person: { OR: nameSearch(q) } }, { organization: { OR: nameSearch(q) } }],
});
