import "server-only";
import { z } from "zod";
import { CitationRecordType } from "@/lib/generated/prisma/enums";
import { FieldError } from "@/lib/forms/errors";
import { entitySingular, localizedForm } from "@/lib/i18n/admin-forms";
import { citationForm } from "@/lib/validation/citation";
import type { EntityKey } from "@/lib/validation/form-spec";
import { recordForms } from "@/lib/validation/record-forms";
import { ensureLive } from "../checks";
import type { ModelName } from "../delegates";
import { defineEntity, noReferrers, relation } from "./define";
import { recordWords } from "./words";

/** Where a cited record lives, to check that a citation points at something real. */
export const citationTargets: Record<CitationRecordType, { model: ModelName; key: EntityKey }> = {
  CITY: { model: "city", key: "cities" },
  STARTUP: { model: "startup", key: "startups" },
  PERSON: { model: "person", key: "people" },
  ORGANIZATION: { model: "organization", key: "organizations" },
  EMPLOYMENT: { model: "employment", key: "employments" },
  FOUNDING: { model: "founding", key: "foundings" },
  FUNDING_ROUND: { model: "fundingRound", key: "funding-rounds" },
  INVESTMENT: { model: "investment", key: "investments" },
  REPORTED_FIGURE: { model: "reportedFigure", key: "reported-figures" },
};

export const citations = defineEntity(citationForm, {
  key: "citations",
  model: "citation",
  recordType: "CITATION",
  citationType: null,
  singular: "citation",
  plural: "Citations",
  include: { source: { select: { publisher: true, title: true, url: true } } },
  view: z.object({
    source: relation(z.object({ publisher: z.string() })),
    recordType: z.enum(CitationRecordType),
    recordId: z.number(),
    field: z.string().nullable(),
  }),
  async toColumns(tx, input) {
    await ensureLive(tx, "source", input.sourceId, "sourceId");
    const target = citationTargets[input.recordType];
    await ensureLive(tx, target.model, input.recordId, "recordId");
    const field = input.field;
    if (field !== null && !recordForms[target.key].citationFields.some((f) => f.value === field)) {
      throw new FieldError(
        "field",
        `is not a field of a ${target.model} (choose one of ${recordForms[target.key].citationFields.map((f) => f.value).join(", ")})`,
      );
    }
    return { ...input };
  },
  display: (row, locale) => {
    const { t } = recordWords(locale);
    const { key } = citationTargets[row.recordType];
    // English names the kind and the field as stored ("start-up", "foundedYear"); 中文 as its forms do.
    const record = locale === "en" ? row.recordType.toLowerCase().replaceAll("_", " ") : entitySingular(key, locale);
    const field =
      locale === "en" || !row.field
        ? row.field
        : (localizedForm(key, locale).citationFields.find((f) => f.value === row.field)?.label ?? row.field);
    return t("citation", {
      source: row.source?.publisher ?? t("source"),
      record,
      id: String(row.recordId),
      field: field ? t("citedField", { field }) : "",
    });
  },
  referrers: noReferrers,
  publicPaths: () => ["/"],
  searchColumns: ["field", "quote", "claimedValue", "note"],
  relationSearch: (q) => [
    {
      source: {
        OR: [{ publisher: { contains: q, mode: "insensitive" } }, { url: { contains: q, mode: "insensitive" } }],
      },
    },
  ],
  // The citations' own rows, read again typed: the records they support.
  supportedRecords: (tx, ids) =>
    tx.citation.findMany({ where: { id: { in: ids } }, select: { recordType: true, recordId: true } }),
});
