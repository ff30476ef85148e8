import type { SourceKind } from "../generated/prisma/enums";
import type { Locale } from "../i18n/locales";

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

const SOURCE_KIND_LABELS_ZH: Record<SourceKind, string> = {
  ORIGINAL_REPORTING: "原创报道",
  COMPANY_STATEMENT: "公司或机构声明",
  FILING: "监管文件",
  REFERENCE_WORK: "参考工具书",
  AGGREGATOR: "聚合转述",
  MIRROR: "转载或镜像",
  AI_GENERATED: "AI 生成",
};

/** A source kind's label in the page's language; `null` (not classified) reads "Kind not recorded". */
export function sourceKindLabel(kind: SourceKind | null, locale: Locale = "en"): string {
  if (kind === null) return locale === "zh" ? "类型未记录" : "Kind not recorded";
  return (locale === "zh" ? SOURCE_KIND_LABELS_ZH : SOURCE_KIND_LABELS)[kind];
}
