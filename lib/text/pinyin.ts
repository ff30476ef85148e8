import { pinyin } from "pinyin-pro";

/**
 * A search aid derived from a Chinese name: toneless, lowercase, one syllable per word
 * (灵伴科技 → "ling ban ke ji"). Non-Chinese runs are kept, lowercased, as words of their own; null for
 * a missing or blank input. Not a sourced fact, so it needs no citation.
 */
export function toPinyin(chinese: string | null | undefined): string | null {
  if (!chinese || chinese.trim() === "") return null;
  const words = pinyin(chinese, { toneType: "none", type: "array", nonZh: "consecutive" })
    .map((word) => word.trim().toLowerCase())
    .filter((word) => word !== "");
  return words.length > 0 ? words.join(" ").replace(/\s+/g, " ") : null;
}
