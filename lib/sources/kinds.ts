import type { SourceKind } from "../generated/prisma/enums";

/** What each kind of source is called on pages and in forms. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  ORIGINAL_REPORTING: "Original reporting",
  COMPANY_STATEMENT: "Company or institution statement",
  FILING: "Filing",
  REFERENCE_WORK: "Reference work",
  AGGREGATOR: "Aggregator",
  MIRROR: "Mirror or copy",
  AI_GENERATED: "AI-generated",
};

/** Short words for the kinds that deserve a warning next to a footnote. */
export const SOURCE_KIND_CAVEATS: Partial<Record<SourceKind, string>> = {
  AGGREGATOR: "aggregator",
  MIRROR: "copy",
  AI_GENERATED: "AI-generated",
};
