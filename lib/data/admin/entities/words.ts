import "server-only";
import { createTranslator } from "next-intl";
import { FundingStage, type FoundingRole, type OrganizationKind } from "@/lib/generated/prisma/enums";
import { dateNotReported, formatDateAsReported } from "@/lib/format/dates";
import { messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { foundingRoleLabel, organizationKindLabel, stageLabel } from "@/lib/labels";

type Named = { nameEn?: string | null; nameZh?: string | null; label?: string | null };

const isStage = (stage: string): stage is FundingStage => stage in FundingStage;

/**
 * The words in records' names and second lines (lists, pickers, related records, history titles), in
 * the editor's language. English keeps the admin's terse lower-case forms ("series a", "alibaba unit",
 * "2024-03"); 中文 uses the site's own labels (A轮, 阿里业务单元, 2024年3月) and the admin's messages
 * (admin.recordLabels). Records' own names stay as they were written.
 */
function wordsFor(locale: Locale) {
  const t = createTranslator({ locale, messages: messages[locale], namespace: "admin.recordLabels" });
  const zh = locale === "zh";
  return {
    t,
    /** A record's name as stored (English first, as storedName), or what an unnamed one is called. */
    name: (record: Named | null | undefined) => record?.nameEn ?? record?.nameZh ?? record?.label ?? t("unnamed"),
    stage: (stage: string) =>
      zh && isStage(stage) ? stageLabel(stage, "zh") : stage.replaceAll("_", " ").toLowerCase(),
    role: (role: FoundingRole) => (zh ? foundingRoleLabel(role, "zh") : role.toLowerCase().replace("_", "-")),
    kind: (kind: OrganizationKind) =>
      zh ? organizationKindLabel(kind, "zh") : kind.replaceAll("_", " ").toLowerCase(),
    lead: t("lead"),
    now: t("now"),
    dateNotReported: dateNotReported(locale),
    /** The month a round was announced: "2024-03", 中文 "2024年3月". */
    month: (date: Date) =>
      zh ? (formatDateAsReported(date.toISOString(), "MONTH", "zh") ?? "") : date.toISOString().slice(0, 7),
  };
}

export type RecordWords = ReturnType<typeof wordsFor>;

const byLocale = new Map<Locale, RecordWords>();

/** The words of one language, made once: lists and pickers name dozens of records per request. */
export function recordWords(locale: Locale = "en"): RecordWords {
  let words = byLocale.get(locale);
  if (!words) {
    words = wordsFor(locale);
    byLocale.set(locale, words);
  }
  return words;
}
