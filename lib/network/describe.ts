import { describeAlumni, describeLeftOut } from "../charts/alumni";
import { buildSourceLine, describeFilters, type ResolvedFilterNames } from "../charts/build";
import type { ChartFilters } from "../charts/request";
import { csvLine, UTF8_BOM } from "../export/csv";
import { EDGE_LABELS, NODE_LABELS, type NetworkEdge, type NetworkGraph, type NetworkNode } from "./types";

// The words that travel with the network wherever it goes: page, image, CSV, embed.

export type NetworkText = {
  title: string;
  subtitle: string;
  filterSummary: string | null;
  alumniDefinition: string;
  sourceLine: string;
  /** What the reader must know to read the picture: aggregation, left-out records. */
  notes: string[];
  date: string;
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
): NetworkText {
  const { filters, names, focus } = context;
  const alumniDefinition = describeAlumni(filters, filters.unit ? names.unit : null);
  const focusNode = focus ? graph.nodes.find((node) => node.id === focus) : undefined;
  const title = focus
    ? `${focusNode?.label ?? focus}'s network`
    : "The Alibaba alumni network: founders, start-ups, investors and units";
  const subtitle = focus
    ? `Everything within two steps of ${focusNode?.label ?? focus} (${alumniDefinition})`
    : `Who worked where at Alibaba, what they founded and who backed them (${alumniDefinition})`;
  const notes: string[] = [];
  if (graph.aggregated) {
    notes.push(
      `${graph.aggregated.startups.toLocaleString("en")} start-ups are more than the ${graph.aggregated.budget} this view draws one by one: it shows Alibaba units (sized by the start-ups their alumni founded) and the top ${graph.aggregated.topInvestors} investors, each linked to the ${graph.aggregated.unitsPerInvestor} units whose alumni it backed most (and each unit to its strongest backer), each edge counting the start-ups behind it. Filter or open a node's own network to see single start-ups.`,
    );
  }
  if (graph.alumniLeftOut !== null) notes.push(describeLeftOut(graph.alumniLeftOut));
  return {
    title,
    subtitle,
    filterSummary: describeFilters({ years: "founded" }, filters, names),
    alumniDefinition,
    sourceLine: buildSourceLine(context.asOf, [], alumniDefinition),
    notes,
    date: context.today,
  };
}

function header(text: NetworkText, what: string): string {
  const comment = (line: string) => `# ${line.replace(/[\r\n]+/g, " ")}\r\n`;
  return (
    comment(`${text.title}: ${what}`) +
    comment(text.subtitle) +
    (text.filterSummary ? comment(`Filters: ${text.filterSummary}`) : "") +
    comment(`Definition: ${text.alumniDefinition}`) +
    comment(text.sourceLine) +
    text.notes.map((note) => comment(`Note: ${note}`)).join("") +
    comment(`Generated ${text.date}`)
  );
}

export function networkNodesCsv(graph: NetworkGraph, text: NetworkText, origin = ""): string {
  return (
    UTF8_BOM +
    header(text, "nodes") +
    csvLine(["id", "kind", "name", "start-ups", "profile", "x", "y"]) +
    graph.nodes
      .map((node) =>
        csvLine([
          node.id,
          NODE_LABELS[node.kind],
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
export function edgeRows(graph: NetworkGraph): EdgeRow[] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  return graph.edges
    .flatMap((edge) => {
      const source = byId.get(edge.source);
      const target = byId.get(edge.target);
      return source && target ? [{ source, kind: edge.kind, target, weight: edge.weight }] : [];
    })
    .sort(
      (a, b) =>
        a.source.label.localeCompare(b.source.label, "en") ||
        a.kind.localeCompare(b.kind) ||
        a.target.label.localeCompare(b.target.label, "en"),
    );
}

export function networkEdgesCsv(graph: NetworkGraph, text: NetworkText): string {
  return (
    UTF8_BOM +
    header(text, "edges") +
    csvLine(["source id", "source", "relation", "target id", "target", "weight"]) +
    edgeRows(graph)
      .map((row) =>
        csvLine([row.source.id, row.source.label, EDGE_LABELS[row.kind], row.target.id, row.target.label, row.weight]),
      )
      .join("")
  );
}
