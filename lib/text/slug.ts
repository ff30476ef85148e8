import { limits, SLUG_PATTERN } from "../validation/fields";
import { toPinyin } from "./pinyin";

const HAN = /\p{Script=Han}/u;

/**
 * A URL name from a name in any script: Chinese through its toneless pinyin (灵伴科技 → ling-ban-ke-ji),
 * Latin with accents folded (Zürich → zurich). Null when nothing usable remains (e.g. Cyrillic), so
 * the caller falls back to a neutral name instead of inventing a transliteration.
 */
export function slugify(text: string | null | undefined): string | null {
  if (!text) return null;
  const latin = HAN.test(text) ? (toPinyin(text) ?? "") : text;
  const slug = latin
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, limits.slug)
    .replace(/-+$/g, "");
  return slug !== "" && SLUG_PATTERN.test(slug) ? slug : null;
}

/** The first usable slug from the given values, in order (English name first, then the Chinese name's pinyin). */
export function slugFromValues(values: readonly (string | null | undefined)[]): string | null {
  for (const value of values) {
    const slug = slugify(value);
    if (slug) return slug;
  }
  return null;
}
