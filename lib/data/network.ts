import "server-only";
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import type { AppPrismaClient } from "@/lib/db/connection";
import { isStrictAlumni } from "@/lib/charts/alumni";
import type { ChartFilters, FilterProblem } from "@/lib/charts/request";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatIsoDate } from "@/lib/format/dates";
import { displayName } from "@/lib/format/names";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { localizeGraph } from "@/lib/network/localize";
import { describeNetwork, type NetworkText } from "@/lib/network/describe";
import {
  selectEdgeKinds,
  type NetworkRequest,
  STARTUP_NODE_BUDGET,
  TOP_INVESTORS,
  UNITS_PER_INVESTOR,
  type EdgeKind,
  type NetworkEdge,
  type NetworkGraph,
  type NetworkNode,
  type NodeKind,
} from "@/lib/network/types";
import { CHARTS_TAG } from "./cache-tags";
import { cachedRead } from "./cached-read";
import { cachedChartQuery } from "./charts/cache";
import type { ChartScope } from "./charts/define";
import { countAlumniLeftOut, getChartDataAsOf, readChartScope } from "./charts/get-chart";
import { startupConditions } from "./charts/sql";

// The alumni network: founders, start-ups, investors and Alibaba units as nodes; worked-at, founded,
// invested-in and part-of as edges. The graph is modelled with graphology and laid out on the server
// with ForceAtlas2, once per data version and filter set (cached like the charts' results), so a
// page load only reads positions. Beyond STARTUP_NODE_BUDGET start-ups it is drawn by Alibaba unit
// and top investor instead, which keeps 100,000 start-ups as light as the seed.

type Built = { nodes: Map<string, Omit<NetworkNode, "x" | "y" | "size">>; edges: Map<string, NetworkEdge> };

function emptyBuilt(): Built {
  return { nodes: new Map(), edges: new Map() };
}

type Names = { nameEn: string | null; nameZh: string | null };

function addNode(
  built: Built,
  id: string,
  kind: NodeKind,
  names: Names,
  fallback: string,
  href: string | null,
  weight = 0,
) {
  const existing = built.nodes.get(id);
  if (existing) {
    existing.weight += weight;
    return;
  }
  const label = names.nameEn ?? names.nameZh ?? fallback;
  // The 中文 name only where the record has one that differs: never invented.
  const labelZh = displayName(names, kind === "founder" ? "person" : "other", "zh");
  built.nodes.set(id, { id, kind, label, ...(names.nameZh && labelZh !== label ? { labelZh } : {}), href, weight });
}

function addEdge(built: Built, source: string, target: string, kind: EdgeKind, weight = 1) {
  const key = `${kind}|${source}|${target}`;
  const existing = built.edges.get(key);
  if (existing) existing.weight += weight;
  else built.edges.set(key, { source, target, kind, weight });
}

/** Every start-up in `ids` with its founders, their Alibaba units (and the units above), and investors. */
async function buildDetailed(prisma: AppPrismaClient, ids: number[]): Promise<Built> {
  const built = emptyBuilt();
  if (ids.length === 0) return built;
  const idList = Prisma.join(ids);
  const [startups, foundings, investments] = await Promise.all([
    prisma.$queryRaw<
      { id: number; slug: string; nameEn: string | null; nameZh: string | null; label: string | null }[]
    >`
      SELECT id, slug, "nameEn", "nameZh", label FROM "Startup" WHERE id IN (${idList}) ORDER BY id`,
    prisma.$queryRaw<
      { startupId: number; personId: number; slug: string; nameEn: string | null; nameZh: string | null }[]
    >`
      SELECT f."startupId", p.id AS "personId", p.slug, p."nameEn", p."nameZh"
      FROM "Founding" f JOIN "Person" p ON p.id = f."personId" AND p."deletedAt" IS NULL
      WHERE f."startupId" IN (${idList}) AND f."deletedAt" IS NULL ORDER BY f."startupId", p.id`,
    prisma.$queryRaw<
      {
        startupId: number;
        slug: string;
        nameEn: string | null;
        nameZh: string | null;
        person: boolean;
        rounds: number;
      }[]
    >`
      SELECT r."startupId", coalesce(o.slug, p.slug) AS slug, coalesce(o."nameEn", p."nameEn") AS "nameEn",
        coalesce(o."nameZh", p."nameZh") AS "nameZh", (o.id IS NULL) AS person, count(*)::int AS rounds
      FROM "FundingRound" r
      JOIN "Investment" i ON i."roundId" = r.id AND i."deletedAt" IS NULL
      LEFT JOIN "Organization" o ON o.id = i."organizationId" AND o."deletedAt" IS NULL
      LEFT JOIN "Person" p ON p.id = i."personId" AND p."deletedAt" IS NULL
      WHERE r."startupId" IN (${idList}) AND r."deletedAt" IS NULL AND (o.id IS NOT NULL OR p.id IS NOT NULL)
      GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2`,
  ]);
  const startupSlug = new Map<number, string>();
  for (const s of startups) {
    startupSlug.set(s.id, s.slug);
    addNode(built, `startup:${s.slug}`, "startup", s, s.label ?? s.slug, `/startups/${s.slug}`, 1);
  }
  const founderIds = new Set<number>();
  const founderSlugs = new Set<string>();
  for (const f of foundings) {
    const startup = startupSlug.get(f.startupId);
    if (!startup) continue;
    founderIds.add(f.personId);
    founderSlugs.add(f.slug);
    addNode(built, `founder:${f.slug}`, "founder", f, f.slug, `/founders/${f.slug}`, 1);
    addEdge(built, `founder:${f.slug}`, `startup:${startup}`, "founded");
  }
  for (const i of investments) {
    const startup = startupSlug.get(i.startupId);
    if (!startup) continue;
    // A person who founded a start-up here and backed another is one node, not two.
    const id = i.person && founderSlugs.has(i.slug) ? `founder:${i.slug}` : `investor:${i.slug}`;
    const href = i.person ? `/founders/${i.slug}` : `/investors/${i.slug}`;
    addNode(built, id, id.startsWith("founder:") ? "founder" : "investor", i, i.slug, href, 1);
    addEdge(built, id, `startup:${startup}`, "invested-in", i.rounds);
  }
  if (founderIds.size > 0) {
    const jobs = await prisma.$queryRaw<
      { personSlug: string; unitSlug: string; nameEn: string | null; nameZh: string | null }[]
    >`
      SELECT DISTINCT p.slug AS "personSlug", o.slug AS "unitSlug", o."nameEn", o."nameZh"
      FROM "Employment" e
      JOIN "Person" p ON p.id = e."personId"
      JOIN "Organization" o ON o.id = e."organizationId" AND o.kind = 'ALIBABA_UNIT' AND o."deletedAt" IS NULL
      WHERE e."personId" IN (${Prisma.join([...founderIds])}) AND e."deletedAt" IS NULL`;
    for (const job of jobs) {
      addNode(built, `unit:${job.unitSlug}`, "unit", job, job.unitSlug, `/units/${job.unitSlug}`, 1);
      addEdge(built, `founder:${job.personSlug}`, `unit:${job.unitSlug}`, "worked-at");
    }
  }
  await addUnitTree(prisma, built);
  return built;
}

/** The units above every unit in the graph, with part-of edges, so the group's tree holds them together. */
async function addUnitTree(prisma: AppPrismaClient, built: Built) {
  const units = await prisma.$queryRaw<
    { slug: string; nameEn: string | null; nameZh: string | null; parentSlug: string | null }[]
  >`
    SELECT o.slug, o."nameEn", o."nameZh", parent.slug AS "parentSlug" FROM "Organization" o
    LEFT JOIN "Organization" parent ON parent.id = o."parentId" AND parent."deletedAt" IS NULL
      AND parent.kind = 'ALIBABA_UNIT'
    WHERE o.kind = 'ALIBABA_UNIT' AND o."deletedAt" IS NULL`;
  const bySlug = new Map(units.map((unit) => [unit.slug, unit]));
  const pending = [...built.nodes.values()].filter((node) => node.kind === "unit").map((node) => node.id.slice(5));
  const seen = new Set(pending);
  while (pending.length > 0) {
    const unit = bySlug.get(pending.pop()!);
    if (!unit?.parentSlug) continue;
    const parent = bySlug.get(unit.parentSlug);
    if (!parent) continue;
    addNode(built, `unit:${parent.slug}`, "unit", parent, parent.slug, `/units/${parent.slug}`, 0);
    addEdge(built, `unit:${unit.slug}`, `unit:${parent.slug}`, "part-of");
    if (!seen.has(parent.slug)) {
      seen.add(parent.slug);
      pending.push(parent.slug);
    }
  }
}

/** Beyond the budget: units weighted by the start-ups their alumni founded, the top investors, and
 * investor–unit edges counting the start-ups an investor backed whose founders came from the unit. */
async function buildAggregated(prisma: AppPrismaClient, ids: number[]): Promise<Built> {
  const built = emptyBuilt();
  // The selection is resolved once (the alumni switch is a grouped scan) and passed as one array.
  const inScope = Prisma.sql`SELECT unnest(${ids}::int[])`;
  const [units, investors] = await Promise.all([
    prisma.$queryRaw<{ slug: string; nameEn: string | null; nameZh: string | null; startups: number }[]>`
      SELECT o.slug, o."nameEn", o."nameZh", count(DISTINCT f."startupId")::int AS startups
      FROM "Founding" f
      JOIN "Employment" e ON e."personId" = f."personId" AND e."deletedAt" IS NULL
      JOIN "Organization" o ON o.id = e."organizationId" AND o.kind = 'ALIBABA_UNIT' AND o."deletedAt" IS NULL
      WHERE f."deletedAt" IS NULL AND f."startupId" IN (${inScope})
      GROUP BY o.slug, o."nameEn", o."nameZh"`,
    prisma.$queryRaw<{ id: number; slug: string; nameEn: string | null; nameZh: string | null; startups: number }[]>`
      SELECT o.id, o.slug, o."nameEn", o."nameZh", count(DISTINCT r."startupId")::int AS startups
      FROM "Investment" i
      JOIN "FundingRound" r ON r.id = i."roundId" AND r."deletedAt" IS NULL
      JOIN "Organization" o ON o.id = i."organizationId" AND o."deletedAt" IS NULL
      WHERE i."deletedAt" IS NULL AND r."startupId" IN (${inScope})
      GROUP BY o.id, o.slug, o."nameEn", o."nameZh" ORDER BY startups DESC, o."nameEn" LIMIT ${TOP_INVESTORS}`,
  ]);
  for (const unit of units) {
    addNode(built, `unit:${unit.slug}`, "unit", unit, unit.slug, `/units/${unit.slug}`, unit.startups);
  }
  for (const investor of investors) {
    addNode(
      built,
      `investor:${investor.slug}`,
      "investor",
      investor,
      investor.slug,
      `/investors/${investor.slug}`,
      investor.startups,
    );
  }
  if (investors.length > 0) {
    // Each investor's strongest units (UNITS_PER_INVESTOR), and each unit's strongest backer among
    // the top investors, so no unit is left hanging off the tree alone; ties broken by slug.
    const links = await prisma.$queryRaw<{ investor: string; unit: string; startups: number }[]>`
      SELECT investor, unit, startups FROM (
      SELECT o.slug AS investor, u.slug AS unit, count(DISTINCT r."startupId")::int AS startups,
        row_number() OVER (PARTITION BY o.slug ORDER BY count(DISTINCT r."startupId") DESC, u.slug) AS rank,
        row_number() OVER (PARTITION BY u.slug ORDER BY count(DISTINCT r."startupId") DESC, o.slug) AS unit_rank
      FROM "Investment" i
      JOIN "FundingRound" r ON r.id = i."roundId" AND r."deletedAt" IS NULL
      JOIN "Organization" o ON o.id = i."organizationId"
      JOIN "Founding" f ON f."startupId" = r."startupId" AND f."deletedAt" IS NULL
      JOIN "Employment" e ON e."personId" = f."personId" AND e."deletedAt" IS NULL
      JOIN "Organization" u ON u.id = e."organizationId" AND u.kind = 'ALIBABA_UNIT' AND u."deletedAt" IS NULL
      WHERE i."deletedAt" IS NULL AND i."organizationId" IN (${Prisma.join(investors.map((i) => i.id))})
        AND r."startupId" IN (${inScope})
      GROUP BY o.slug, u.slug) ranked
      WHERE rank <= ${UNITS_PER_INVESTOR} OR unit_rank = 1`;
    for (const link of links)
      addEdge(built, `investor:${link.investor}`, `unit:${link.unit}`, "invested-in", link.startups);
  }
  await addUnitTree(prisma, built);
  return built;
}

/** Positions by ForceAtlas2 from a deterministic spiral start, so equal data gives an equal picture. */
export function layoutGraph(built: Built): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const graph = new Graph<{ x: number; y: number }>({ type: "undirected", multi: false });
  const ids = [...built.nodes.keys()].sort();
  const golden = Math.PI * (3 - Math.sqrt(5));
  ids.forEach((id, index) => {
    const radius = 10 * Math.sqrt(index + 1);
    graph.addNode(id, { x: radius * Math.cos(index * golden), y: radius * Math.sin(index * golden) });
  });
  for (const edge of built.edges.values()) {
    if (!graph.hasEdge(edge.source, edge.target)) graph.addEdge(edge.source, edge.target, { weight: edge.weight });
  }
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: graph.order > 1000 ? 80 : 200,
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 },
    });
  }
  const maxWeight = Math.max(1, ...[...built.nodes.values()].map((node) => node.weight));
  const nodes = ids.map((id) => {
    const node = built.nodes.get(id)!;
    const attributes = graph.getNodeAttributes(id);
    return {
      ...node,
      x: Math.round(attributes.x * 100) / 100,
      y: Math.round(attributes.y * 100) / 100,
      size: Math.round((4 + 14 * Math.sqrt(node.weight / maxWeight)) * 10) / 10,
    };
  });
  return { nodes, edges: [...built.edges.values()] };
}

/** The nodes within two steps of `focus`, and the edges among them. */
export function twoStepNeighbourhood(built: Built, focus: string): Built {
  if (!built.nodes.has(focus)) return emptyBuilt();
  const graph = new Graph({ type: "undirected", multi: true });
  for (const id of built.nodes.keys()) graph.addNode(id);
  for (const edge of built.edges.values()) graph.addEdge(edge.source, edge.target);
  const keep = new Set([focus]);
  let frontier = [focus];
  for (let step = 0; step < 2; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      graph.forEachNeighbor(id, (neighbour) => {
        if (!keep.has(neighbour)) {
          keep.add(neighbour);
          next.push(neighbour);
        }
      });
    }
    frontier = next;
  }
  const result = emptyBuilt();
  for (const [id, node] of built.nodes) if (keep.has(id)) result.nodes.set(id, node);
  for (const [key, edge] of built.edges)
    if (keep.has(edge.source) && keep.has(edge.target)) result.edges.set(key, edge);
  return result;
}

/** Start-ups that can lie within two steps of a node: the ones it touches and their neighbours'. */
async function focusStartupIds(prisma: AppPrismaClient, focus: string, where: Prisma.Sql): Promise<number[]> {
  // "kind:slug", checked by the request parser; a slug that matches nothing touches nothing.
  const [kind, slug = ""] = focus.split(":");
  let touched: Prisma.Sql;
  if (kind === "startup") {
    touched = Prisma.sql`SELECT id AS sid FROM "Startup" WHERE slug = ${slug}`;
  } else if (kind === "founder") {
    touched = Prisma.sql`
      SELECT f."startupId" AS sid FROM "Founding" f JOIN "Person" p ON p.id = f."personId" WHERE p.slug = ${slug} AND f."deletedAt" IS NULL
      UNION SELECT r."startupId" FROM "Investment" i JOIN "FundingRound" r ON r.id = i."roundId"
        JOIN "Person" p ON p.id = i."personId" WHERE p.slug = ${slug} AND i."deletedAt" IS NULL AND r."deletedAt" IS NULL`;
  } else if (kind === "investor") {
    touched = Prisma.sql`
      SELECT r."startupId" AS sid FROM "Investment" i JOIN "FundingRound" r ON r.id = i."roundId"
      LEFT JOIN "Organization" o ON o.id = i."organizationId" LEFT JOIN "Person" p ON p.id = i."personId"
      WHERE (o.slug = ${slug} OR p.slug = ${slug}) AND i."deletedAt" IS NULL AND r."deletedAt" IS NULL`;
  } else {
    touched = Prisma.sql`
      SELECT f."startupId" AS sid FROM "Founding" f JOIN "Employment" e ON e."personId" = f."personId" AND e."deletedAt" IS NULL
      JOIN "Organization" o ON o.id = e."organizationId" WHERE o.slug = ${slug} AND f."deletedAt" IS NULL`;
  }
  // The touched start-ups first, then those sharing a founder or an investor with them (a founder's
  // other companies, an investor's other bets: two steps from a start-up), up to the node budget.
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    WITH touched AS (${touched}),
    near AS (
      SELECT sid AS id, 0 AS rank FROM touched
      UNION SELECT f2."startupId", 1 FROM "Founding" f1 JOIN "Founding" f2 ON f2."personId" = f1."personId"
        AND f2."deletedAt" IS NULL WHERE f1."startupId" IN (SELECT sid FROM touched) AND f1."deletedAt" IS NULL
      UNION SELECT r2."startupId", 2 FROM "FundingRound" r1
        JOIN "Investment" i1 ON i1."roundId" = r1.id AND i1."deletedAt" IS NULL
        JOIN "Investment" i2 ON (i2."organizationId" = i1."organizationId" OR i2."personId" = i1."personId")
          AND i2."deletedAt" IS NULL
        JOIN "FundingRound" r2 ON r2.id = i2."roundId" AND r2."deletedAt" IS NULL
        WHERE r1."startupId" IN (SELECT sid FROM touched) AND r1."deletedAt" IS NULL
    ), ranked AS (SELECT id, min(rank) AS rank FROM near GROUP BY id)
    SELECT s.id FROM "Startup" s JOIN ranked ON ranked.id = s.id WHERE ${where}
    ORDER BY ranked.rank, s.id LIMIT ${STARTUP_NODE_BUDGET}`;
  return rows.map((row) => row.id);
}

async function computeNetwork(prisma: AppPrismaClient, scope: ChartScope, focus: string | null): Promise<NetworkGraph> {
  const where = startupConditions(scope, "founded");
  // The left-out count runs beside the selection rather than before it.
  const leftOut = isStrictAlumni(scope.filters) ? countAlumniLeftOut(prisma, scope, "founded") : Promise.resolve(null);
  if (focus) {
    const [ids, alumniLeftOut] = await Promise.all([focusStartupIds(prisma, focus, where), leftOut]);
    const built = twoStepNeighbourhood(await buildDetailed(prisma, ids), focus);
    return { ...layoutGraph(built), aggregated: null, startupCount: ids.length, alumniLeftOut };
  }
  const [rows, alumniLeftOut] = await Promise.all([
    prisma.$queryRaw<{ id: number }[]>`SELECT s.id FROM "Startup" s WHERE ${where} ORDER BY s.id`,
    leftOut,
  ]);
  const ids = rows.map((row) => row.id);
  const startupCount = ids.length;
  if (startupCount > STARTUP_NODE_BUDGET) {
    const built = await buildAggregated(prisma, ids);
    return {
      ...layoutGraph(built),
      aggregated: {
        startups: startupCount,
        budget: STARTUP_NODE_BUDGET,
        topInvestors: TOP_INVESTORS,
        unitsPerInvestor: UNITS_PER_INVESTOR,
      },
      startupCount,
      alumniLeftOut,
    };
  }
  const built = await buildDetailed(prisma, ids);
  return { ...layoutGraph(built), aggregated: null, startupCount, alumniLeftOut };
}

export type NetworkResult = {
  graph: NetworkGraph;
  filters: ChartFilters;
  names: ChartScope["names"];
  problems: FilterProblem[];
};

/**
 * The network for the filters (and focus), laid out. Cached per data version with the charts'
 * cache, keyed on the resolved filters, so a repeat request does no query and no layout.
 */
export const getNetwork = cache(
  async (options: { filters: ChartFilters; focus: string | null }): Promise<NetworkResult> => {
    const { scope, problems } = await readChartScope(options.filters);
    const key = JSON.stringify(["network", scope.filters, scope.cityId ?? null, scope.unitIds ?? null, options.focus]);
    const graph = await readNetworkGraph(key, scope, options.focus);
    return { graph, filters: scope.filters, names: scope.names, problems };
  },
);

/** The laid-out graph, in the framework's cache with the charts (and per data version in memory). */
const readNetworkGraph = cachedRead(
  "network-graph",
  () => [CHARTS_TAG],
  async (key: string, scope: ChartScope, focus: string | null): Promise<NetworkGraph> => {
    const prisma = await getPrisma();
    return cachedChartQuery(prisma, key, () => computeNetwork(prisma, scope, focus));
  },
);

export type NetworkView = NetworkResult & { text: NetworkText; request: NetworkRequest };

/** What /network, its exports and its embed show for a request: the graph with its edge kinds and its words. */
export async function getNetworkView(request: NetworkRequest, locale: Locale = defaultLocale): Promise<NetworkView> {
  const [result, asOf] = await Promise.all([
    getNetwork({ filters: request.filters, focus: request.focus }),
    getChartDataAsOf(),
  ]);
  const graph = localizeGraph(selectEdgeKinds(result.graph, request.edges, request.focus), locale);
  const text = describeNetwork(
    graph,
    {
      filters: result.filters,
      names: result.names,
      focus: request.focus,
      asOf: formatIsoDate(asOf),
      today: new Date().toISOString().slice(0, 10),
    },
    locale,
  );
  return {
    ...result,
    graph,
    text,
    request: { ...request, filters: result.filters, problems: [...request.problems, ...result.problems] },
  };
}
