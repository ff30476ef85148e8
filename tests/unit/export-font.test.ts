import { PNG } from "pngjs";
import { describe, expect, test } from "vitest";
import type { ChartContext } from "@/lib/charts/build";
import { buildChart } from "@/lib/data/charts/registry";
import { chartExportCharacters, distinctCharacters, fontFaceCss, unicodeRangeOf } from "@/lib/export/fonts";
import { composeChartSvg } from "@/lib/export/svg";
import { renderChartOgImage } from "@/lib/images/chart-og-image";
import { exportFontFaces, subsetExportFont } from "@/lib/images/export-font";

const context: ChartContext = {
  filters: {},
  names: {},
  asOf: new Date("2025-06-30T10:00:00Z"),
  generatedAt: new Date("2025-07-01T08:00:00Z"),
  supportsYears: true,
};

/** The by-city chart with the first city named `name`: the card draws it as a bar label. */
const chartWithCity = (name: string) =>
  buildChart(
    "startups-by-city",
    {
      total: 5,
      cities: [
        { slug: "hangzhou", name, count: 4 },
        { slug: "beijing", name: "Beijing", count: 1 },
      ],
      reported: [],
    },
    context,
  );

async function pixels(chartName: string): Promise<Buffer> {
  const response = await renderChartOgImage(chartWithCity(chartName));
  expect(response.headers.get("content-type")).toBe("image/png");
  return PNG.sync.read(Buffer.from(await response.arrayBuffer())).data;
}

describe("the export font", () => {
  test("characters are listed once, in code point order, and unicode-range names exactly them", () => {
    expect(distinctCharacters("杭州 Hangzhou 杭州")).toBe(" Haghnouz州杭");
    expect(unicodeRangeOf("abc杭e")).toBe("U+61-63,U+65,U+676d");
    const characters = chartExportCharacters(chartWithCity("杭州"));
    expect(characters).toContain("杭");
    expect(characters).toContain("~");
  });

  test("cuts Noto Sans SC to the characters asked for, Chinese included", async () => {
    const faces = await subsetExportFont("Hangzhou 杭州", [400, 700], "truetype");
    const covered = faces.filter((face) => face.weight === 400).flatMap((face) => [...face.characters]);
    expect(covered.sort()).toEqual([..." Haghnouz州杭"].sort());
    // A few kilobytes per slice, not the hundreds of a whole slice or the megabytes of the font.
    for (const face of faces) expect(face.data.length).toBeLessThan(20_000);
    // TrueType ("true" or 0x00010000), which satori reads.
    expect([0x00010000, 0x74727565]).toContain(faces[0]!.data.readUInt32BE(0));
  });

  test("an exported SVG embeds the font as @font-face rules covering its Chinese", async () => {
    const chart = chartWithCity("杭州");
    const faces = await exportFontFaces(chartExportCharacters(chart), [400, 700]);
    const panel = {
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="100"/>',
      width: 600,
      height: 100,
    };
    const { svg } = composeChartSvg({ chart, panels: [panel], fontCss: fontFaceCss(faces) });
    expect(svg).toMatch(/^<svg[^>]+font-family="'Noto Sans SC',/);
    expect(svg).toContain("<style>@font-face{font-family:'Noto Sans SC'");
    expect(svg).toContain("src:url(data:font/woff;base64,");
    const ranges = faces.map((face) => face.unicodeRange).join(",");
    expect(ranges).toMatch(/U\+676d/); // 杭
    expect(ranges).toMatch(/U\+5dde/); // 州
  });
});

describe("the Open Graph card", () => {
  test("draws Chinese names: the card differs from the CJK-stripped one and between two Chinese names", async () => {
    const [chinese, stripped, otherChinese] = await Promise.all([pixels("杭州"), pixels(""), pixels("北京")]);
    expect(chinese.equals(stripped)).toBe(false);
    // Missing glyphs would draw both names as the same two boxes; real glyphs differ.
    expect(chinese.equals(otherChinese)).toBe(false);
  });
});
