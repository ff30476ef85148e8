import { z } from "zod";
import {
  AmountKind,
  CitationRecordType,
  Confidence,
  DatePrecision,
  FoundingRole,
  FundingStage,
  OrganizationKind,
  Sector,
  SourceKind,
  StartupStatus,
} from "../generated/prisma/enums";
import { ALUMNI_MAX_YEARS } from "../charts/alumni";
import { yearRange } from "../validation/fields";
import { MAX_QUERY_LENGTH, STARTUP_SORTS } from "../validation/search-params";

/** Years as the database checks them (and the docs show a real example, not the integer range). */
const year = z.int().min(yearRange.min).max(yearRange.max);

// The public API's contract: one zod schema per resource. The data layer returns these types
// (z.infer), the route handlers parse their query strings with the query schemas, and
// lib/api/openapi.ts turns the same schemas into the OpenAPI document at /openapi.json.

export const API_BASE = "/api/v1";
export const DEFAULT_API_LIMIT = 25;
export const MAX_API_LIMIT = 100;

const isoDate = z.iso.date().meta({ description: "A calendar date, YYYY-MM-DD.", example: "2024-03-01" });
const isoDateTime = z.iso.datetime({ offset: true }).meta({ description: "An instant, RFC 3339." });
/** Money and reported values as decimal strings, so no precision is lost in JSON numbers. */
const decimalString = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .meta({ description: "A decimal number as text." });
const apiPath = z.string().regex(/^\//).meta({ description: "A path on this site." });

export const linksSchema = z
  .object({
    self: apiPath.meta({ description: "This resource in the API." }),
    html: apiPath.nullable().meta({ description: "The public page showing it, when there is one." }),
  })
  .meta({ id: "Links" });

// ---------------------------------------------------------------------------------------------
// References: how one resource names another.

export const startupRefSchema = z
  .object({
    slug: z.string(),
    nameEn: z.string().nullable(),
    nameZh: z.string().nullable(),
    label: z.string().nullable().meta({ description: "A descriptive label when the name is not reported." }),
    links: linksSchema,
  })
  .meta({ id: "StartupRef" });

export const personRefSchema = z
  .object({
    slug: z.string(),
    nameEn: z.string().nullable(),
    nameZh: z.string().nullable(),
    label: z
      .string()
      .nullable()
      .meta({ description: "Who the person is when no source names them (“co-founder, name not reported”)." }),
    links: linksSchema,
  })
  .meta({ id: "PersonRef" });

export const organizationRefSchema = z
  .object({
    slug: z.string(),
    nameEn: z.string(),
    nameZh: z.string().nullable(),
    kind: z.enum(OrganizationKind),
    links: linksSchema,
  })
  .meta({ id: "OrganizationRef" });

export const cityRefSchema = z
  .object({ slug: z.string(), nameEn: z.string(), nameZh: z.string().nullable(), links: linksSchema })
  .meta({ id: "CityRef" });

export const sourceRefSchema = z
  .object({
    id: z.int(),
    url: z.string(),
    publisher: z.string(),
    title: z.string().nullable(),
    kind: z.enum(SourceKind).nullable(),
    links: linksSchema,
  })
  .meta({ id: "SourceRef" });

// ---------------------------------------------------------------------------------------------
// Citations (embedded in details with ?include=citations, and a resource of their own).

export const citationSchema = z
  .object({
    id: z.int(),
    recordType: z.enum(CitationRecordType),
    recordId: z.int(),
    field: z.string().nullable().meta({ description: "The field the source supports; null for the whole record." }),
    claimedValue: z
      .string()
      .nullable()
      .meta({ description: "What the source states when it differs from the record (a conflict kept visible)." }),
    quote: z.string().nullable(),
    note: z.string().nullable(),
    source: sourceRefSchema,
    links: linksSchema,
  })
  .meta({ id: "Citation" });

const citations = z
  .array(citationSchema)
  .optional()
  .meta({ description: "The record's own citations; present only with ?include=citations." });

// ---------------------------------------------------------------------------------------------
// Resources

export const investmentSchema = z
  .object({
    id: z.int(),
    investor: z.discriminatedUnion("type", [
      z.object({ type: z.literal("organization"), organization: organizationRefSchema }),
      z.object({ type: z.literal("person"), person: personRefSchema }),
    ]),
    isLead: z.boolean(),
    note: z.string().nullable(),
  })
  .meta({ id: "Investment" });

export const fundingRoundSchema = z
  .object({
    id: z.int(),
    startup: startupRefSchema,
    announcedOn: isoDate.nullable(),
    datePrecision: z.enum(DatePrecision).nullable(),
    announcedUntil: isoDate
      .nullable()
      .meta({ description: "The end of a round dated only by a span (“2024–2025”); announcedOn is its start." }),
    untilPrecision: z.enum(DatePrecision).nullable(),
    stage: z.enum(FundingStage),
    stageLabel: z.string().nullable(),
    amountText: z.string().nullable().meta({
      description: "The amount in the source's own words (超2亿元, more than US$20 million), when typed so.",
    }),
    amountKind: z.enum(AmountKind),
    amountLow: decimalString.nullable(),
    amountHigh: decimalString.nullable(),
    currency: z.string().nullable(),
    amountUsdLow: decimalString.nullable(),
    amountUsdHigh: decimalString.nullable(),
    note: z.string().nullable(),
    investments: z.array(investmentSchema),
    links: linksSchema,
    citations,
  })
  .meta({ id: "FundingRound" });

export const foundingSchema = z
  .object({
    id: z.int(),
    person: personRefSchema,
    startup: startupRefSchema,
    role: z.enum(FoundingRole),
    title: z.string().nullable(),
    note: z.string().nullable(),
    confidence: z.enum(Confidence),
    links: linksSchema,
    citations,
  })
  .meta({ id: "Founding" });

export const employmentSchema = z
  .object({
    id: z.int(),
    person: personRefSchema,
    organization: organizationRefSchema,
    role: z.string().nullable(),
    startYear: year.nullable(),
    startMonth: z.int().min(1).max(12).nullable(),
    endYear: year.nullable(),
    endMonth: z.int().min(1).max(12).nullable(),
    isCurrent: z.boolean(),
    endNotStated: z.boolean().meta({
      description: "The source does not say whether or when the job ended (not the same as “left, year not reported”).",
    }),
    note: z.string().nullable(),
    links: linksSchema,
    citations,
  })
  .meta({ id: "Employment" });

export const startupListItemSchema = z
  .object({
    slug: z.string(),
    nameEn: z.string().nullable(),
    nameZh: z.string().nullable(),
    label: z.string().nullable(),
    foundedYear: year.nullable(),
    sectors: z.array(z.enum(Sector)),
    status: z.enum(StartupStatus).nullable(),
    confidence: z.enum(Confidence),
    city: cityRefSchema.omit({ nameZh: true }).nullable(),
    founders: z.array(personRefSchema),
    totalFundingUsd: z
      .number()
      .nullable()
      .meta({ description: "Sum of the disclosed US-dollar amounts (low end of a range); null when none." }),
    fundingRounds: z.int(),
    undisclosedRounds: z.int(),
    otherCurrencyRounds: z.int().meta({
      description:
        "Rounds with an amount in another currency (or none named): not in totalFundingUsd, which converts nothing.",
    }),
    links: linksSchema,
  })
  .meta({ id: "StartupListItem" });

export const startupSchema = z
  .object({
    slug: z.string(),
    nameEn: z.string().nullable(),
    nameZh: z.string().nullable(),
    label: z.string().nullable(),
    pinyin: z.string().nullable(),
    aliases: z.array(z.string()),
    description: z.string().nullable(),
    foundedYear: year.nullable(),
    foundedDate: isoDate
      .nullable()
      .meta({ description: "The day it was founded, or the first day of the month (see foundedPrecision)." }),
    foundedPrecision: z
      .enum(DatePrecision)
      .nullable()
      .meta({ description: "How much of foundedDate is known: MONTH or DAY; null when only foundedYear is reported." }),
    city: cityRefSchema.nullable(),
    locationNote: z.string().nullable(),
    sectors: z.array(z.enum(Sector)),
    status: z.enum(StartupStatus).nullable(),
    statusNote: z.string().nullable(),
    website: z.string().nullable(),
    confidence: z.enum(Confidence),
    updatedAt: isoDateTime,
    foundings: z.array(foundingSchema.omit({ startup: true, citations: true })),
    fundingRounds: z.array(fundingRoundSchema.omit({ startup: true, citations: true })),
    links: linksSchema,
    citations,
  })
  .meta({ id: "Startup" });

export const personSchema = z
  .object({
    slug: z.string(),
    nameEn: z.string().nullable(),
    nameZh: z.string().nullable(),
    label: z.string().nullable(),
    pinyin: z.string().nullable(),
    aliases: z.array(z.string()),
    bio: z.string().nullable(),
    updatedAt: isoDateTime,
    foundings: z.array(foundingSchema.omit({ person: true, citations: true })),
    employments: z.array(employmentSchema.omit({ person: true, citations: true })),
    links: linksSchema,
    citations,
  })
  .meta({ id: "Person" });

export const personListItemSchema = personSchema
  .pick({ slug: true, nameEn: true, nameZh: true, label: true, pinyin: true, aliases: true, links: true })
  .meta({ id: "PersonListItem" });

export const organizationSchema = z
  .object({
    slug: z.string(),
    nameEn: z.string(),
    nameZh: z.string().nullable(),
    pinyin: z.string().nullable(),
    aliases: z.array(z.string()),
    kind: z.enum(OrganizationKind),
    description: z.string().nullable(),
    website: z.string().nullable(),
    parent: organizationRefSchema.nullable().meta({ description: "The unit above it in the Alibaba tree." }),
    children: z.array(organizationRefSchema).meta({ description: "The units directly below it." }),
    updatedAt: isoDateTime,
    links: linksSchema,
    citations,
  })
  .meta({ id: "Organization" });

export const organizationListItemSchema = organizationSchema
  .pick({ slug: true, nameEn: true, nameZh: true, kind: true, links: true })
  .extend({ parentSlug: z.string().nullable() })
  .meta({ id: "OrganizationListItem" });

export type UnitTreeNode = {
  slug: string;
  nameEn: string;
  nameZh: string | null;
  links: z.infer<typeof linksSchema>;
  children: UnitTreeNode[];
};

export const unitTreeNodeSchema: z.ZodType<UnitTreeNode> = z
  .object({
    slug: z.string(),
    nameEn: z.string(),
    nameZh: z.string().nullable(),
    links: linksSchema,
    get children() {
      return z.array(unitTreeNodeSchema);
    },
  })
  .meta({ id: "UnitTreeNode" });

export const citySchema = z
  .object({
    slug: z.string(),
    nameEn: z.string(),
    nameZh: z.string().nullable(),
    pinyin: z.string().nullable(),
    region: z.string().nullable(),
    country: z.string().length(2),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    startups: z.int().meta({ description: "Tracked start-ups based in the city." }),
    updatedAt: isoDateTime,
    links: linksSchema,
    citations,
  })
  .meta({ id: "City" });

export const cityListItemSchema = citySchema.omit({ citations: true, updatedAt: true }).meta({ id: "CityListItem" });

export const sourceSchema = z
  .object({
    id: z.int(),
    url: z.string(),
    publisher: z.string(),
    originalPublisher: z.string().nullable(),
    canonicalUrl: z.string().nullable(),
    title: z.string().nullable(),
    publishedOn: isoDate.nullable(),
    publishedPrecision: z.enum(DatePrecision).nullable(),
    retrievedOn: isoDate.nullable(),
    language: z.string(),
    kind: z.enum(SourceKind).nullable(),
    note: z.string().nullable(),
    links: linksSchema,
  })
  .meta({ id: "Source" });

export const reportedFigureSchema = z
  .object({
    slug: z.string(),
    metric: z.string(),
    value: decimalString.nullable(),
    valueText: z.string().nullable(),
    unit: z.string(),
    asOfDate: isoDate.nullable(),
    asOfLabel: z.string(),
    scope: z.string().nullable(),
    scopeCity: cityRefSchema.nullable(),
    baseFigureSlug: z.string().nullable().meta({ description: "For a share: the figure it is a share of." }),
    originalDataSource: z.string().nullable(),
    alibabaSpecific: z.boolean(),
    note: z.string().nullable(),
    source: sourceRefSchema,
    links: linksSchema,
    citations,
  })
  .meta({ id: "ReportedFigure" });

// ---------------------------------------------------------------------------------------------
// Envelopes and errors

export function listSchema<T extends z.ZodType, E extends z.ZodRawShape = Record<never, never>>(
  item: T,
  id: string,
  withTotal = false,
  extra?: E,
) {
  return z
    .object({
      data: z.array(item),
      ...(withTotal ? { total: z.int().meta({ description: "How many records the filters match." }) } : {}),
      ...(extra ?? ({} as E)),
      nextCursor: z
        .string()
        .nullable()
        .meta({ description: "Pass as ?cursor= for the next page (same other parameters); null on the last page." }),
      links: z.object({ self: z.string(), next: z.string().nullable() }),
    })
    .meta({ id });
}

export function itemSchema<T extends z.ZodType>(item: T, id: string) {
  return z.object({ data: item }).meta({ id });
}

/** RFC 9457 problem details. */
export const problemSchema = z
  .object({
    type: z.string().meta({ description: "A URI naming the kind of problem; about:blank for plain HTTP errors." }),
    title: z.string(),
    status: z.int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.string()).optional().meta({ description: "Each thing wrong with the request." }),
  })
  .meta({ id: "Problem" });
export type Problem = z.infer<typeof problemSchema>;

// ---------------------------------------------------------------------------------------------
// Query parameters

const slugParam = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/, "is not a valid slug");
const idParam = z.coerce.number().int().min(1).max(2_147_483_647);
const qParam = z
  .string()
  .max(MAX_QUERY_LENGTH)
  .optional()
  .meta({ description: "Search by any name: English, Chinese, alias or pinyin (at least 2 characters)." });

export const paginationQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_API_LIMIT)
    .default(DEFAULT_API_LIMIT)
    .meta({ description: `Records per page, 1–${MAX_API_LIMIT}.` }),
  cursor: z.string().max(500).optional().meta({ description: "The nextCursor of the previous page." }),
});

export const includeQuerySchema = z.object({
  include: z
    .enum(["citations"])
    .optional()
    .meta({ description: "citations: embed the record's citations with their sources." }),
});

export const startupDetailQuerySchema = includeQuerySchema.extend({
  asOf: isoDate
    .optional()
    .meta({ description: "The start-up as it was at the end of this day (UTC), rebuilt from the change history." }),
});

export const startupResponseSchema = z
  .object({
    data: startupSchema,
    asOf: isoDate.optional().meta({ description: "Present when the record was rebuilt as of this date." }),
  })
  .meta({ id: "StartupResponse" });

const alumniYearsParam = z.coerce.number().int().min(0).max(ALUMNI_MAX_YEARS).optional();

/** Who counted as an alumnus for a list: the definition in words, and what it left out. */
export const alumniCountSchema = z
  .object({
    definition: z.string().meta({
      description:
        'The alumni definition the list was counted under, e.g. "alumni = founders with any stint at Alibaba Group".',
    }),
    yearsNotReported: z.int().nullable().meta({
      description:
        "Start-ups the other filters match that tenure or leftWithin leaves out because the years needed are not reported; null when neither is given (any stint leaves nothing out).",
    }),
  })
  .meta({ id: "AlumniCount" });

export const startupListQuerySchema = paginationQuerySchema.extend({
  q: qParam,
  city: slugParam.optional().meta({ description: "A city's slug." }),
  sector: z.enum(Sector).optional(),
  status: z.enum(StartupStatus).optional(),
  unit: slugParam.optional().meta({ description: "An Alibaba unit's slug: founders who worked in it or below it." }),
  investor: slugParam.optional().meta({ description: "An investor organisation's slug: start-ups it backed." }),
  stage: z.enum(FundingStage).optional().meta({ description: "Start-ups with a round at this stage." }),
  from: z.coerce.number().int().optional().meta({ description: "Founded in or after this year." }),
  to: z.coerce.number().int().optional().meta({ description: "Founded in or before this year." }),
  tenure: alumniYearsParam.meta({
    description:
      "The alumni switch: only start-ups with a founder who spent at least this many calendar years at Alibaba Group (or, with unit, who worked in that unit). Start-ups whose founders' years are not reported are left out; alumni.yearsNotReported says how many.",
  }),
  leftWithin: alumniYearsParam.meta({
    description:
      "The alumni switch: only start-ups with a founder who left Alibaba at most this many years before founding it (still there: 0). With tenure, one founder must meet both.",
  }),
  sort: z.enum(STARTUP_SORTS).optional().meta({ description: "name (default), founded or funding." }),
  order: z.enum(["asc", "desc"]).optional().meta({ description: "Each sort's natural direction by default." }),
});

export const personListQuerySchema = paginationQuerySchema.extend({
  q: qParam,
  role: z.enum(["founder", "investor"]).optional().meta({ description: "Only founders, or only personal investors." }),
});

export const organizationListQuerySchema = paginationQuerySchema.extend({
  q: qParam,
  kind: z.enum(OrganizationKind).optional(),
  investor: z
    .enum(["true"])
    .optional()
    .meta({ description: "true: only organisations with an investment in a tracked round (the investors page)." }),
});

export const cityListQuerySchema = paginationQuerySchema.extend({
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .meta({ description: "ISO 3166-1 alpha-2 code." }),
});

export const fundingRoundListQuerySchema = paginationQuerySchema.extend({
  startup: slugParam.optional(),
  investor: slugParam.optional().meta({ description: "An organisation's slug." }),
  stage: z.enum(FundingStage).optional(),
});

export const foundingListQuerySchema = paginationQuerySchema.extend({
  startup: slugParam.optional(),
  person: slugParam.optional(),
});

export const employmentListQuerySchema = paginationQuerySchema.extend({
  person: slugParam.optional(),
  organization: slugParam.optional(),
});

export const sourceListQuerySchema = paginationQuerySchema.extend({
  kind: z.enum(SourceKind).optional(),
  publisher: z.string().max(200).optional().meta({ description: "Exact publisher name." }),
});

export const citationListQuerySchema = paginationQuerySchema.extend({
  recordType: z.enum(CitationRecordType).optional(),
  recordId: idParam.optional(),
  source: idParam.optional().meta({ description: "A source's id." }),
});

export const reportedFigureListQuerySchema = paginationQuerySchema.extend({
  city: slugParam.optional().meta({ description: "Figures scoped to this city." }),
});

export const slugPathSchema = z.object({ slug: slugParam });
export const idPathSchema = z.object({ id: idParam });

export type Links = z.infer<typeof linksSchema>;
export type StartupRef = z.infer<typeof startupRefSchema>;
export type PersonRef = z.infer<typeof personRefSchema>;
export type OrganizationRef = z.infer<typeof organizationRefSchema>;
export type CityRef = z.infer<typeof cityRefSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type ApiAlumniCount = z.infer<typeof alumniCountSchema>;
export type ApiCitation = z.infer<typeof citationSchema>;
export type ApiInvestment = z.infer<typeof investmentSchema>;
export type ApiFundingRound = z.infer<typeof fundingRoundSchema>;
export type ApiFounding = z.infer<typeof foundingSchema>;
export type ApiEmployment = z.infer<typeof employmentSchema>;
export type ApiStartup = z.infer<typeof startupSchema>;
export type ApiStartupListItem = z.infer<typeof startupListItemSchema>;
export type ApiPerson = z.infer<typeof personSchema>;
export type ApiPersonListItem = z.infer<typeof personListItemSchema>;
export type ApiOrganization = z.infer<typeof organizationSchema>;
export type ApiOrganizationListItem = z.infer<typeof organizationListItemSchema>;
export type ApiCity = z.infer<typeof citySchema>;
export type ApiCityListItem = z.infer<typeof cityListItemSchema>;
export type ApiSource = z.infer<typeof sourceSchema>;
export type ApiReportedFigure = z.infer<typeof reportedFigureSchema>;
