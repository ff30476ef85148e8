import { createTranslator } from "next-intl";
import { buildSourceLine, describeAlumniIn, describeFilters, type ResolvedFilterNames } from "../charts/build";
import type { ChartFilters } from "../charts/request";
import { chartWords } from "../charts/words";
import { csvLine, UTF8_BOM } from "../export/csv";
import { defaultLocale, type Locale } from "../i18n/locales";
import { messages } from "../i18n/messages";
import {
  EDGE_KINDS,
  NODE_KINDS,
  type EdgeKind,
  type NetworkEdge,
  type NetworkGraph,
  type NetworkNode,
  type NodeKind,
} from "./types";

// The words that travel with the network wherever it goes: page, image, CSV, embed, in the
// language asked for. Server-side: every message of the site is imported.

/** The translator of the "network" messages for a locale. */
export function networkWords(locale: Locale = defaultLocale) {
  return createTranslator({ locale, messages: messages[locale], namespace: "network" });
}

/** What each kind of node and of connection is called, in a language (plain maps, for client components too). */
export function networkKindLabels(locale: Locale = defaultLocale): {
  nodes: Record<NodeKind, string>;
  edges: Record<EdgeKind, string>;
} {
  const t = networkWords(locale);
  return {
    nodes: Object.fromEntries(NODE_KINDS.map((kind) => [kind, t(`nodeKinds.${kind}`)])) as Record<NodeKind, string>,
    edges: Object.fromEntries(EDGE_KINDS.map((kind) => [kind, t(`edgeKinds.${kind}`)])) as Record<EdgeKind, string>,
  };
}

export type NetworkText = {
  title: string;
  subtitle: string;
  filterSummary: string | null;
  alumniDefinition: string;
  sourceLine: string;
  /** What the reader must know to read the picture: aggregation, left-out records. */
  notes: string[];
  date: string;
  /** "Drawn <date>. Layout: ForceAtlas2.", the image's last line. */
  drawn: string;
  locale: Locale;
  kinds: ReturnType<typeof networkKindLabels>;
};

export function describeNetwork(
  graph: NetworkGraph,
  context: {
    filters: ChartFilters;
    names: ResolvedFilterNames;
    focus: string | null;
    asOf: string | null;
    today: string;
  },
  locale: Locale = defaultLocale,
): NetworkText {
  const { filters, names, focus } = context;
  const t = networkWords(locale);
  const chart = chartWords(locale);
  const alumniDefinition = describeAlumniIn(chart, filters, filters.unit ? localUnitName(names, locale) : null);
  const focusNode = focus ? graph.nodes.find((node) => node.id === focus) : undefined;
  const name = focusNode?.label ?? focus ?? "";
  const title = focus ? t("text.focusTitle", { name }) : t("text.title");
  const subtitle = focus
    ? t("text.focusSubtitle", { name, alumni: alumniDefinition })
    : t("text.subtitle", { alumni: alumniDefinition });
  const notes: string[] = [];
  if (graph.aggregated) notes.push(t("text.aggregated", graph.aggregated));
  if (graph.alumniLeftOut !== null) notes.push(chart("alumni.leftOut", { count: graph.alumniLeftOut }));
  return {
    title,
    subtitle,
    filterSummary: describeFilters({ years: "founded" }, filters, names, chart, locale),
    alumniDefinition,
    sourceLine: buildSourceLine(context.asOf, [], alumniDefinition, chart),
    notes,
    date: context.today,
    drawn: t("text.drawn", { date: context.today }),
    locale,
    kinds: networkKindLabels(locale),
  };
}

function localUnitName(names: ResolvedFilterNames, locale: Locale): string | undefined {
  return (locale === "zh" ? names.unitZh : undefined) ?? names.unit;
}

function header(text: NetworkText, what: "nodes" | "edges"): string {
  const t = networkWords(text.locale);
  const comment = (line: string) => `# ${line.replace(/[\r\n]+/g, " ")}\r\n`;
  return (
    comment(`${text.title}${text.locale === "zh" ? "：" : ": "}${t(`csv.${what}`)}`) +
    comment(text.subtitle) +
    (text.filterSummary ? comment(t("csv.filters", { filters: text.filterSummary })) : "") +
    comment(t("csv.definition", { definition: text.alumniDefinition })) +
    comment(text.sourceLine) +
    text.notes.map((note) => comment(t("csv.note", { note }))).join("") +
    comment(t("csv.generated", { date: text.date }))
  );
}

export function networkNodesCsv(graph: NetworkGraph, text: NetworkText, origin = ""): string {
  return (
    UTF8_BOM +
    header(text, "nodes") +
    csvLine(
      (["id", "kind", "name", "startups", "profile", "x", "y"] as const).map((column) =>
        networkWords(text.locale)(`csv.nodeColumns.${column}`),
      ),
    ) +
    graph.nodes
      .map((node) =>
        csvLine([
          node.id,
          text.kinds.nodes[node.kind],
          node.label,
          node.weight,
          node.href ? `${origin}${node.href}` : "",
          node.x,
          node.y,
        ]),
      )
      .join("")
  );
}

export type EdgeRow = { source: NetworkNode; kind: NetworkEdge["kind"]; target: NetworkNode; weight: number };

/** The edges with their nodes, in the order the table and the CSV both use. */
export function edgeRows(graph: NetworkGraph, locale: Locale = defaultLocale): EdgeRow[] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  return graph.edges
    .flatMap((edge) => {
      const source = byId.get(edge.source);
      const target = byId.get(edge.target);
      return source && target ? [{ source, kind: edge.kind, target, weight: edge.weight }] : [];
    })
    .sort(
      (a, b) =>
        a.source.label.localeCompare(b.source.label, locale) ||
        a.kind.localeCompare(b.kind) ||
        a.target.label.localeCompare(b.target.label, locale),
    );
}

export function networkEdgesCsv(graph: NetworkGraph, text: NetworkText): string {
  return (
    UTF8_BOM +
    header(text, "edges") +
    csvLine(
      (["sourceId", "source", "relation", "targetId", "target", "weight"] as const).map((column) =>
        networkWords(text.locale)(`csv.edgeColumns.${column}`),
      ),
    ) +
    edgeRows(graph, text.locale)
      .map((row) =>
        csvLine([
          row.source.id,
          row.source.label,
          text.kinds.edges[row.kind],
          row.target.id,
          row.target.label,
          row.weight,
        ]),
      )
      .join("")
  );
}
