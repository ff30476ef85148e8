import "server-only";
import { z } from "zod";
import { FieldError } from "@/lib/forms/errors";
import { foundingForm } from "@/lib/validation/founding";
import { ensureLive } from "../checks";
import { defineEntity, nameSearch, namedView, noReferrers, relation, startupNameSearch } from "./define";
import { recordWords } from "./words";

export const foundings = defineEntity(foundingForm, {
  key: "foundings",
  model: "founding",
  recordType: "FOUNDING",
  citationType: "FOUNDING",
  singular: "founding",
  plural: "Foundings",
  include: {
    person: { select: { nameEn: true, nameZh: true } },
    startup: { select: { nameEn: true, nameZh: true, label: true, slug: true } },
  },
  view: z.object({ person: relation(namedView), startup: relation(namedView.extend({ slug: z.string() })) }),
  async toColumns(tx, input, id) {
    await ensureLive(tx, "startup", input.startupId, "startupId");
    await ensureLive(tx, "person", input.personId, "personId");
    const existing = await tx.founding.findFirst({
      where: {
        startupId: input.startupId,
        personId: input.personId,
        ...(id ? { NOT: { id } } : {}),
      },
    });
    if (existing) {
      throw new FieldError(
        "personId",
        `is already recorded as a founder of this start-up (founding #${existing.id}${existing.deletedAt ? ", deleted: restore it instead" : ""})`,
      );
    }
    return { ...input };
  },
  display: (row, locale) => {
    const words = recordWords(locale);
    return `${words.name(row.person)} → ${words.name(row.startup)}`;
  },
  referrers: noReferrers,
  publicPaths: (row) => ["/", "/founders", "/startups", ...(row.startup ? [`/startups/${row.startup.slug}`] : [])],
  searchColumns: ["title", "note"],
  relationSearch: (q) => [{ person: { OR: nameSearch(q) } }, { startup: { OR: startupNameSearch(q) } }],
});
