import type { z } from "zod";
import { citationRowsSchema, type CitationChanges, type CitationRow } from "./citation-rows";
import { employmentForm, type employmentFormSchema } from "./employment";
import { requiredId } from "./fields";
import type { FormValues, NestedValues } from "./form-data";
import type { FieldSpec, FormDefinition, Option } from "./form-spec";
import { foundingForm, type foundingFormSchema } from "./founding";
import { fundingRoundForm, type fundingRoundFormSchema } from "./funding-round";
import { investmentForm, type investmentFormSchema } from "./investment";
import { parseWith, type ParseResult } from "./parse";
import { personForm, type personFormSchema } from "./person";

/**
 * Entries: several records entered in one form and saved in one transaction (a founder with their
 * founding and Alibaba jobs; a round with its investors). Each record is still read by its own
 * entity's schema and written by its own entity's `toColumns`; the entry only says which records
 * there are, which fields of each it shows, and splits one set of cite-once sources between them.
 */

/** One record of an entry. */
export type EntryPart = {
  /** What its citation fields are prefixed with: "job0" → "job0:startYear" (no dots: form names nest on dots); "" for none. */
  cite: string;
  /** What its form names are prefixed with: "jobs.0." → "jobs.0.startYear". */
  path: string;
  /** Its name in the form and in the "Supports" list: "Job 1". */
  title: string;
  form: FormDefinition;
  /** The fields of its form the entry shows (the others keep their defaults). */
  fields: readonly FieldSpec[];
};

/** The separator between a part and its field in a cite-once field name ("job0:startYear"). */
const PART = ":";

const pick = (form: FormDefinition, names: readonly string[]): FieldSpec[] =>
  names.flatMap((name) => form.fields.filter((field) => field.name === name));

const personFields = pick(personForm, ["nameEn", "nameZh", "label"]);
const foundingFields = pick(foundingForm, ["role", "title", "confidence"]);
const jobFields = pick(employmentForm, [
  "organizationId",
  "role",
  "startYear",
  "startMonth",
  "endYear",
  "endMonth",
  "isCurrent",
  "endNotStated",
]);
const roundFields = pick(fundingRoundForm, [
  "stage",
  "stageLabel",
  "announcedOn",
  "announcedUntil",
  "amountText",
  "amountKind",
  "amountLow",
  "amountHigh",
  "currency",
]);
const investorFields = pick(investmentForm, ["organizationId", "personId", "isLead"]);

export const founderEntryParts = (jobs: number): EntryPart[] => [
  { cite: "person", path: "person.", title: "New person", form: personForm, fields: personFields },
  { cite: "founding", path: "founding.", title: "Founding", form: foundingForm, fields: foundingFields },
  ...Array.from({ length: jobs }, (_, i) => ({
    cite: `job${i}`,
    path: `jobs.${i}.`,
    title: `Job ${i + 1}`,
    form: employmentForm,
    fields: jobFields,
  })),
];

export const roundEntryParts = (investors: number): EntryPart[] => [
  { cite: "round", path: "round.", title: "Round", form: fundingRoundForm, fields: roundFields },
  ...Array.from({ length: investors }, (_, i) => ({
    cite: `investor${i}`,
    path: `investors.${i}.`,
    title: `Investor ${i + 1}`,
    form: investmentForm,
    fields: investorFields,
  })),
];

/** A record form as an entry of one part: its own field names, its own citation fields. */
export const singleRecordPart = (form: FormDefinition): EntryPart => ({
  cite: "",
  path: "",
  title: "",
  form,
  fields: form.fields,
});

/** The field a part's form field is cited as ("organizationId" → "organization"), if a source can support it. */
function citedAs(part: EntryPart, field: FieldSpec): string | null {
  const value = field.kind === "reference" ? field.name.replace(/Id$/, "") : field.name;
  return part.form.citationFields.some((option) => option.value === value) ? value : null;
}

/** The fields a source can support across the entry, grouped by record: "Job 1: Start year". */
export function entryCitationFields(parts: readonly EntryPart[]): (Option & { group: string })[] {
  return parts.flatMap((part) =>
    part.fields.flatMap((field) => {
      const cited = citedAs(part, field);
      return cited ? [{ value: `${part.cite}${PART}${cited}`, label: field.label, group: part.title }] : [];
    }),
  );
}

/** What each part starts with: its form's defaults, under its form names. */
export function entryDefaults(parts: readonly EntryPart[]): FormValues {
  return Object.fromEntries(
    parts.flatMap((part) =>
      part.fields.flatMap((field) => {
        const value = part.form.defaults[field.name];
        return value === undefined ? [] : [[`${part.path}${field.name}`, value]];
      }),
    ),
  );
}

/**
 * The cite-once fields that hold something the editor typed or chose (not a default the form
 * started with), for the "tick every field typed" shortcut of a source block. A single record's
 * form is an entry of one part with no prefixes.
 */
export function typedEntryFields(parts: readonly EntryPart[], data: FormData, presets: FormValues): string[] {
  return parts.flatMap((part) =>
    part.fields.flatMap((field) => {
      const cited = citedAs(part, field);
      const name = `${part.path}${field.name}`;
      const value = data
        .getAll(name)
        .filter((v): v is string => typeof v === "string" && v.trim() !== "")
        .join("\n");
      if (cited === null || value === "" || value === presets[name]) return [];
      return [part.cite === "" ? cited : `${part.cite}${PART}${cited}`];
    }),
  );
}

/** A row of an entry with nothing typed in any field the entry shows: an unused "another job" row. */
function isBlankPart(part: EntryPart, values: unknown): boolean {
  if (typeof values !== "object" || values === null) return true;
  const record = values as Record<string, unknown>;
  return part.fields.every((field) => {
    const value = record[field.name];
    if (value === undefined || value === null) return true;
    if (typeof value === "string") return value.trim() === "" || part.form.defaults[field.name] === value;
    return Array.isArray(value) && value.length === 0;
  });
}

const asGroup = (value: unknown): NestedValues =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as NestedValues) : {};
const asRows = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A record of an entry read by its own schema, with the citations the entry's sources give it. */
export type Cited<T> = { input: T; citations: CitationChanges };

/**
 * The records an entry's parents are filled in for at save time (the new person's id, the new
 * round's): while reading, they stand in as this id, which no check looks up.
 */
const NOT_YET_SAVED = "1";

type Errors = Record<string, string[]>;

/** Reads one part with its own schema: its values, or its errors under the entry's form names. */
function readPart<Schema extends z.ZodType>(
  schema: Schema,
  part: EntryPart,
  values: unknown,
  fixed: NestedValues,
  errors: Errors,
): z.output<Schema> | null {
  const parsed = parseWith(schema, { ...part.form.defaults, ...asGroup(values), ...fixed }, part.path);
  if (parsed.success) return parsed.data;
  Object.assign(errors, parsed.fieldErrors);
  return null;
}

/**
 * The entry's cite-once sources, split per record: each ticked "part:field" becomes a citation of
 * that part's record. Every record of the entry must rest on at least one source.
 */
function splitCitations(
  parts: readonly EntryPart[],
  values: NestedValues,
  errors: Errors,
): Map<string, CitationChanges> | null {
  const parsed = parseWith(citationRowsSchema(entryCitationFields(parts)), {
    sources: values.sources,
    citations: [],
  });
  if (!parsed.success) {
    Object.assign(errors, parsed.fieldErrors);
    return null;
  }
  const byPart = new Map<string, CitationRow[]>(parts.map((part) => [part.cite, []]));
  for (const row of parsed.data.citations) {
    const [cite, field] = (row.field ?? "").split(PART);
    byPart.get(cite ?? "")?.push({ ...row, field: field ?? null });
  }
  for (const part of parts) {
    if ((byPart.get(part.cite) ?? []).length > 0) continue;
    const first = part.fields[0]?.name ?? "form";
    (errors[`${part.path}${first}`] ??= []).push(
      `has no source: tick at least one of ${part.title}’s fields in a source below`,
    );
  }
  return new Map([...byPart].map(([cite, citations]) => [cite, { citations, removeCitations: [] }]));
}

const finish = <T>(errors: Errors, build: () => T): ParseResult<T> =>
  Object.keys(errors).length > 0 ? { success: false, fieldErrors: errors } : { success: true, data: build() };

const startupIdSchema = requiredId("a start-up");
const personIdSchema = requiredId("a person");

export type FounderEntry = {
  startupId: number;
  /** An existing person, or a new one typed into the entry. */
  person: { id: number } | { create: Cited<z.output<typeof personFormSchema>> };
  founding: Cited<z.output<typeof foundingFormSchema>>;
  jobs: Cited<z.output<typeof employmentFormSchema>>[];
};

/** A founder added from a start-up's page: the person (chosen or new), the founding and their jobs. */
export function parseFounderEntry(values: NestedValues): ParseResult<FounderEntry> {
  const errors: Errors = {};
  const startup = startupIdSchema.safeParse(values.startupId);
  if (!startup.success) errors.startupId = startup.error.issues.map((issue) => issue.message);
  const chosen = personIdSchema.safeParse(values.personId || undefined);
  const personValues = asGroup(values.person);
  const jobValues = asRows(values.jobs);
  const allParts = founderEntryParts(jobValues.length);
  const [personPart, foundingPart, ...jobParts] = allParts as [EntryPart, EntryPart, ...EntryPart[]];
  const typesPerson = !isBlankPart(personPart, personValues);
  if (chosen.success && typesPerson)
    errors["person.nameEn"] = ["must be empty when an existing person is chosen above (or clear the choice)"];
  if (!chosen.success && !typesPerson)
    errors.personId = [
      "choose the founder, or type a new person’s name (or, unnamed in the sources, who they are) below",
    ];

  // Only the records this entry makes take part: a chosen person is cited on their own page; an
  // empty "another job" row is no job.
  const jobs = jobParts.flatMap((part, i) => (isBlankPart(part, jobValues[i]) ? [] : [{ part, values: jobValues[i] }]));
  const parts = [...(typesPerson ? [personPart] : []), foundingPart, ...jobs.map((job) => job.part)];

  const person = typesPerson ? readPart(personForm.schema, personPart, personValues, {}, errors) : null;
  const fixed = { startupId: NOT_YET_SAVED, personId: NOT_YET_SAVED };
  const founding = readPart(foundingForm.schema, foundingPart, values.founding, fixed, errors);
  const jobInputs = jobs.map((job) => readPart(employmentForm.schema, job.part, job.values, fixed, errors));
  const citations = splitCitations(parts, values, errors);

  return finish(errors, () => {
    const cited = (cite: string) => citations?.get(cite) ?? { citations: [], removeCitations: [] };
    return {
      startupId: startup.success ? startup.data : 0,
      person:
        typesPerson && person
          ? { create: { input: person, citations: cited("person") } }
          : { id: chosen.success ? chosen.data : 0 },
      founding: { input: founding!, citations: cited("founding") },
      jobs: jobs.map((job, i) => ({ input: jobInputs[i]!, citations: cited(job.part.cite) })),
    };
  });
}

export type RoundEntry = {
  round: Cited<z.output<typeof fundingRoundFormSchema>>;
  investors: Cited<z.output<typeof investmentFormSchema>>[];
};

/** A round added from a start-up's page with all its investors. */
export function parseRoundEntry(values: NestedValues): ParseResult<RoundEntry> {
  const errors: Errors = {};
  const investorValues = asRows(values.investors);
  const [roundPart, ...investorParts] = roundEntryParts(investorValues.length) as [EntryPart, ...EntryPart[]];
  const investors = investorParts.flatMap((part, i) =>
    isBlankPart(part, investorValues[i]) ? [] : [{ part, values: investorValues[i] }],
  );
  const round = readPart(fundingRoundForm.schema, roundPart, values.round, { startupId: values.startupId }, errors);
  // The start-up is the entry's, not the round part's: its error is named as the entry names it.
  if (errors["round.startupId"]) {
    errors.startupId = errors["round.startupId"];
    delete errors["round.startupId"];
  }
  const investorInputs = investors.map((investor) =>
    readPart(investmentForm.schema, investor.part, investor.values, { roundId: NOT_YET_SAVED }, errors),
  );
  const citations = splitCitations([roundPart, ...investors.map((i) => i.part)], values, errors);
  return finish(errors, () => {
    const cited = (cite: string) => citations?.get(cite) ?? { citations: [], removeCitations: [] };
    return {
      round: { input: round!, citations: cited("round") },
      investors: investors.map((investor, i) => ({ input: investorInputs[i]!, citations: cited(investor.part.cite) })),
    };
  });
}
