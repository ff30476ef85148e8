import { pinyin } from "pinyin-pro";

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * Surnames of two characters. A personal name starting with one of these is split after the second
 * character (欧阳娜娜 → Ouyang Nana); every other name after the first (王学集 → Wang Xueji).
 */
const COMPOUND_SURNAMES = new Set([
  "欧阳",
  "司马",
  "上官",
  "诸葛",
  "东方",
  "皇甫",
  "尉迟",
  "公孙",
  "慕容",
  "长孙",
  "宇文",
  "司徒",
  "夏侯",
  "轩辕",
  "令狐",
  "端木",
  "西门",
  "独孤",
  "南宫",
  "闻人",
  "申屠",
  "澹台",
  "太史",
  "歐陽",
  "司馬",
  "諸葛",
  "東方",
  "長孫",
  "軒轅",
]);

type Options = { person?: boolean };

function syllables(chinese: string, { person = false }: Options): string[] {
  // Surname mode reads a polyphonic first character as a surname: 曾 is Zeng, not Ceng; 单 is Shan.
  return pinyin(chinese, {
    toneType: "none",
    type: "array",
    nonZh: "consecutive",
    ...(person ? { surname: "head" as const } : {}),
  })
    .map((word) => word.trim().toLowerCase())
    .filter((word) => word !== "");
}

/**
 * A search aid derived from a Chinese name: toneless, lowercase, one syllable per word
 * (灵伴科技 → "ling ban ke ji"). Non-Chinese runs are kept, lowercased, as words of their own; null for
 * a missing or blank input. Pass `person` for personal names, so surnames read as surnames.
 * Not a sourced fact, so it needs no citation.
 */
export function toPinyin(chinese: string | null | undefined, options: Options = {}): string | null {
  if (!chinese || chinese.trim() === "") return null;
  const words = syllables(chinese, options);
  return words.length > 0 ? words.join(" ").replace(/\s+/g, " ") : null;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * How a Chinese-only name reads to an English reader, in Hanyu Pinyin without tones. A person's
 * name is surname then given name, each one word (王学集 → "Wang Xueji", 欧阳娜娜 → "Ouyang Nana");
 * other names are written a syllable at a time (顶象技术 → "Ding Xiang Ji Shu"), since word
 * boundaries would need a dictionary. Null when the text holds no Chinese or already has Latin
 * letters (those names are read as written). A transliteration, never a sourced name.
 */
export function romanizeName(chinese: string | null | undefined, options: Options = {}): string | null {
  if (!chinese || !HAN.test(chinese) || LATIN.test(chinese)) return null;
  const text = chinese.replace(/\s+/g, "");
  if (!options.person) {
    const words = syllables(text, options);
    return words.length > 0 ? words.map(capitalise).join(" ") : null;
  }
  const surnameLength = COMPOUND_SURNAMES.has(text.slice(0, 2)) && text.length > 2 ? 2 : 1;
  const surname = syllables(text.slice(0, surnameLength), { person: true }).join("");
  const given = syllables(text.slice(surnameLength), {}).join("");
  // Apostrophes mark syllable breaks that would otherwise be ambiguous (Xi'an); keep them off here:
  // the reader sees the Chinese beside the romanisation.
  return [surname, given]
    .filter((part) => part !== "")
    .map(capitalise)
    .join(" ");
}
