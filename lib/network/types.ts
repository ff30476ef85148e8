import { z } from "zod";
import type { ChartFilters, ChartRequestInput, FilterProblem } from "../charts/request";
import { filtersToSearchParams, parseFilters } from "../charts/request";

// The alumni network's shape and its URL: plain data, safe in the browser and in a unit test.

export const NODE_KINDS = ["startup", "founder", "investor", "unit"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = ["worked-at", "founded", "invested-in", "part-of"] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const EDGE_LABELS: Record<EdgeKind, string> = {
  "worked-at": "worked at",
  founded: "founded",
  "invested-in": "invested in",
  "part-of": "is part of",
};

export const NODE_LABELS: Record<NodeKind, string> = {
  startup: "Start-up",
  founder: "Founder",
  investor: "Investor",
  unit: "Alibaba unit",
};

export const NODE_COLORS: Record<NodeKind, string> = {
  startup: "#c2410c",
  founder: "#2563eb",
  investor: "#15803d",
  unit: "#7c3aed",
};

export type NetworkNode = {
  /** "startup:rokid", "founder:misa-zhu", "investor:idg-capital", "unit:ant-group". */
  id: string;
  kind: NodeKind;
  label: string;
  /** The 中文 name where the record has a Chinese one that differs (read by the data layer, dropped before a page). */
  labelZh?: string;
  /** The profile the node opens; null for an aggregate. */
  href: string | null;
  /** How many start-ups the node stands for (itself, founded, backed, or alumni of a unit). */
  weight: number;
  x: number;
  y: number;
  size: number;
};

export type NetworkEdge = {
  source: string;
  target: string;
  kind: EdgeKind;
  /** Rounds invested in, or start-ups behind an aggregated edge. */
  weight: number;
};

export type NetworkGraph = {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Set when the selection was larger than the node budget and was drawn by unit and top investor. */
  aggregated: { startups: number; budget: number; topInvestors: number; unitsPerInvestor: number } | null;
  /** The start-ups the graph covers (before aggregation). */
  startupCount: number;
  /** Under a strict alumni definition: start-ups left out because their founders' years are not reported. */
  alumniLeftOut: number | null;
};

/** Start-ups drawn one by one up to this many; beyond it the network is drawn by unit and top investor. */
export const STARTUP_NODE_BUDGET = 400;
/** Investors kept in an aggregated network. */
export const TOP_INVESTORS = 40;
/**
 * Units each investor is linked to in an aggregated network: the ones whose alumni it backed most.
 * At 100,000 start-ups every top investor has backed alumni of every unit, and all 40 × 20-odd
 * links drawn at once were a uniform mesh that said nothing. Each unit also keeps its strongest
 * backer, so a unit no investor ranks in its top few is still placed among them.
 */
export const UNITS_PER_INVESTOR = 3;

/**
 * How strongly to draw an edge, 0 (the weakest the graph has) to 1 (the strongest), on a log
 * scale: weights run from 1 to a few hundred in an aggregated network. All 0 when every edge
 * weighs the same.
 */
export function edgeEmphasis(weight: number, maxWeight: number): number {
  if (maxWeight <= 1 || weight <= 1) return 0;
  return Math.min(1, Math.log(weight) / Math.log(maxWeight));
}

export type NetworkRequest = {
  filters: ChartFilters;
  /** Edge kinds shown; all when the URL names none. */
  edges: EdgeKind[];
  /** A node's two-step neighbourhood ("startup:rokid"), or null for the whole network. */
  focus: string | null;
  problems: FilterProblem[];
};

const focusSchema = z
  .string()
  .max(120, "is too long")
  .regex(/^(startup|founder|investor|unit):[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a node such as startup:rokid");

const edgeKindSchema = z.enum(EDGE_KINDS, { error: `must be one of ${EDGE_KINDS.join(", ")}` });

/** Reads /network's query: the chart filters, the alumni switch, `edges` (repeatable) and `focus`. */
export function parseNetworkRequest(
  input: URLSearchParams | Record<string, string | string[] | undefined>,
): NetworkRequest {
  const params =
    input instanceof URLSearchParams
      ? input
      : new URLSearchParams(
          Object.entries(input).flatMap(([name, value]) =>
            value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => [name, v]),
          ),
        );
  const chartInput: ChartRequestInput = params;
  const { filters, problems } = parseFilters(["city", "sector", "unit", "years"], chartInput);
  const edges: EdgeKind[] = [];
  for (const raw of params.getAll("edges").flatMap((value) => value.split(","))) {
    if (raw === "") continue;
    const result = edgeKindSchema.safeParse(raw);
    if (result.success) {
      if (!edges.includes(result.data)) edges.push(result.data);
    } else problems.push({ parameter: "edges", message: `edges "${raw}" ${result.error.issues[0]?.message}` });
  }
  let focus: string | null = null;
  const focusValues = params.getAll("focus").filter(Boolean);
  if (focusValues.length > 1) problems.push({ parameter: "focus", message: "focus was given more than once" });
  else if (focusValues.length === 1) {
    const result = focusSchema.safeParse(focusValues[0]);
    if (result.success) focus = result.data;
    else problems.push({ parameter: "focus", message: `focus ${result.error.issues[0]?.message}` });
  }
  return {
    filters,
    edges: edges.length === 0 ? [...EDGE_KINDS] : EDGE_KINDS.filter((kind) => edges.includes(kind)),
    focus,
    problems,
  };
}

/** The request as a query string, in canonical order (for links, exports and cache keys). */
export function networkQueryString(request: Pick<NetworkRequest, "filters" | "edges" | "focus">): string {
  const params = filtersToSearchParams(request.filters);
  if (request.edges.length < EDGE_KINDS.length) params.set("edges", request.edges.join(","));
  if (request.focus) params.set("focus", request.focus);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Keeps only the edges of the kinds asked for, and the nodes they touch (a focus node always stays). */
export function selectEdgeKinds(graph: NetworkGraph, kinds: readonly EdgeKind[], keep: string | null): NetworkGraph {
  if (kinds.length === EDGE_KINDS.length) return graph;
  const edges = graph.edges.filter((edge) => kinds.includes(edge.kind));
  const touched = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  if (keep) touched.add(keep);
  return { ...graph, nodes: graph.nodes.filter((node) => touched.has(node.id)), edges };
}
