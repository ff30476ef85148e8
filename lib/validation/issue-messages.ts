import type { z } from "zod";
import { CONTROL_CHARACTERS_MESSAGE, URL_MESSAGE } from "./fields";

/*
 * The schemas word their errors in English, for the admin and the English site. A form in another
 * language rewords each zod issue from its code and bounds with that language's words: the schema
 * stays one (browser and server check the same rules), only the sentence changes.
 */

/** The words, as templates: "{max}" and "{min}" are the issue's bounds. */
export type ValidationMessages = {
  required: string;
  notText: string;
  tooLong: string;
  wholeNumber: string;
  tooEarly: string;
  tooLate: string;
  url: string;
  email: string;
  controlCharacters: string;
  nameRequired: string;
  invalid: string;
};

/** A custom issue's English words that name what the start-up suggestion's refinement asks. */
export const NAME_REQUIRED_MESSAGE = "give the start-up's English or Chinese name";

function fill(template: string, values: Record<string, number | bigint | string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** One zod issue in the given words. Issues the forms never raise read as "is not valid". */
export function localizeIssue(issue: z.core.$ZodIssue, messages: ValidationMessages): string {
  switch (issue.code) {
    case "too_big":
      return issue.origin === "number"
        ? fill(messages.tooLate, { max: issue.maximum })
        : fill(messages.tooLong, { max: issue.maximum });
    case "too_small":
      return issue.origin === "number" ? fill(messages.tooEarly, { min: issue.minimum }) : messages.required;
    case "invalid_type":
      if (issue.expected === "number" || issue.expected === "int") return messages.wholeNumber;
      return issue.message === "must be text" ? messages.notText : messages.required;
    case "invalid_format":
      return issue.format === "email" ? messages.email : messages.invalid;
    case "custom":
      if (issue.message === URL_MESSAGE) return messages.url;
      if (issue.message === CONTROL_CHARACTERS_MESSAGE) return messages.controlCharacters;
      if (issue.message === NAME_REQUIRED_MESSAGE) return messages.nameRequired;
      return messages.invalid;
    default:
      return messages.invalid;
  }
}
