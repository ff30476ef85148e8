import { z } from "zod";
import { alumniParameterSchemas } from "../charts/alumni";
import { FundingStage, Sector, StartupStatus } from "../generated/prisma/enums";
import { parsePage } from "../pagination";
import { yearRange } from "./fields";

/**
 * Query parameters of the browse pages, the admin lists and the CSV endpoint. URLs are shared and
 * edited by hand, so nothing here throws: a value that does not parse falls back to its default and
 * is reported in `issues`, which pages show as a notice and the API turns into a 400.
 */

export const MAX_QUERY_LENGTH = 100;
export const MIN_QUERY_LENGTH = 2;

export type RawSearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

export const STARTUP_SORTS = ["name", "founded", "funding"] as const;
export type StartupSort = (typeof STARTUP_SORTS)[number];
export type SortOrder = "asc" | "desc";

export type StartupListParams = {
  q: string | null;
  city: string | null;
  sector: Sector | null;
  status: StartupStatus | null;
  unit: string | null;
  /** An investor's slug: start-ups it backed in any round. */
  investor: string | null;
  stage: FundingStage | null;
  foundedFrom: number | null;
  foundedTo: number | null;
  /** The alumni switch (lib/charts/alumni.ts): at least this many years at Alibaba Group. */
  tenure: number | null;
  /** The alumni switch: left Alibaba at most this many years before founding. */
  leftWithin: number | null;
  sort: StartupSort;
  order: SortOrder;
  page: number;
};

export type SimpleListParams = { q: string | null; page: number };

export const INVESTOR_SORTS = ["name", "portfolio", "rounds", "led"] as const;
export type InvestorSort = (typeof INVESTOR_SORTS)[number];
export type InvestorListParams = SimpleListParams & { sort: InvestorSort; order: SortOrder };
/** Names A→Z, counts largest first. */
export const DEFAULT_INVESTOR_SORT_ORDER: Record<InvestorSort, SortOrder> = {
  name: "asc",
  portfolio: "desc",
  rounds: "desc",
  led: "desc",
};

export type Parsed<T> = { params: T; issues: string[] };

export const DEFAULT_STARTUP_LIST_PARAMS: StartupListParams = {
  q: null,
  city: null,
  sector: null,
  status: null,
  unit: null,
  investor: null,
  stage: null,
  foundedFrom: null,
  foundedTo: null,
  tenure: null,
  leftWithin: null,
  sort: "name",
  order: "asc",
  page: 1,
};

/** Each sort's natural direction: names A→Z, newest first, most funded first. */
export const DEFAULT_SORT_ORDER: Record<StartupSort, SortOrder> = { name: "asc", founded: "desc", funding: "desc" };

const slugSchema = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/, "is not a valid slug");
const yearSchema = z.coerce.number().int().min(yearRange.min).max(yearRange.max);
/** One value of a query parameter: the first when repeated, undefined when missing or blank. */
export function firstParam(raw: RawSearchParams, key: string): string | undefined {
  const value = raw instanceof URLSearchParams ? (raw.get(key) ?? undefined) : raw[key];
  const single = Array.isArray(value) ? value[0] : value;
  return single === undefined || single.trim() === "" ? undefined : single;
}

/** A record id from a route segment, or null when it is not one. */
export function idParam(value: string): number | null {
  return /^\d{1,10}$/.test(value) && Number(value) > 0 && Number(value) <= 2_147_483_647 ? Number(value) : null;
}

function show(value: string): string {
  const clipped = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(clipped);
}

/**
 * A free-text search as typed: control characters dropped, whitespace collapsed, capped in length.
 * Everything else is kept; the data layer passes it as a bound parameter and escapes LIKE wildcards.
 */
export function normalizeQuery(value: string | undefined, issues: string[] = []): string | null {
  if (value === undefined) return null;
  let text = value
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length > MAX_QUERY_LENGTH) {
    issues.push(`The search was shortened to its first ${MAX_QUERY_LENGTH} characters.`);
    text = text.slice(0, MAX_QUERY_LENGTH).trim();
  }
  if (text === "") return null;
  // One character matches nearly everything and no index can serve it.
  if ([...text].length < MIN_QUERY_LENGTH) {
    issues.push(`Searches need at least ${MIN_QUERY_LENGTH} characters; ${show(text)} was ignored.`);
    return null;
  }
  return text;
}

function parseField<T>(
  raw: RawSearchParams,
  key: string,
  schema: z.ZodType<T>,
  issues: string[],
  describe: string,
): T | null {
  const value = firstParam(raw, key);
  if (value === undefined) return null;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  issues.push(`Ignored ${describe} ${show(value)}: ${result.error.issues[0]?.message ?? "not valid"}.`);
  return null;
}

export function parseStartupListParams(raw: RawSearchParams): Parsed<StartupListParams> {
  const issues: string[] = [];
  const q = normalizeQuery(firstParam(raw, "q"), issues);
  const city = parseField(raw, "city", slugSchema, issues, "city");
  const unit = parseField(raw, "unit", slugSchema, issues, "Alibaba unit");
  const investor = parseField(raw, "investor", slugSchema, issues, "investor");
  const sector = parseField(raw, "sector", z.enum(Sector, { error: "not a known sector" }), issues, "sector");
  const status = parseField(raw, "status", z.enum(StartupStatus, { error: "not a known status" }), issues, "status");
  const stage = parseField(raw, "stage", z.enum(FundingStage, { error: "not a known funding stage" }), issues, "stage");
  let foundedFrom = parseField(raw, "from", yearSchema, issues, "founded-from year");
  let foundedTo = parseField(raw, "to", yearSchema, issues, "founded-to year");
  if (foundedFrom !== null && foundedTo !== null && foundedFrom > foundedTo) {
    issues.push(`The year range ${foundedFrom}–${foundedTo} was reversed; showing ${foundedTo}–${foundedFrom}.`);
    [foundedFrom, foundedTo] = [foundedTo, foundedFrom];
  }
  const tenure = parseField(raw, "tenure", alumniParameterSchemas.tenure, issues, "years at Alibaba");
  const leftWithin = parseField(raw, "leftWithin", alumniParameterSchemas.leftWithin, issues, "years before founding");
  const sort = parseField(raw, "sort", z.enum(STARTUP_SORTS, { error: "not a known sort" }), issues, "sort") ?? "name";
  const order =
    parseField(raw, "order", z.enum(["asc", "desc"], { error: "must be asc or desc" }), issues, "order") ??
    DEFAULT_SORT_ORDER[sort];
  return {
    params: {
      q,
      city,
      sector,
      status,
      unit,
      investor,
      stage,
      foundedFrom,
      foundedTo,
      tenure,
      leftWithin,
      sort,
      order,
      page: parsePage(firstParam(raw, "page"), issues),
    },
    issues,
  };
}

export function parseSimpleListParams(raw: RawSearchParams): Parsed<SimpleListParams> {
  const issues: string[] = [];
  const q = normalizeQuery(firstParam(raw, "q"), issues);
  return { params: { q, page: parsePage(firstParam(raw, "page"), issues) }, issues };
}

export function parseInvestorListParams(raw: RawSearchParams): Parsed<InvestorListParams> {
  const { params, issues } = parseSimpleListParams(raw);
  const sort = parseField(raw, "sort", z.enum(INVESTOR_SORTS, { error: "not a known sort" }), issues, "sort") ?? "name";
  const order =
    parseField(raw, "order", z.enum(["asc", "desc"], { error: "must be asc or desc" }), issues, "order") ??
    DEFAULT_INVESTOR_SORT_ORDER[sort];
  return { params: { ...params, sort, order }, issues };
}

/** The investors list's query string, defaults left out; `page` only when given. */
export function investorListQuery(params: Partial<InvestorListParams>): string {
  const search = new URLSearchParams();
  if (params.q) search.set("q", params.q);
  const sort = params.sort ?? "name";
  if (sort !== "name") search.set("sort", sort);
  if (params.order && params.order !== DEFAULT_INVESTOR_SORT_ORDER[sort]) search.set("order", params.order);
  if (params.page && params.page > 1) search.set("page", String(params.page));
  const text = search.toString();
  return text ? `?${text}` : "";
}

/**
 * The query string for a start-up list, defaults left out so URLs stay short and canonical.
 * `page` is dropped unless given, because changing a filter must start again at page 1.
 */
export function startupListQuery(params: Partial<StartupListParams>): string {
  const search = new URLSearchParams();
  const entries: [string, string | number | null | undefined][] = [
    ["q", params.q],
    ["city", params.city],
    ["sector", params.sector],
    ["status", params.status],
    ["unit", params.unit],
    ["investor", params.investor],
    ["stage", params.stage],
    ["from", params.foundedFrom],
    ["to", params.foundedTo],
    ["tenure", params.tenure],
    ["leftWithin", params.leftWithin],
  ];
  for (const [key, value] of entries)
    if (value !== null && value !== undefined && value !== "") search.set(key, String(value));
  const sort = params.sort ?? "name";
  if (sort !== "name") search.set("sort", sort);
  if (params.order && params.order !== DEFAULT_SORT_ORDER[sort]) search.set("order", params.order);
  if (params.page && params.page > 1) search.set("page", String(params.page));
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** True when any filter or search narrows the list (sort and page do not). */
export function hasStartupFilters(params: StartupListParams): boolean {
  return Boolean(
    params.q ||
    params.city ||
    params.sector ||
    params.status ||
    params.unit ||
    params.investor ||
    params.stage ||
    params.foundedFrom !== null ||
    params.foundedTo !== null ||
    params.tenure !== null ||
    params.leftWithin !== null,
  );
}
