import { distinctCharacters } from "../export/fonts";
import { EXPORT_FONT_STACK, escapeXml, estimateTextWidth, wrapText, type MeasureText } from "../export/svg";
import {
  EDGE_KINDS,
  EDGE_LABELS,
  NODE_COLORS,
  NODE_KINDS,
  NODE_LABELS,
  edgeEmphasis,
  type EdgeKind,
  type NetworkGraph,
  type NodeKind,
} from "./types";

// The network as a standalone SVG image, framed like the charts' exports: title, subtitle (with the
// alumni definition), legend, the drawing, the source line and the date. Built from the laid-out
// positions alone, so the server writes the .svg and the browser rasterises the same text to PNG.

export type NetworkImageText = {
  title: string;
  subtitle: string;
  sourceLine: string;
  date: string;
  note?: string;
  /** The last line ("Drawn <date>. Layout: ForceAtlas2."), in the image's language; English when absent. */
  drawn?: string;
  /** What the legend calls each kind of node, and each connection's tooltip; English when absent. */
  nodeKinds?: Record<NodeKind, string>;
  edgeKinds?: Record<EdgeKind, string>;
};

const FONT = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans CJK SC', 'PingFang SC', sans-serif`;

export function networkToSvg(
  graph: NetworkGraph,
  text: NetworkImageText,
  options: {
    width?: number;
    measure?: MeasureText;
    labelLimit?: number;
    /** @font-face rules carrying the export's own font (networkSvgCharacters says which characters); without them, the system's. */
    fontCss?: string;
  } = {},
): { svg: string; width: number; height: number } {
  const width = options.width ?? 1200;
  const measure = options.measure ?? estimateTextWidth;
  const margin = 32;
  const kindLabels = text.nodeKinds ?? NODE_LABELS;
  const edgeLabels = text.edgeKinds ?? EDGE_LABELS;
  const titleLines = wrapText(text.title, width - 2 * margin, 24, measure, true);
  const subtitleLines = wrapText(text.subtitle, width - 2 * margin, 15, measure);
  let y = margin;
  const parts: string[] = [];
  for (const line of titleLines) {
    y += 28;
    parts.push(
      `<text x="${margin}" y="${y}" font-size="24" font-weight="700" fill="#111827">${escapeXml(line)}</text>`,
    );
  }
  for (const line of subtitleLines) {
    y += 21;
    parts.push(`<text x="${margin}" y="${y}" font-size="15" fill="#374151">${escapeXml(line)}</text>`);
  }
  // Legend: one swatch per node kind.
  y += 26;
  let x = margin;
  for (const kind of NODE_KINDS) {
    parts.push(`<circle cx="${x + 6}" cy="${y - 5}" r="6" fill="${NODE_COLORS[kind]}"/>`);
    parts.push(`<text x="${x + 18}" y="${y}" font-size="13" fill="#374151">${escapeXml(kindLabels[kind])}</text>`);
    x += 30 + measure(kindLabels[kind], 13);
  }
  const plotTop = y + 16;
  const plotHeight = Math.round(width * 0.62);
  const plot = { left: margin, top: plotTop, width: width - 2 * margin, height: plotHeight };

  const xs = graph.nodes.map((node) => node.x);
  const ys = graph.nodes.map((node) => node.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(plot.width / Math.max(maxX - minX, 1), plot.height / Math.max(maxY - minY, 1)) * 0.92;
  const position = new Map(
    graph.nodes.map((node) => [
      node.id,
      {
        // y grows downwards in SVG and upwards in the layout (and in sigma).
        x: plot.left + plot.width / 2 + (node.x - (minX + maxX) / 2) * scale,
        y: plot.top + plot.height / 2 - (node.y - (minY + maxY) / 2) * scale,
      },
    ]),
  );
  const edgeColor: Record<(typeof EDGE_KINDS)[number], string> = {
    "worked-at": "#c4b5fd",
    founded: "#93c5fd",
    "invested-in": "#86efac",
    "part-of": "#d1d5db",
  };
  parts.push(`<g stroke-opacity="0.8">`);
  const maxWeight = Math.max(1, ...graph.edges.map((edge) => edge.weight));
  for (const edge of graph.edges) {
    const a = position.get(edge.source);
    const b = position.get(edge.target);
    if (!a || !b) continue;
    parts.push(
      `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${edgeColor[edge.kind]}" stroke-width="${(1 + 2.5 * edgeEmphasis(edge.weight, maxWeight)).toFixed(2)}"><title>${escapeXml(`${edge.source} ${edgeLabels[edge.kind]} ${edge.target}`)}</title></line>`,
    );
  }
  parts.push(`</g>`);
  // Labels for the largest nodes only, so the picture stays legible.
  const labelLimit = options.labelLimit ?? 60;
  const labelled = new Set(
    [...graph.nodes]
      .sort((a, b) => b.size - a.size || a.id.localeCompare(b.id))
      .slice(0, labelLimit)
      .map((node) => node.id),
  );
  for (const node of graph.nodes) {
    const p = position.get(node.id)!;
    const r = Math.max(2.5, node.size * 0.55);
    parts.push(
      `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r.toFixed(1)}" fill="${NODE_COLORS[node.kind]}" stroke="#ffffff" stroke-width="1"><title>${escapeXml(node.label)}</title></circle>`,
    );
    if (labelled.has(node.id)) {
      parts.push(
        `<text x="${(p.x + r + 3).toFixed(1)}" y="${(p.y + 4).toFixed(1)}" font-size="11" fill="#111827">${escapeXml(node.label)}</text>`,
      );
    }
  }
  y = plotTop + plotHeight + 8;
  const footer = [
    ...(text.note ? [text.note] : []),
    text.sourceLine,
    text.drawn ?? `Drawn ${text.date}. Layout: ForceAtlas2.`,
  ];
  for (const line of footer.flatMap((t) => wrapText(t, width - 2 * margin, 12, measure))) {
    y += 17;
    parts.push(`<text x="${margin}" y="${y}" font-size="12" fill="#4b5563">${escapeXml(line)}</text>`);
  }
  const height = y + margin;
  const font = options.fontCss ? EXPORT_FONT_STACK : FONT;
  const style = options.fontCss ? `<style>${options.fontCss}</style>` : "";
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(font)}" role="img" aria-label="${escapeXml(text.title)}">${style}<rect width="100%" height="100%" fill="#ffffff"/>${parts.join("")}</svg>`;
  return { svg, width, height };
}

/** Every character a drawn network shows: its texts' (the font embedded in it is cut to these). */
export function networkSvgCharacters(svg: string): string {
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
  return distinctCharacters(unescapeXml(texts.join(" ")));
}

function unescapeXml(text: string): string {
  return text
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'")
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");
}
