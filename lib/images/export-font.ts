import "server-only";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import subsetFont from "subset-font";
import { z } from "zod";
import { distinctCharacters, unicodeRangeOf, type ExportFontFace, type ExportFontWeight } from "@/lib/export/fonts";

// Noto Sans SC from @fontsource/noto-sans-sc, as Google Fonts slices it: about a hundred files of a
// few hundred glyphs each, with the code points of each in unicode.json. A request takes only the
// slices holding its characters and cuts each down to them with harfbuzz (subset-font), so an
// exported SVG carries a few kilobytes of font, not the 8 MB of the whole typeface.

type Slice = { name: string; ranges: [number, number][] };

// Resolved from the project root at run time: Next.js bundles server code into .next/, where a
// path relative to this file would not exist.
const packageDir = path.dirname(
  createRequire(path.join(process.cwd(), "package.json")).resolve("@fontsource/noto-sans-sc/package.json"),
);

let slicesPromise: Promise<Slice[]> | null = null;
function slices(): Promise<Slice[]> {
  slicesPromise ??= readFile(path.join(packageDir, "unicode.json"), "utf8").then((text) =>
    Object.entries(z.record(z.string(), z.string()).parse(JSON.parse(text)))
      .map(([name, ranges]) => ({
        name: name.replace(/^\[(\d+)\]$/, "$1"),
        ranges: ranges.split(",").map((range): [number, number] => {
          const [start, end = start] = range.trim().replace(/^U\+/i, "").split("-");
          return [parseInt(start!, 16), parseInt(end!, 16)];
        }),
      }))
      // Latin first, so a line of English is drawn from one slice, not split between two.
      .sort((a, b) => Number(b.name === "latin") - Number(a.name === "latin")),
  );
  return slicesPromise;
}

const sliceFiles = new Map<string, Promise<Buffer>>();
function sliceFile(name: string, weight: ExportFontWeight): Promise<Buffer> {
  const file = path.join(packageDir, "files", `noto-sans-sc-${name}-${weight}-normal.woff`);
  let buffer = sliceFiles.get(file);
  if (!buffer) {
    buffer = readFile(file);
    sliceFiles.set(file, buffer);
    buffer.catch(() => sliceFiles.delete(file));
  }
  return buffer;
}

/** The characters of `text` grouped by the font slice that draws them; characters no slice has are dropped. */
async function groupBySlice(text: string): Promise<Map<string, string>> {
  const groups = new Map<string, string>();
  const all = await slices();
  for (const character of distinctCharacters(text)) {
    const code = character.codePointAt(0)!;
    const slice = all.find((s) => s.ranges.some(([start, end]) => code >= start && code <= end));
    if (slice) groups.set(slice.name, (groups.get(slice.name) ?? "") + character);
  }
  return groups;
}

export type SubsetFace = { slice: string; weight: ExportFontWeight; characters: string; data: Buffer };

/**
 * Noto Sans SC cut to the characters of `text`, one face per slice and weight, in `format`:
 * woff for SVGs and the browser, truetype for the Open Graph renderer (satori reads no woff2).
 */
export async function subsetExportFont(
  text: string,
  weights: readonly ExportFontWeight[],
  format: "woff" | "truetype",
): Promise<SubsetFace[]> {
  const groups = await groupBySlice(text);
  const jobs = weights.flatMap((weight) =>
    [...groups].map(async ([name, characters]) => ({
      slice: name,
      weight,
      characters,
      // The space too, where the slice has one: a renderer that switches fonts mid-line (satori)
      // measures the space after a run in that run's font.
      data: await subsetFont(await sliceFile(name, weight), `${characters} `, { targetFormat: format }),
    })),
  );
  return Promise.all(jobs);
}

/** The faces an exported SVG embeds (see fontFaceCss). */
export async function exportFontFaces(text: string, weights: readonly ExportFontWeight[]): Promise<ExportFontFace[]> {
  const faces = await subsetExportFont(text, weights, "woff");
  return faces.map((face) => ({
    weight: face.weight,
    unicodeRange: unicodeRangeOf(face.characters),
    woffBase64: face.data.toString("base64"),
  }));
}
