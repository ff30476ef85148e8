import type { Option } from "../validation/form-spec";

/**
 * The languages a source can be in, as BCP 47 tags. Chinese is written with its script when known
 * (zh-Hans simplified, zh-Hant traditional); plain "zh" means the script was not recorded.
 */
export const SOURCE_LANGUAGES = [
  { value: "en", label: "English" },
  { value: "zh-Hans", label: "Chinese (simplified)" },
  { value: "zh-Hant", label: "Chinese (traditional)" },
  { value: "zh", label: "Chinese (script not recorded)" },
  { value: "de", label: "German" },
  { value: "ja", label: "Japanese" },
  { value: "fr", label: "French" },
  { value: "ko", label: "Korean" },
] as const satisfies readonly Option[];

export type SourceLanguage = (typeof SOURCE_LANGUAGES)[number]["value"];

export const SOURCE_LANGUAGE_CODES = SOURCE_LANGUAGES.map((language) => language.value) as [
  SourceLanguage,
  ...SourceLanguage[],
];

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
