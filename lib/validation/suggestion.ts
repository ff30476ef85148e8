import { z } from "zod";
import { CitationRecordType } from "../generated/prisma/enums";
import {
  limits,
  optionalText,
  optionalUrl,
  optionalYear,
  requiredChoice,
  requiredId,
  requiredText,
  requiredUrl,
} from "./fields";
import { NAME_REQUIRED_MESSAGE } from "./issue-messages";

/*
 * The public "Suggest a start-up" and "Flag this fact" forms. One schema each, used by the reader's
 * browser before sending and by the server action again. The proof-of-work answer and the honeypot
 * are not part of these schemas: they are refusals of the request, not mistakes in a field.
 */

/** The honeypot: a field hidden from people that only form-filling robots fill in. */
export const HONEYPOT_FIELD = "fax";
/** Where the ALTCHA widget puts its solved challenge. */
export const PROOF_OF_WORK_FIELD = "altcha";

const optionalEmail = () =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null),
    z.email("must be an email address such as you@example.org").max(200, "must be at most 200 characters").nullable(),
  );

const sourceFields = {
  sourceUrl: requiredUrl(),
  sourceQuote: optionalText(2000),
  comment: optionalText(2000),
  contactEmail: optionalEmail(),
};

export const startupSuggestionSchema = z
  .object({
    nameEn: optionalText(limits.name),
    nameZh: optionalText(limits.name),
    website: optionalUrl(),
    cityName: optionalText(100),
    foundedYear: optionalYear(),
    founders: optionalText(1000),
    alibabaLink: optionalText(1000),
    ...sourceFields,
  })
  .superRefine((value, ctx) => {
    if (!value.nameEn && !value.nameZh) {
      ctx.addIssue({ code: "custom", path: ["nameEn"], message: NAME_REQUIRED_MESSAGE });
    }
  });

export type StartupSuggestionInput = z.infer<typeof startupSuggestionSchema>;

export const factFlagSchema = z.object({
  targetType: requiredChoice(CitationRecordType, "the kind of record"),
  targetId: requiredId("the record"),
  targetField: optionalText(64),
  proposedValue: requiredText(1000),
  ...sourceFields,
});

export type FactFlagInput = z.infer<typeof factFlagSchema>;

export const rejectSuggestionSchema = z.object({
  reason: requiredText(1000),
});

/** "S-" and eight characters of Crockford's base 32 (no I, L, O, U): easy to read out and type. */
export const REFERENCE_PATTERN = /^S-[0-9A-HJKMNP-TV-Z]{8}$/;

/** A reference as a reader may type it: any case, spaces around, the "S-" optional. */
export function normalizeReference(value: string): string | null {
  const compact = value.trim().toUpperCase().replace(/\s+/g, "");
  const reference = compact.startsWith("S-") ? compact : `S-${compact}`;
  return REFERENCE_PATTERN.test(reference) ? reference : null;
}
