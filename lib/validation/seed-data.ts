import { z } from "zod";
import { yearRange } from "./fields";
import {
  AmountKind,
  Confidence,
  DatePrecision,
  FoundingRole,
  FundingStage,
  OrganizationKind,
  Sector,
  SourceKind,
  StartupStatus,
} from "../generated/prisma/enums";
import { SOURCE_LANGUAGE_CODES } from "../sources/languages";

/*
 * The checked-in seed data (prisma/seed/data.json): sources keyed by a short id, records keyed by
 * slug, and on every record the citations that back it, [{ field, source, claimedValue?, quote?, note? }].
 * `field: null` cites the record as a whole; `claimedValue` keeps a value a source states that differs
 * from the stored one (a conflict kept visible, not resolved). References between records use slugs.
 */

const keySchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens");
const text = z.string().trim().min(1);
const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    "not a real date",
  );
// Money and coordinates are written as strings so that no digit is lost to floating point.
/** A date as precise as it was reported: 2025, 2025-10 or 2025-10-21. */
export const reportedDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((value) => {
    const full = value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
    return (
      !Number.isNaN(Date.parse(`${full}T00:00:00Z`)) && new Date(`${full}T00:00:00Z`).toISOString().startsWith(full)
    );
  }, "not a real date");
const formerSlugs = z.array(keySchema).min(1).optional();
const decimalSchema = z.string().regex(/^-?\d+(?:\.\d+)?$/, "must be a decimal number written as a string");
const yearSchema = z.number().int().min(yearRange.min).max(yearRange.max);
const monthSchema = z.number().int().min(1).max(12);

export const seedCitationSchema = z.strictObject({
  field: text.nullable(),
  source: keySchema,
  claimedValue: text.optional(),
  quote: text.optional(),
  note: text.optional(),
});

const citations = z.array(seedCitationSchema).min(1, "every record needs at least one citation");

export const seedSourceSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  publisher: text,
  originalPublisher: text.optional(),
  canonicalUrl: z.url({ protocol: /^https?$/ }).optional(),
  title: text.optional(),
  publishedOn: reportedDateSchema.optional(),
  retrievedOn: isoDateSchema.optional(),
  language: z.enum(SOURCE_LANGUAGE_CODES),
  kind: z.enum(SourceKind),
  note: text.optional(),
});

export const seedCitySchema = z.strictObject({
  nameEn: text,
  formerSlugs,
  nameZh: text.optional(),
  region: text.optional(),
  country: z.string().regex(/^[A-Z]{2}$/),
  latitude: decimalSchema.optional(),
  longitude: decimalSchema.optional(),
  citations,
});

export const seedOrganizationSchema = z.strictObject({
  nameEn: text,
  formerSlugs,
  nameZh: text.optional(),
  aliases: z.array(text).min(1).optional(),
  kind: z.enum(OrganizationKind),
  parent: keySchema.optional(),
  description: text.optional(),
  website: z.url().optional(),
  citations,
});

export const seedEmploymentSchema = z.strictObject({
  organization: keySchema,
  role: text.optional(),
  startYear: yearSchema.optional(),
  startMonth: monthSchema.optional(),
  endYear: yearSchema.optional(),
  endMonth: monthSchema.optional(),
  isCurrent: z.literal(true).optional(),
  // The source does not say whether or when the job ended.
  endNotStated: z.literal(true).optional(),
  note: text.optional(),
  citations,
});

export const seedPersonSchema = z.strictObject({
  formerSlugs,
  nameEn: text.optional(),
  nameZh: text.optional(),
  aliases: z.array(text).min(1).optional(),
  bio: text.optional(),
  employments: z.array(seedEmploymentSchema),
  citations,
});

export const seedFoundingSchema = z.strictObject({
  person: keySchema,
  role: z.enum(FoundingRole),
  title: text.optional(),
  note: text.optional(),
  confidence: z.enum(Confidence).optional(),
  citations,
});

export const seedInvestmentSchema = z.strictObject({
  organization: keySchema.optional(),
  person: keySchema.optional(),
  isLead: z.literal(true).optional(),
  note: text.optional(),
  citations,
});

export const seedFundingRoundSchema = z.strictObject({
  stage: z.enum(FundingStage),
  stageLabel: text.optional(),
  announcedOn: isoDateSchema.optional(),
  datePrecision: z.enum(DatePrecision).optional(),
  amountKind: z.enum(AmountKind),
  amountLow: decimalSchema.optional(),
  amountHigh: decimalSchema.optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  amountUsdLow: decimalSchema.optional(),
  amountUsdHigh: decimalSchema.optional(),
  note: text.optional(),
  citations,
  investments: z.array(seedInvestmentSchema),
});

export const seedStartupSchema = z.strictObject({
  formerSlugs,
  nameEn: text.optional(),
  nameZh: text.optional(),
  label: text.optional(),
  aliases: z.array(text).min(1).optional(),
  description: text.optional(),
  foundedYear: yearSchema.optional(),
  foundedDate: isoDateSchema.optional(),
  city: keySchema.optional(),
  locationNote: text.optional(),
  sectors: z.array(z.enum(Sector)).min(1).optional(),
  status: z.enum(StartupStatus).optional(),
  statusNote: text.optional(),
  website: z.url().optional(),
  confidence: z.enum(Confidence).optional(),
  citations,
  foundings: z.array(seedFoundingSchema),
  fundingRounds: z.array(seedFundingRoundSchema),
});

export const seedReportedFigureSchema = z.strictObject({
  formerSlugs,
  metric: text,
  value: decimalSchema.optional(),
  valueText: text.optional(),
  unit: text,
  asOfDate: isoDateSchema.optional(),
  asOfLabel: text,
  scope: text.optional(),
  scopeCity: keySchema.optional(),
  baseFigure: keySchema.optional(),
  originalDataSource: text.optional(),
  alibabaSpecific: z.boolean(),
  note: text.optional(),
  source: keySchema,
  citations,
});

const seedDataShape = z.strictObject({
  $comment: z.string().optional(),
  /** When these facts were last compiled from the research: the seed's part of "data as of". */
  compiledOn: isoDateSchema,
  sources: z.record(keySchema, seedSourceSchema),
  cities: z.record(keySchema, seedCitySchema),
  organizations: z.record(keySchema, seedOrganizationSchema),
  people: z.record(keySchema, seedPersonSchema),
  startups: z.record(keySchema, seedStartupSchema),
  reportedFigures: z.record(keySchema, seedReportedFigureSchema),
});

export type SeedData = z.infer<typeof seedDataShape>;
export type SeedCitation = z.infer<typeof seedCitationSchema>;

export const seedDataSchema = seedDataShape.superRefine((data, ctx) => {
  for (const problem of seedDataProblems(data))
    ctx.addIssue({ code: "custom", message: problem.message, path: problem.path });
});

type Problem = { path: (string | number)[]; message: string };

/** A record of the seed file together with what the citation checks need to know about it. */
type CitedRecord = {
  path: (string | number)[];
  record: Record<string, unknown> & { citations: SeedCitation[] };
  /** Keys that hold child collections or bookkeeping rather than facts. */
  structural: string[];
  /** Facts that need no citation of their own (see `exemptFields`). */
  exempt: (key: string, value: unknown) => boolean;
  /** Relationship records: their links are backed by a whole-record citation, so one is required. */
  needsRecordCitation: boolean;
};

/*
 * Why some non-null fields need no citation of their own:
 * - datePrecision only says how precise announcedOn is; announcedOn's citation covers it.
 * - The links of relationship records (employment → organization, founding → person,
 *   investment → investor) are what the record as a whole asserts; a whole-record citation backs them.
 * - confidence HIGH is the default editorial judgement; a lower confidence must say why, with a citation.
 * - A figure's `source` is itself the citation of the figure.
 */
const noExemption = () => false;
const confidenceExemption = (key: string, value: unknown) => key === "confidence" && value === Confidence.HIGH;

/** Every record in the file, depth first, with its citation rules. */
export function citedRecords(data: SeedData): CitedRecord[] {
  const out: CitedRecord[] = [];
  const add = (path: (string | number)[], record: CitedRecord["record"], rest: Omit<CitedRecord, "path" | "record">) =>
    out.push({ path, record, ...rest });
  for (const [slug, city] of Object.entries(data.cities)) {
    add(["cities", slug], city, { structural: ["formerSlugs"], exempt: noExemption, needsRecordCitation: false });
  }
  for (const [slug, organization] of Object.entries(data.organizations)) {
    add(["organizations", slug], organization, {
      structural: ["formerSlugs"],
      exempt: noExemption,
      needsRecordCitation: false,
    });
  }
  for (const [slug, person] of Object.entries(data.people)) {
    add(["people", slug], person, {
      structural: ["employments", "formerSlugs"],
      exempt: noExemption,
      needsRecordCitation: false,
    });
    person.employments.forEach((employment, index) =>
      add(["people", slug, "employments", index], employment, {
        structural: [],
        exempt: (key) => key === "organization",
        needsRecordCitation: true,
      }),
    );
  }
  for (const [slug, startup] of Object.entries(data.startups)) {
    add(["startups", slug], startup, {
      structural: ["foundings", "fundingRounds", "formerSlugs"],
      exempt: confidenceExemption,
      needsRecordCitation: false,
    });
    startup.foundings.forEach((founding, index) =>
      add(["startups", slug, "foundings", index], founding, {
        structural: [],
        exempt: (key, value) => key === "person" || confidenceExemption(key, value),
        needsRecordCitation: true,
      }),
    );
    startup.fundingRounds.forEach((round, index) => {
      add(["startups", slug, "fundingRounds", index], round, {
        structural: ["investments"],
        exempt: (key) => key === "datePrecision",
        needsRecordCitation: true,
      });
      round.investments.forEach((investment, investmentIndex) =>
        add(["startups", slug, "fundingRounds", index, "investments", investmentIndex], investment, {
          structural: [],
          exempt: (key) => key === "organization" || key === "person",
          needsRecordCitation: true,
        }),
      );
    });
  }
  for (const [slug, figure] of Object.entries(data.reportedFigures)) {
    add(["reportedFigures", slug], figure, {
      structural: ["source", "formerSlugs"],
      exempt: noExemption,
      needsRecordCitation: false,
    });
  }
  return out;
}

/** Fields of a record that hold a value (non-null, non-empty) but have no citation naming them. */
export function uncitedFields(entry: CitedRecord): string[] {
  const cited = new Set(entry.record.citations.map((citation) => citation.field));
  return Object.entries(entry.record)
    .filter(([key]) => key !== "citations" && !entry.structural.includes(key))
    .filter(([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0))
    .filter(([key, value]) => !entry.exempt(key, value) && !cited.has(key))
    .map(([key]) => key);
}

/** Source keys that no citation and no figure refers to. */
export function unusedSources(data: SeedData): string[] {
  const used = new Set<string>();
  for (const entry of citedRecords(data)) for (const citation of entry.record.citations) used.add(citation.source);
  for (const figure of Object.values(data.reportedFigures)) used.add(figure.source);
  return Object.keys(data.sources).filter((key) => !used.has(key));
}

function citationKey(citation: SeedCitation): string {
  return JSON.stringify([citation.field, citation.source, citation.claimedValue ?? null]);
}

/** Employment's natural key inside one person, as the seed looks it up. */
export function employmentKey(employment: { organization: string; role?: string; startYear?: number }): string {
  return JSON.stringify([employment.organization, employment.role ?? null, employment.startYear ?? null]);
}

/** Funding round's natural key inside one start-up, as the seed looks it up. */
export function fundingRoundKey(round: {
  stage: string;
  stageLabel?: string;
  announcedOn?: string;
  amountLow?: string;
}): string {
  const amount = round.amountLow === undefined ? null : Number(round.amountLow);
  return JSON.stringify([round.stage, round.stageLabel ?? null, round.announcedOn ?? null, amount]);
}

/** Cross-record rules that a per-object schema cannot express. */
export function seedDataProblems(data: SeedData): Problem[] {
  const problems: Problem[] = [];
  const problem = (path: (string | number)[], message: string) => problems.push({ path, message });
  const urls = new Map<string, string>();
  for (const [key, source] of Object.entries(data.sources)) {
    const other = urls.get(source.url);
    if (other) problem(["sources", key, "url"], `duplicates the URL of source "${other}"`);
    urls.set(source.url, key);
  }

  for (const entry of citedRecords(data)) {
    const allowed = new Set(
      Object.keys(entry.record).filter((key) => key !== "citations" && !entry.structural.includes(key)),
    );
    const seen = new Set<string>();
    entry.record.citations.forEach((citation, index) => {
      const path = [...entry.path, "citations", index];
      if (!(citation.source in data.sources)) problem([...path, "source"], `unknown source "${citation.source}"`);
      const key = citationKey(citation);
      if (seen.has(key)) problem(path, "duplicate citation (same field, source and claimed value)");
      seen.add(key);
      // A citation may name a field left empty only to record what a source claims for it.
      if (
        citation.field !== null &&
        !allowed.has(citation.field) &&
        citation.claimedValue === undefined &&
        citation.note === undefined
      ) {
        problem([...path, "field"], `"${citation.field}" is not a field with a value on this record`);
      }
    });
    for (const field of uncitedFields(entry)) problem([...entry.path, field], `"${field}" has a value but no citation`);
    if (entry.needsRecordCitation && !entry.record.citations.some((citation) => citation.field === null)) {
      problem([...entry.path, "citations"], "a relationship record needs a citation with field null");
    }
  }

  const slugCollections = ["cities", "organizations", "people", "startups", "reportedFigures"] as const;
  for (const collection of slugCollections) {
    const records = data[collection] as Record<string, { formerSlugs?: string[] }>;
    const seen = new Map<string, string>();
    for (const [slug, record] of Object.entries(records)) {
      for (const former of record.formerSlugs ?? []) {
        if (former in records) problem([collection, slug, "formerSlugs"], `"${former}" is the slug of a record`);
        const other = seen.get(former);
        if (other) problem([collection, slug, "formerSlugs"], `"${former}" is already a former slug of "${other}"`);
        seen.set(former, slug);
      }
    }
  }

  const checkRef = (
    path: (string | number)[],
    collection: Record<string, unknown>,
    key: string | undefined,
    what: string,
  ) => {
    if (key !== undefined && !(key in collection)) problem(path, `unknown ${what} "${key}"`);
  };

  for (const [slug, organization] of Object.entries(data.organizations)) {
    checkRef(["organizations", slug, "parent"], data.organizations, organization.parent, "organization");
    const chain = new Set([slug]);
    for (let parent = organization.parent; parent !== undefined; parent = data.organizations[parent]?.parent) {
      if (chain.has(parent)) {
        problem(["organizations", slug, "parent"], "the parent chain loops");
        break;
      }
      chain.add(parent);
    }
  }

  for (const [slug, person] of Object.entries(data.people)) {
    if (!person.nameEn && !person.nameZh) problem(["people", slug], "a person needs nameEn or nameZh");
    const keys = new Set<string>();
    person.employments.forEach((employment, index) => {
      const path = ["people", slug, "employments", index];
      checkRef([...path, "organization"], data.organizations, employment.organization, "organization");
      const key = employmentKey(employment);
      if (keys.has(key)) problem(path, "two employments share organization, role and start year");
      keys.add(key);
      if (employment.startMonth !== undefined && employment.startYear === undefined)
        problem(path, "startMonth without startYear");
      if (employment.endMonth !== undefined && employment.endYear === undefined)
        problem(path, "endMonth without endYear");
      if (employment.isCurrent && employment.endYear !== undefined) problem(path, "a current employment has no end");
      if (employment.endNotStated && (employment.isCurrent || employment.endYear !== undefined))
        problem(path, "an employment whose end is not stated is neither current nor ended");
      if (
        employment.startYear !== undefined &&
        employment.endYear !== undefined &&
        employment.endYear < employment.startYear
      ) {
        problem(path, "ends before it starts");
      }
    });
  }

  for (const [slug, startup] of Object.entries(data.startups)) {
    const path = ["startups", slug];
    if (!startup.nameEn && !startup.nameZh && !startup.label) problem(path, "a start-up needs a name or a label");
    checkRef([...path, "city"], data.cities, startup.city, "city");
    if (
      startup.foundedDate &&
      startup.foundedYear !== undefined &&
      !startup.foundedDate.startsWith(String(startup.foundedYear))
    ) {
      problem([...path, "foundedDate"], "does not fall in foundedYear");
    }
    const founders = new Set<string>();
    startup.foundings.forEach((founding, index) => {
      checkRef([...path, "foundings", index, "person"], data.people, founding.person, "person");
      if (founders.has(founding.person)) problem([...path, "foundings", index], "the same person founds it twice");
      founders.add(founding.person);
    });
    const rounds = new Set<string>();
    startup.fundingRounds.forEach((round, index) => {
      const roundPath = [...path, "fundingRounds", index];
      const key = fundingRoundKey(round);
      if (rounds.has(key)) problem(roundPath, "two rounds share stage, label, date and amount");
      rounds.add(key);
      if ((round.announcedOn === undefined) !== (round.datePrecision === undefined)) {
        problem(roundPath, "announcedOn and datePrecision go together");
      }
      if (round.announcedOn && round.datePrecision === "YEAR" && !round.announcedOn.endsWith("-01-01")) {
        problem([...roundPath, "announcedOn"], "a year-precision date is the first day of the year");
      }
      if (round.announcedOn && round.datePrecision === "MONTH" && !round.announcedOn.endsWith("-01")) {
        problem([...roundPath, "announcedOn"], "a month-precision date is the first day of the month");
      }
      const amounts = [round.amountLow, round.amountHigh, round.currency];
      if (round.amountKind === "UNDISCLOSED") {
        if (amounts.some((value) => value !== undefined) || round.amountUsdLow || round.amountUsdHigh) {
          problem(roundPath, "an undisclosed amount has no figures");
        }
      } else {
        if (amounts.some((value) => value === undefined))
          problem(roundPath, "a disclosed amount needs amountLow, amountHigh and currency");
        if (round.amountKind === "EXACT" && round.amountLow !== round.amountHigh)
          problem(roundPath, "an exact amount has amountLow = amountHigh");
        if (round.amountKind === "RANGE" && Number(round.amountLow) >= Number(round.amountHigh))
          problem(roundPath, "a range needs amountLow < amountHigh");
      }
      // US-dollar figures are only ever copied from US-dollar amounts: no exchange rates are invented.
      const usdExpected = round.currency === "USD" ? [round.amountLow, round.amountHigh] : [undefined, undefined];
      if (round.amountUsdLow !== usdExpected[0] || round.amountUsdHigh !== usdExpected[1]) {
        problem(
          roundPath,
          "amountUsdLow/High must equal the amounts when the currency is USD, and be absent otherwise",
        );
      }
      const investors = new Set<string>();
      round.investments.forEach((investment, investmentIndex) => {
        const investmentPath = [...roundPath, "investments", investmentIndex];
        if ((investment.organization === undefined) === (investment.person === undefined)) {
          problem(investmentPath, "an investment names exactly one of organization or person");
        }
        checkRef([...investmentPath, "organization"], data.organizations, investment.organization, "organization");
        checkRef([...investmentPath, "person"], data.people, investment.person, "person");
        const investor = investment.organization
          ? `organization:${investment.organization}`
          : `person:${investment.person}`;
        if (investors.has(investor)) problem(investmentPath, "the same investor appears twice in a round");
        investors.add(investor);
      });
    });
  }

  for (const [slug, figure] of Object.entries(data.reportedFigures)) {
    const path = ["reportedFigures", slug];
    checkRef([...path, "source"], data.sources, figure.source, "source");
    checkRef([...path, "scopeCity"], data.cities, figure.scopeCity, "city");
    checkRef([...path, "baseFigure"], data.reportedFigures, figure.baseFigure, "figure");
    if ((figure.value === undefined) === (figure.valueText === undefined))
      problem(path, "a figure has exactly one of value or valueText");
    if (figure.baseFigure === slug || (figure.baseFigure && data.reportedFigures[figure.baseFigure]?.baseFigure)) {
      problem([...path, "baseFigure"], "a base figure cannot itself be a share");
    }
  }
  return problems;
}

/** Parses the seed file's JSON; the error lists every problem with its path. */
export function parseSeedData(input: unknown): SeedData {
  const result = seedDataSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues
      .slice(0, 20)
      .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    const more = result.error.issues.length > 20 ? `\n… and ${result.error.issues.length - 20} more` : "";
    throw new SeedDataError(`The seed data is invalid:\n${lines.join("\n")}${more}`);
  }
  return result.data;
}

export class SeedDataError extends Error {
  override name = "SeedDataError";
}
