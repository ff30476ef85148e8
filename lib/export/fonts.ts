// The typeface every exported image is drawn in: Noto Sans SC, shipped with the app
// (@fontsource/noto-sans-sc), so a chart with Chinese names looks the same whatever fonts the
// machine that draws it has. The server cuts the font down to the characters an image uses
// (lib/images/export-font.ts); this module is what the browser's export and the server share.

import { z } from "zod";
import { figureWords } from "../charts/figure-words";
import { isLocale } from "../i18n/locales";

export const EXPORT_FONT_FAMILY = "Noto Sans SC";
export const EXPORT_FONT_WEIGHTS = [400, 700] as const;
export type ExportFontWeight = (typeof EXPORT_FONT_WEIGHTS)[number];

/** What …/export-font.json answers: the family and its faces, checked as the browser reads it. */
const exportFontResponseSchema = z.object({
  family: z.string(),
  faces: z.array(
    z.object({ weight: z.literal(EXPORT_FONT_WEIGHTS), unicodeRange: z.string(), woffBase64: z.string() }),
  ),
});

/** One slice of the font, cut to the characters asked for, with the range it covers. */
export type ExportFontFace = { weight: ExportFontWeight; unicodeRange: string; woffBase64: string };

/** The distinct characters of `text`, sorted by code point: the font request's canonical form. */
export function distinctCharacters(text: string): string {
  return [...new Set(text.replace(/\s+/g, " "))].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join("");
}

/** A CSS unicode-range listing exactly these characters (consecutive code points joined). */
export function unicodeRangeOf(characters: string): string {
  const codes = [...new Set([...characters].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < codes.length; i++) {
    const start = codes[i]!;
    while (i + 1 < codes.length && codes[i + 1] === codes[i]! + 1) i++;
    const end = codes[i]!;
    const hex = (n: number) => n.toString(16);
    ranges.push(start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`);
  }
  return ranges.join(",");
}

/**
 * The @font-face rules that make an SVG carry its own font: each slice as a data: URL with its
 * unicode-range, so the faces of one family add up to one font. Renderers that open the SVG from a
 * file (browsers, Inkscape, Illustrator) need nothing installed.
 */
export function fontFaceCss(faces: readonly ExportFontFace[], family: string = EXPORT_FONT_FAMILY): string {
  return faces
    .map(
      (face) =>
        `@font-face{font-family:'${family}';font-style:normal;font-weight:${face.weight};` +
        `unicode-range:${face.unicodeRange};src:url(data:font/woff;base64,${face.woffBase64}) format('woff')}`,
    )
    .join("");
}

const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join("");

/**
 * Every character an exported chart can draw: printable ASCII (axis numbers, the footer, the URL)
 * and whatever text the chart's data holds (titles, labels, names, notes, sources), plus the
 * typographic marks the export adds.
 */
export function chartExportCharacters(chart: unknown): string {
  // The words framing the chart ("Note:", the credit line) are in the chart's language too.
  const locale = (chart as { locale?: unknown } | null)?.locale;
  const frame = figureWords(isLocale(locale) ? locale : undefined);
  return distinctCharacters(`${PRINTABLE_ASCII}·–—…‘’“”×%¥€£${JSON.stringify([chart, frame])}`);
}

/**
 * Browser-only: fetches the chart's font faces (GET …/export-font.json) and adds them to the page's
 * fonts, so the canvas measures and draws with the very font the SVG embeds. Answers the CSS the
 * SVG carries.
 */
export async function loadExportFont(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The export font did not load (HTTP ${response.status}).`);
  const { family, faces } = exportFontResponseSchema.parse(await response.json());
  await Promise.all(
    faces.map(async (face) => {
      const bytes = Uint8Array.from(atob(face.woffBase64), (c) => c.charCodeAt(0));
      const fontFace = new FontFace(family, bytes, {
        weight: String(face.weight),
        style: "normal",
        unicodeRange: face.unicodeRange,
      });
      document.fonts.add(await fontFace.load());
    }),
  );
  return fontFaceCss(faces, family);
}
