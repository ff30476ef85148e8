import "server-only";
import { renderAtomFeed, type AtomEntry } from "@/lib/api/atom";
import { ApiProblem } from "@/lib/api/problem";
import { API_BASE, slugPathSchema } from "@/lib/api/schemas";
import {
  findPublicChanges,
  findPublicId,
  findStartupIdsForFeed,
  type ChangeScope,
  type PublicChange,
} from "@/lib/data/api/changes";
import type { ChangeRecordType } from "@/lib/generated/prisma/enums";
import { parseStartupListParams, startupListQuery } from "@/lib/validation/search-params";
import { parsePath, parseQuery, type ApiBody, type ApiContext } from "./handler";
import type { Endpoint } from "@/lib/api/endpoints";
import { z } from "zod";

// Atom feeds of changes: everything, one start-up, one organisation, one city, or a filtered
// start-up list (the list's own query string).

const TYPE_LABELS: Record<ChangeRecordType, string> = {
  CITY: "city",
  STARTUP: "start-up",
  PERSON: "person",
  ORGANIZATION: "organization",
  EMPLOYMENT: "employment",
  FOUNDING: "founding",
  FUNDING_ROUND: "funding round",
  INVESTMENT: "investment",
  SOURCE: "source",
  CITATION: "citation",
  REPORTED_FIGURE: "reported figure",
  EXCHANGE_RATE: "exchange rate",
  USER: "account",
};

const ACTION_LABELS = { CREATE: "Added", UPDATE: "Updated", DELETE: "Removed", RESTORE: "Restored" } as const;

const PAGE_PATHS: Partial<Record<ChangeRecordType, string>> = {
  STARTUP: "/startups/",
  PERSON: "/founders/",
  CITY: "/cities/",
  ORGANIZATION: "/investors/",
};

function entryOf(change: PublicChange, origin: string): AtomEntry {
  const label = TYPE_LABELS[change.recordType];
  const fields = change.changedFields.length ? `Fields changed: ${change.changedFields.join(", ")}.` : "";
  const pagePath =
    change.recordType === "ORGANIZATION" && change.kind === "ALIBABA_UNIT" ? "/units/" : PAGE_PATHS[change.recordType];
  return {
    id: `${origin}${API_BASE}/changes.atom#change-${change.id}`,
    title: `${ACTION_LABELS[change.action]} ${label}${change.name ? `: ${change.name}` : ` #${change.recordId}`}`,
    updated: change.createdAt,
    summary: [change.summary, fields].filter(Boolean).join(" ") || `${ACTION_LABELS[change.action]} ${label}.`,
    link: pagePath && change.slug ? `${origin}${pagePath}${change.slug}` : null,
  };
}

async function feed(url: URL, title: string, alternatePath: string, scope: ChangeScope): Promise<ApiBody> {
  const changes = await findPublicChanges({ scope });
  const self = `${url.origin}${url.pathname}${url.search}`;
  return {
    atom: renderAtomFeed({
      id: self,
      title,
      self,
      alternate: `${url.origin}${alternatePath}`,
      entries: changes.map((change) => entryOf(change, url.origin)),
      fallbackUpdated: new Date("2026-01-01T00:00:00Z"),
    }),
  };
}

export async function feedAllChanges({ url }: ApiContext): Promise<ApiBody> {
  parseQuery(z.object({}), url);
  return feed(url, "Alumni Atlas: every change", "/", { kind: "all" });
}

export async function feedStartupListChanges({ url }: ApiContext, endpoint: Endpoint): Promise<ApiBody> {
  parseQuery(endpoint.query!, url);
  const { params, issues } = parseStartupListParams(url.searchParams);
  if (issues.length > 0) throw new ApiProblem(400, "The query parameters are not valid.", issues);
  const ids = await findStartupIdsForFeed(params);
  const query = startupListQuery({ ...params, page: 1 });
  return feed(url, `Alumni Atlas: changes to start-ups${query ? ` (${query.slice(1)})` : ""}`, `/startups${query}`, {
    kind: "startups",
    ids,
  });
}

async function scopedId(table: "Startup" | "Organization" | "City", path: Record<string, string>, url: URL) {
  const { slug } = parsePath(slugPathSchema, path);
  parseQuery(z.object({}), url);
  const id = await findPublicId(table, slug);
  if (id === null) throw new ApiProblem(404, "No public record has this identifier.");
  return { id, slug };
}

export async function feedStartupChanges({ url, path }: ApiContext): Promise<ApiBody> {
  const { id, slug } = await scopedId("Startup", path, url);
  return feed(url, `Alumni Atlas: changes to ${slug}`, `/startups/${slug}`, { kind: "startups", ids: [id] });
}

export async function feedOrganizationChanges({ url, path }: ApiContext): Promise<ApiBody> {
  const { id, slug } = await scopedId("Organization", path, url);
  return feed(url, `Alumni Atlas: changes to ${slug}`, `/investors/${slug}`, { kind: "organization", id });
}

export async function feedCityChanges({ url, path }: ApiContext): Promise<ApiBody> {
  const { id, slug } = await scopedId("City", path, url);
  return feed(url, `Alumni Atlas: changes in ${slug}`, `/cities/${slug}`, { kind: "city", id });
}
