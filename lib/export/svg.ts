import type { ChartData } from "../charts/types";
import { figureWords, fill } from "../charts/figure-words";
import { EXPORT_FONT_FAMILY } from "./fonts";

// Builds the exported image: the chart's own SVG panels (serialised from the page) framed by the
// title, subtitle, legend, notes, source line and date, so the file says what it is wherever it goes.

export type MeasureText = (text: string, fontSize: number, bold?: boolean) => number;

/** A width estimate when no canvas is at hand: CJK characters are square, Latin ones about half. */
export const estimateTextWidth: MeasureText = (text, fontSize, bold = false) => {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    width += code > 0x2e80 ? 1 : /[A-Z0-9]/.test(char) ? 0.62 : /[il.,;:'|!]/.test(char) ? 0.28 : 0.52;
  }
  return width * fontSize * (bold ? 1.06 : 1);
};

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!,
  );
}

// Chinese has no spaces between words: a line may break before any character (but not before the
// punctuation that closes a phrase, which stays with the character before it).
const CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef";
const CLOSING = "，。；：、！？）》」』”’";
const TOKEN = new RegExp(`\\s+|[${CJK}][${CLOSING}]*|[^\\s${CJK}]+`, "g");

/** The pieces a line may break between, each with whether a space separated it from the one before. */
function breakOpportunities(text: string): { word: string; spaced: boolean }[] {
  const pieces: { word: string; spaced: boolean }[] = [];
  let spaced = false;
  for (const [piece] of text.matchAll(TOKEN)) {
    if (/^\s/.test(piece)) spaced = true;
    else {
      pieces.push({ word: piece, spaced });
      spaced = false;
    }
  }
  return pieces;
}

/** Greedy word wrap to a pixel width; a single over-long word gets a line of its own. */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  measure: MeasureText,
  bold = false,
): string[] {
  const lines: string[] = [];
  let line = "";
  for (const { word, spaced } of breakOpportunities(text)) {
    const candidate = line ? `${line}${spaced ? " " : ""}${word}` : word;
    if (line && measure(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export type PanelSvg = { title?: string; svg: string; width: number; height: number };

export type ComposeOptions = {
  chart: ChartData;
  panels: PanelSvg[];
  /** Leave out title, subtitle, notes, source and date: the chart and its legend only. */
  plain?: boolean;
  measure?: MeasureText;
  /** Where the chart lives, printed in the footer. */
  url?: string;
  /** @font-face rules carrying the export's own font (lib/export/fonts.ts); without them, the system's. */
  fontCss?: string;
};

const SYSTEM_FONTS = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans CJK SC', 'PingFang SC', sans-serif`;
/** The export's font stack: the embedded Noto Sans SC first, the system's only for a glyph it lacks. */
export const EXPORT_FONT_STACK = `'${EXPORT_FONT_FAMILY}', ${SYSTEM_FONTS}`;
const INK = "#16181d";
const MUTED = "#5b616e";
const FAINT = "#646a76";
const PAD = 24;

export function composeChartSvg({
  chart,
  panels,
  plain = false,
  measure = estimateTextWidth,
  url,
  fontCss,
}: ComposeOptions): {
  svg: string;
  width: number;
  height: number;
} {
  const width = Math.max(320, ...panels.map((p) => p.width)) + PAD * 2;
  const inner = width - PAD * 2;
  const parts: string[] = [];
  let y = PAD;

  const text = (content: string, size: number, options: { color?: string; bold?: boolean; x?: number } = {}) => {
    parts.push(
      `<text x="${options.x ?? PAD}" y="${y + size}" font-size="${size}" fill="${options.color ?? INK}"${options.bold ? ' font-weight="700"' : ""}>${escapeXml(content)}</text>`,
    );
  };
  const paragraph = (
    content: string,
    size: number,
    lineHeight: number,
    options: { color?: string; bold?: boolean } = {},
  ) => {
    for (const line of wrapText(content, inner, size, measure, options.bold)) {
      text(line, size, options);
      y += lineHeight;
    }
  };

  if (!plain) {
    paragraph(chart.title, 22, 28, { bold: true });
    y += 2;
    paragraph(chart.subtitle, 14, 19, { color: MUTED });
    if (chart.filterSummary)
      paragraph(`${figureWords(chart.locale).filtered}${chart.filterSummary}`, 13, 18, { color: MUTED });
    y += 8;
  }

  // The legend is HTML on the page (outside the panels' SVG), so it is redrawn here.
  const legendSeries = chart.panels.length > 1 ? [] : (chart.panels[0]?.series ?? []);
  if (legendSeries.length > 1 || (chart.key === "startups-by-city" && legendSeries.length > 0)) {
    let x = PAD;
    for (const series of legendSeries) {
      const w = 18 + measure(series.label, 13) + 18;
      if (x + w > width - PAD && x > PAD) {
        x = PAD;
        y += 20;
      }
      parts.push(`<rect x="${x}" y="${y + 2}" width="12" height="12" rx="2" fill="${series.color}"/>`);
      text(series.label, 13, { x: x + 18 });
      x += w;
    }
    y += 26;
  }

  for (const panel of panels) {
    if (panel.title) {
      text(panel.title, 15, { bold: true });
      y += 22;
      const panelData = chart.panels.find((p) => p.title === panel.title);
      if (panelData && panelData.series.length > 1) {
        let x = PAD;
        for (const series of panelData.series) {
          const w = 18 + measure(series.label, 12) + 16;
          if (x + w > width - PAD && x > PAD) {
            x = PAD;
            y += 18;
          }
          parts.push(`<rect x="${x}" y="${y + 2}" width="11" height="11" rx="2" fill="${series.color}"/>`);
          text(series.label, 12, { x: x + 16, color: MUTED });
          x += w;
        }
        y += 22;
      }
    }
    // Nest the panel's own <svg> where it belongs; its viewBox keeps its drawing intact.
    const nested = panel.svg.replace(/^<svg\b/, `<svg x="${PAD}" y="${y}"`);
    parts.push(nested);
    y += panel.height + 12;
  }

  if (!plain) {
    y += 4;
    const words = figureWords(chart.locale);
    paragraph(fill(words.population, { n: chart.population.n, unit: chart.population.unit }), 12, 17, {
      color: MUTED,
      bold: true,
    });
    for (const note of chart.notes) paragraph(fill(words.note, { note }), 12, 17, { color: MUTED });
    y += 4;
    paragraph(chart.sourceLine, 12, 17, { color: INK });
    const generated = chart.generatedAt.slice(0, 10);
    const footer = [
      words.credit,
      fill(words.generated, { date: generated }),
      chart.snapshot ? fill(words.snapshot, { id: chart.snapshot.id }) : null,
      url ?? null,
    ]
      .filter(Boolean)
      .join(" · ");
    paragraph(footer, 11, 16, { color: FAINT });
  }
  y += PAD - 8;

  const height = Math.ceil(y);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${EXPORT_FONT_STACK}" role="img" aria-label="${escapeXml(`${chart.title}. ${chart.altText}`)}">` +
    `<title>${escapeXml(chart.title)}</title><desc>${escapeXml(chart.altText)}</desc>` +
    (fontCss ? `<style>${fontCss}</style>` : "") +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    parts.join("") +
    `</svg>`;
  return { svg, width, height };
}
