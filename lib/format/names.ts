import type { Locale } from "../i18n/locales";
import { romanizeName } from "../text/pinyin";

type Named = { nameEn?: string | null; nameZh?: string | null; label?: string | null };
/** "person" reads a Chinese name as surname + given name (王学集 → Wang Xueji). */
export type NameKind = "person" | "other";

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/** The English name, unless it is only a copy of the Chinese (no English name was reported). */
function englishName(record: Named): string | null {
  const name = record.nameEn ?? null;
  return name && HAN.test(name) && !LATIN.test(name) ? null : name;
}

function chineseName(record: Named): string | null {
  return (
    record.nameZh ?? (record.nameEn && HAN.test(record.nameEn) && !LATIN.test(record.nameEn) ? record.nameEn : null)
  );
}

/** The pinyin a Chinese-only name is shown in, or null when the record has an English name. */
export function romanizedName(record: Named, kind: NameKind = "other"): string | null {
  if (englishName(record)) return null;
  return romanizeName(chineseName(record), { person: kind === "person" });
}

/** A person no source names, known only by their label ("co-founder, name not reported"). */
export function isUnnamed(record: Named): boolean {
  return !record.nameEn && !record.nameZh && Boolean(record.label);
}

const UNNAMED: Record<Locale, string> = { en: "(unnamed)", zh: "（未命名）" };

/**
 * How a record is called on a public page or in a list. English: the English name; else the Chinese
 * name romanised in pinyin (shown with the Chinese beside it); else its descriptive label. 中文: the
 * Chinese name first (the English one beside it, see secondaryName); else the English name; else the label.
 */
export function displayName(record: Named | null | undefined, kind: NameKind = "other", locale: Locale = "en"): string {
  if (!record) return UNNAMED[locale];
  if (locale === "zh") return chineseName(record) ?? englishName(record) ?? record.label ?? UNNAMED.zh;
  return englishName(record) ?? romanizedName(record, kind) ?? chineseName(record) ?? record.label ?? UNNAMED.en;
}

/**
 * How the admin names a record: the name as stored (English, else Chinese, else its label), never a
 * transliteration, since the editor is looking at the record's own fields.
 */
export function storedName(record: Named | null | undefined): string {
  return record?.nameEn ?? record?.nameZh ?? record?.label ?? "(unnamed)";
}

/**
 * The other language's name when it adds something to the display name: in English the Chinese name
 * (王学集 beside Wang Xueji), in 中文 the English one (Rokid beside 若琪). Never pinyin in 中文.
 */
export function secondaryName(record: Named, locale: Locale = "en"): string | null {
  const other = locale === "zh" ? englishName(record) : chineseName(record);
  return other && other !== displayName(record, "other", locale) ? other : null;
}

/** A profile's title: its display name, with the other language's name in brackets when that adds something ("Rokid (若琪)"). */
export function nameWithSecondary(record: Named, kind: NameKind = "other", locale: Locale = "en"): string {
  const name = displayName(record, kind, locale);
  const other = secondaryName(record, locale);
  return other ? `${name} (${other})` : name;
}

/** A line saying the shown name is a transliteration, for the record's own page (中文 shows no pinyin). */
export function nameNote(record: Named, kind: NameKind = "other", locale: Locale = "en"): string | null {
  if (locale === "zh") return null;
  return romanizedName(record, kind)
    ? "Name shown in pinyin, romanised from the Chinese: no English name is reported."
    : null;
}
