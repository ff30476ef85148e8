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

/**
 * How a record is called on a public page or in a list: English name; else the Chinese name
 * romanised in pinyin (shown with the Chinese beside it); else its descriptive label.
 */
export function displayName(record: Named | null | undefined, kind: NameKind = "other"): string {
  if (!record) return "(unnamed)";
  return englishName(record) ?? romanizedName(record, kind) ?? chineseName(record) ?? record.label ?? "(unnamed)";
}

/**
 * How the admin names a record: the name as stored (English, else Chinese, else its label), never a
 * transliteration, since the editor is looking at the record's own fields.
 */
export function storedName(record: Named | null | undefined): string {
  return record?.nameEn ?? record?.nameZh ?? record?.label ?? "(unnamed)";
}

/** The Chinese name when it adds something to the display name. */
export function secondaryName(record: Named): string | null {
  const chinese = chineseName(record);
  return chinese && chinese !== displayName(record) ? chinese : null;
}

/** A line saying the shown name is a transliteration, for the record's own page. */
export function nameNote(record: Named, kind: NameKind = "other"): string | null {
  return romanizedName(record, kind)
    ? "Name shown in pinyin, romanised from the Chinese: no English name is reported."
    : null;
}
