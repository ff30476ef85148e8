import "server-only";
import { z } from "zod";
import { decodeCursor, encodeCursor, keysetCursorSchema, pageCursorSchema, type KeysetCursor } from "@/lib/api/cursor";
import type { Endpoint } from "@/lib/api/endpoints";
import { ApiProblem } from "@/lib/api/problem";
import {
  API_BASE,
  citationListQuerySchema,
  cityListQuerySchema,
  employmentListQuerySchema,
  foundingListQuerySchema,
  fundingRoundListQuerySchema,
  idPathSchema,
  includeQuerySchema,
  organizationListQuerySchema,
  personListQuerySchema,
  reportedFigureListQuerySchema,
  slugPathSchema,
  sourceListQuerySchema,
  startupDetailQuerySchema,
  startupListQuerySchema,
} from "@/lib/api/schemas";
import { findApiCities, getApiCity } from "@/lib/data/api/cities";
import { findApiOrganizations, getApiOrganization, getApiUnitTree } from "@/lib/data/api/organizations";
import { findApiPeople, getApiPerson } from "@/lib/data/api/people";
import {
  findApiEmployments,
  findApiFoundings,
  findApiFundingRounds,
  getApiEmployment,
  getApiFounding,
  getApiFundingRound,
} from "@/lib/data/api/records";
import {
  findApiCitations,
  findApiReportedFigures,
  findApiSources,
  getApiCitation,
  getApiReportedFigure,
  getApiSource,
} from "@/lib/data/api/sources";
import { getApiStartupAsOf } from "@/lib/data/api/startup-as-of";
import { findApiStartups, getApiStartup } from "@/lib/data/api/startups";
import { findCurrentSlug } from "@/lib/data/slug-redirects";
import type { SlugRecordType } from "@/lib/generated/prisma/enums";
import { MAX_PAGE } from "@/lib/pagination";
import { normalizeQuery, parseStartupListParams } from "@/lib/validation/search-params";
import { parsePath, parseQuery, type ApiBody, type ApiContext } from "./handler";

// What each /api/v1 endpoint does between parsing its parameters and answering: the data layer's
// reads in the API's shapes, cursors in and out, 404s and former slugs' redirects.

/** The same request with another cursor: the `next` link of a page. */
function withCursor(url: URL, cursor: string | null): string | null {
  if (cursor === null) return null;
  const next = new URLSearchParams(url.searchParams);
  next.set("cursor", cursor);
  return `${url.pathname}?${next.toString()}`;
}

function selfLink(url: URL): string {
  return `${url.pathname}${url.search}`;
}

function keyset(cursor: string | undefined): KeysetCursor | null {
  if (cursor === undefined) return null;
  const decoded = decodeCursor(cursor, keysetCursorSchema);
  if (!decoded)
    throw new ApiProblem(400, "The cursor is not one this endpoint gave out.", [`Parameter "cursor" is not valid.`]);
  return decoded;
}

function keysetList<T>(url: URL, result: { items: T[]; next: KeysetCursor | null }): ApiBody {
  const nextCursor = result.next ? encodeCursor(result.next) : null;
  return {
    json: { data: result.items, nextCursor, links: { self: selfLink(url), next: withCursor(url, nextCursor) } },
  };
}

/** A free-text search as the pages read it; too short a search is a 400 here rather than ignored. */
function searchQuery(q: string | undefined): string | null {
  const issues: string[] = [];
  const text = normalizeQuery(q, issues);
  if (issues.length > 0) throw new ApiProblem(400, "The query parameters are not valid.", issues);
  return text;
}

async function notFoundOrRedirect(recordType: SlugRecordType | null, slug: string, basePath: string): Promise<ApiBody> {
  if (recordType) {
    const current = await findCurrentSlug({ recordType, slug });
    if (current) return { redirect: `${basePath}/${encodeURIComponent(current)}` };
  }
  throw new ApiProblem(404, "No public record has this identifier.");
}

// ---------------------------------------------------------------------------------------------
// Start-ups: the browse page's parser and query; a cursor is the next page of that query.

const startupQueryKeys = Object.keys(startupListQuerySchema.shape);

export async function listStartups({ url }: ApiContext): Promise<ApiBody> {
  const query = parseQuery(startupListQuerySchema, url);
  // The page's own parser reads the filters, so the API and the page cannot disagree on them.
  const pageParams = new URLSearchParams(
    [...url.searchParams].filter(([key]) => key !== "limit" && key !== "cursor" && startupQueryKeys.includes(key)),
  );
  const { params, issues } = parseStartupListParams(pageParams);
  if (issues.length > 0) throw new ApiProblem(400, "The query parameters are not valid.", issues);
  let page = 1;
  let limit = query.limit;
  if (query.cursor !== undefined) {
    const cursor = decodeCursor(query.cursor, pageCursorSchema);
    if (!cursor || cursor.p > MAX_PAGE) {
      throw new ApiProblem(400, "The cursor is not one this endpoint gave out.", [`Parameter "cursor" is not valid.`]);
    }
    if (cursor.l !== limit) {
      throw new ApiProblem(400, "The cursor was given out for another page size.", [
        `Parameter "limit" must stay ${cursor.l} with this cursor.`,
      ]);
    }
    page = cursor.p;
    limit = cursor.l;
  }
  const { items, total, alumni } = await findApiStartups({ params: { ...params, page }, pageSize: limit });
  // Offset paging is capped like the pages' (MAX_PAGE); narrow the filters to reach further.
  const hasMore = page * limit < total && page < MAX_PAGE;
  const nextCursor = hasMore ? encodeCursor({ p: page + 1, l: limit }) : null;
  return {
    json: { data: items, total, alumni, nextCursor, links: { self: selfLink(url), next: withCursor(url, nextCursor) } },
  };
}

function includeCitations(url: URL): boolean {
  return parseQuery(includeQuerySchema, url).include === "citations";
}

export async function getStartup({ url, path }: ApiContext): Promise<ApiBody> {
  const { slug } = parsePath(slugPathSchema, path);
  const query = parseQuery(startupDetailQuerySchema, url);
  const withCitations = query.include === "citations";
  if (query.asOf !== undefined) {
    const at = new Date(`${query.asOf}T23:59:59.999Z`);
    const data = await getApiStartupAsOf({ slug, at, includeCitations: withCitations });
    if (data) return { json: { data, asOf: query.asOf } };
    if (await getApiStartup({ slug, includeCitations: false })) {
      throw new ApiProblem(404, `This start-up was not in the database at the end of ${query.asOf}.`);
    }
    return notFoundOrRedirect("STARTUP", slug, `${API_BASE}/startups`);
  }
  const data = await getApiStartup({ slug, includeCitations: withCitations });
  return data ? { json: { data } } : notFoundOrRedirect("STARTUP", slug, `${API_BASE}/startups`);
}

// ---------------------------------------------------------------------------------------------
// People, organisations, cities

export async function listPeople({ url }: ApiContext): Promise<ApiBody> {
  const query = parseQuery(personListQuerySchema, url);
  return keysetList(
    url,
    await findApiPeople({
      q: searchQuery(query.q),
      role: query.role ?? null,
      after: keyset(query.cursor),
      limit: query.limit,
    }),
  );
}

export async function getPerson({ url, path }: ApiContext): Promise<ApiBody> {
  const { slug } = parsePath(slugPathSchema, path);
  const data = await getApiPerson({ slug, includeCitations: includeCitations(url) });
  return data ? { json: { data } } : notFoundOrRedirect("PERSON", slug, `${API_BASE}/people`);
}

export async function listOrganizations({ url }: ApiContext): Promise<ApiBody> {
  const query = parseQuery(organizationListQuerySchema, url);
  return keysetList(
    url,
    await findApiOrganizations({
      q: searchQuery(query.q),
      kind: query.kind ?? null,
      investorsOnly: query.investor === "true",
      after: keyset(query.cursor),
      limit: query.limit,
    }),
  );
}

export async function getOrganization({ url, path }: ApiContext): Promise<ApiBody> {
  const { slug } = parsePath(slugPathSchema, path);
  const data = await getApiOrganization({ slug, includeCitations: includeCitations(url) });
  return data ? { json: { data } } : notFoundOrRedirect("ORGANIZATION", slug, `${API_BASE}/organizations`);
}

export async function getUnitTree({ url }: ApiContext): Promise<ApiBody> {
  parseQuery(z.object({}), url);
  return { json: { data: await getApiUnitTree() } };
}

export async function listCities({ url }: ApiContext): Promise<ApiBody> {
  const query = parseQuery(cityListQuerySchema, url);
  return keysetList(
    url,
    await findApiCities({ country: query.country ?? null, after: keyset(query.cursor), limit: query.limit }),
  );
}

export async function getCity({ url, path }: ApiContext): Promise<ApiBody> {
  const { slug } = parsePath(slugPathSchema, path);
  const data = await getApiCity({ slug, includeCitations: includeCitations(url) });
  return data ? { json: { data } } : notFoundOrRedirect("CITY", slug, `${API_BASE}/cities`);
}

// ---------------------------------------------------------------------------------------------
// Rounds, foundings, employments

export async function listFundingRounds({ url }: ApiContext): Promise<ApiBody> {
  const query = parseQuery(fundingRoundListQuerySchema, url);
  return keysetList(
    url,
    await findApiFundingRounds({
      startup: query.startup ?? null,
      investor: query.investor ?? null,
      stage: query.stage ?? null,
      after: keyset(query.cursor),
      limit: query.limit,
    }),
  );
}

export async function getFundingRound({ url, path }: ApiContext): Promise<ApiBody> {
  const { id } = parsePath(idPathSchema, path);
  const data = await getApiFundingRound({ id, includeCitations: includeCitations(url) });
  return data ? { json: { data } } : notFoundOrRedirect(null, String(id), "");
}

export async function listFoundings({ url }: ApiContext): Promise<ApiBody> {
  const query = parseQuery(foundingListQuerySchema, url);
  return keysetList(
    url,
    await findApiFoundings({
      startup: query.startup ?? null,
      person: query.person ?? null,
      after: keyset(query.cursor),
      limit: query.limit,
    }),
  );
}

export async function getFounding({ url, path }: ApiContext): Promise<ApiBody> {
  const { id } = parsePath(idPathSchema, path);
  const data = await getApiFounding({ id, includeCitations: includeCitations(url) });
  return data ? { json: { data } } : notFoundOrRedirect(null, String(id), "");
}

export async function listEmployments({ url }: ApiContext): Promise<ApiBody> {
  const query = parseQuery(employmentListQuerySchema, url);
  return keysetList(
    url,
    await findApiEmployments({
      person: query.person ?? null,
      organization: query.organization ?? null,
      after: keyset(query.cursor),
      limit: query.limit,
    }),
  );
}

export async function getEmployment({ url, path }: ApiContext): Promise<ApiBody> {
  const { id } = parsePath(idPathSchema, path);
  const data = await getApiEmployment({ id, includeCitations: includeCitations(url) });
  return data ? { json: { data } } : notFoundOrRedirect(null, String(id), "");
}

// ---------------------------------------------------------------------------------------------
// Sources, citations, reported figures

export async function listSources({ url }: ApiContext): Promise<ApiBody> {
  const query = parseQuery(sourceListQuerySchema, url);
  return keysetList(
    url,
    await findApiSources({
      kind: query.kind ?? null,
      publisher: query.publisher ?? null,
      after: keyset(query.cursor),
      limit: query.limit,
    }),
  );
}

export async function getSource({ url, path }: ApiContext): Promise<ApiBody> {
  const { id } = parsePath(idPathSchema, path);
  parseQuery(z.object({}), url);
  const data = await getApiSource({ id });
  return data ? { json: { data } } : notFoundOrRedirect(null, String(id), "");
}

export async function listCitations({ url }: ApiContext): Promise<ApiBody> {
  const query = parseQuery(citationListQuerySchema, url);
  return keysetList(
    url,
    await findApiCitations({
      recordType: query.recordType ?? null,
      recordId: query.recordId ?? null,
      source: query.source ?? null,
      after: keyset(query.cursor),
      limit: query.limit,
    }),
  );
}

export async function getCitation({ url, path }: ApiContext): Promise<ApiBody> {
  const { id } = parsePath(idPathSchema, path);
  parseQuery(z.object({}), url);
  const data = await getApiCitation({ id });
  return data ? { json: { data } } : notFoundOrRedirect(null, String(id), "");
}

export async function listReportedFigures({ url }: ApiContext): Promise<ApiBody> {
  const query = parseQuery(reportedFigureListQuerySchema, url);
  return keysetList(
    url,
    await findApiReportedFigures({ city: query.city ?? null, after: keyset(query.cursor), limit: query.limit }),
  );
}

export async function getReportedFigure({ url, path }: ApiContext): Promise<ApiBody> {
  const { slug } = parsePath(slugPathSchema, path);
  const data = await getApiReportedFigure({ slug, includeCitations: includeCitations(url) });
  return data ? { json: { data } } : notFoundOrRedirect("REPORTED_FIGURE", slug, `${API_BASE}/reported-figures`);
}

export type ApiRun = (context: ApiContext, endpoint: Endpoint) => Promise<ApiBody>;
