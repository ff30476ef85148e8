import type { Option } from "../validation/form-spec";

/**
 * The languages a source can be in, as BCP 47 tags. Chinese is written with its script when known
 * (zh-Hans simplified, zh-Hant traditional); plain "zh" means the script was not recorded.
 */
export const SOURCE_LANGUAGE_CODES = ["en", "zh-Hans", "zh-Hant", "zh", "de", "ja", "fr", "ko"] as const;

export type SourceLanguage = (typeof SOURCE_LANGUAGE_CODES)[number];

const LANGUAGE_NAMES: Record<SourceLanguage, string> = {
  en: "English",
  "zh-Hans": "Chinese (simplified)",
  "zh-Hant": "Chinese (traditional)",
  zh: "Chinese (script not recorded)",
  de: "German",
  ja: "Japanese",
  fr: "French",
  ko: "Korean",
};

export const SOURCE_LANGUAGES: readonly Option[] = SOURCE_LANGUAGE_CODES.map((value) => ({
  value,
  label: LANGUAGE_NAMES[value],
}));

/** The English name of a language tag, for "in Chinese (traditional)". */
export function languageName(code: string): string {
  const known = SOURCE_LANGUAGES.find((language) => language.value === code);
  if (known) return known.label;
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
