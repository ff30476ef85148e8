import { formatUsd } from "../format/money";
import { formatInteger } from "../format/numbers";
import type { Locale } from "../i18n/locales";
import type { ValueFormat } from "./types";

// Measurements the server-drawn charts need without a browser to measure text in: estimated text
// widths, label wrapping, and how sparsely to label an axis so that labels never run together.

/**
 * The widths a panel is drawn at; the page shows the one nearest its container (CSS container
 * queries), so a chart needs no script to fit a phone, a dashboard card or the chart page.
 */
export const DRAWING_WIDTHS = [360, 560, 800, 1040] as const;
export type DrawingWidth = (typeof DRAWING_WIDTHS)[number];

const WIDE_CHARACTER = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** A generous estimate of a label's width in the sans-serif UI font: CJK is square, Latin about 0.58 em. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const character of text) ems += WIDE_CHARACTER.test(character) ? 1 : /[A-Z%$—–MW]/.test(character) ? 0.68 : 0.56;
  return Math.ceil(ems * fontSize);
}

/** Splits a label into at most two lines that fit `maxWidth`, cutting the second with an ellipsis. */
export function splitLabel(label: string, maxWidth: number, fontSize: number): string[] {
  if (textWidth(label, fontSize) <= maxWidth) return [label];
  const fits = (text: string) => textWidth(text, fontSize) <= maxWidth;
  const words = label.split(" ");
  let first = "";
  for (const word of words) {
    const candidate = first ? `${first} ${word}` : word;
    if (!fits(candidate)) break;
    first = candidate;
  }
  // One long word (or CJK without spaces): cut it where it stops fitting.
  if (!first) first = truncate(label, maxWidth, fontSize, "");
  const rest = label.slice(first.length).trim();
  return rest ? [first, fits(rest) ? rest : truncate(rest, maxWidth, fontSize, "…")] : [first];
}

function truncate(text: string, maxWidth: number, fontSize: number, suffix: string): string {
  const characters = [...text];
  while (characters.length > 1 && textWidth(characters.join("") + suffix, fontSize) > maxWidth) characters.pop();
  return characters.join("").trimEnd() + suffix;
}

/**
 * Every how-many-th category to label so labels of `labelWidth` at `step` apart keep a gap: 1 when
 * all fit, 2 for every other year, and so on. Counted back from the last, so the latest is labelled.
 */
export function labelEvery(step: number, labelWidth: number, gap = 6): number {
  return Math.max(1, Math.ceil((labelWidth + gap) / Math.max(step, 1)));
}

/** An axis tick or value label in the chart's language: "US$20m" in English, "2000万美元" in 中文. */
export function formatTick(value: number, format: ValueFormat, locale: Locale = "en"): string {
  if (format === "percent") return `${value}%`;
  if (format === "usd") return value === 0 ? "0" : formatUsd(value, locale);
  return formatInteger(value, locale);
}
