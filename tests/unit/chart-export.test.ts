import { describe, expect, test } from "vitest";
import { buildChart } from "@/lib/data/charts/registry";
import { chartToCsv, csvCell, exportFileName } from "@/lib/export/csv";
import { composeChartSvg, escapeXml, wrapText, estimateTextWidth } from "@/lib/export/svg";
import { iframeSnippet } from "@/lib/charts/urls";

const chart = buildChart(
  "startups-by-sector",
  {
    total: 3,
    counts: [
      { sector: "ROBOTICS", count: 2 },
      { sector: null, count: 1 },
    ],
  },
  {
    filters: { city: "hangzhou" },
    names: { city: "Hangzhou" },
    asOf: new Date("2025-06-30"),
    generatedAt: new Date("2025-07-01T00:00:00Z"),
    supportsYears: true,
  },
);

describe("CSV", () => {
  test("quotes what needs quoting and defuses spreadsheet formulas", () => {
    expect(csvCell('He said "hi", then left')).toBe('"He said ""hi"", then left"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell(-1)).toBe("-1");
    expect(csvCell(null)).toBe("");
  });

  test("starts with comment lines naming the chart, filters, source and date, then the table", () => {
    const lines = chartToCsv(chart, { url: "https://atlas.example/charts/startups-by-sector?city=hangzhou" }).split(
      "\r\n",
    );
    expect(lines[0]).toBe("# Start-ups by sector");
    expect(lines).toContain("# Filters: Hangzhou");
    expect(lines).toContain(
      "# Source: Alumni Atlas database, data as of 2025-06-30 (alumni = founders with any stint at Alibaba Group)",
    );
    expect(lines).toContain("# Definition: alumni = founders with any stint at Alibaba Group");
    expect(lines).toContain("# n = 3 start-ups");
    const data = lines.filter((line) => line && !line.startsWith("#"));
    expect(data).toEqual(["Sector,Start-ups", "Robotics,2", "Sector not reported,1"]);
  });

  test("the clean variant is the same table with no comment lines, for Sheets and Datawrapper", () => {
    const clean = chartToCsv(chart, { url: "https://atlas.example/c", variant: "clean" });
    expect(clean).not.toMatch(/^#/m);
    expect(clean.split("\r\n")).toEqual(["Sector,Start-ups", "Robotics,2", "Sector not reported,1", ""]);
  });

  test("file names carry the filters", () => {
    expect(exportFileName(chart, "csv")).toBe("startups-by-sector_city-hangzhou.csv");
    expect(exportFileName(chart, "png", "plain")).toBe("startups-by-sector_city-hangzhou_plain.png");
  });
});

describe("SVG export", () => {
  const panel = {
    svg: '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200" viewBox="0 0 600 200"><rect width="10" height="10"/></svg>',
    width: 600,
    height: 200,
  };

  test("frames the chart with title, subtitle, n, notes, source and date", () => {
    const { svg, width, height } = composeChartSvg({ chart, panels: [panel], url: "https://atlas.example/c" });
    expect(width).toBe(648);
    expect(height).toBeGreaterThan(200 + 100);
    expect(svg).toContain(">Start-ups by sector</text>");
    expect(svg).toContain("Alumni Atlas database, data as of 2025-06-30");
    expect(svg).toContain("n = 3 start-ups");
    expect(svg).toContain("generated 2025-07-01");
    expect(svg).toContain('<svg x="24" y="');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  test("the plain variant keeps only the chart", () => {
    const { svg } = composeChartSvg({ chart, panels: [panel], plain: true });
    expect(svg).not.toContain(">Start-ups by sector</text>");
    expect(svg).not.toContain("data as of");
    expect(svg).toContain('<rect width="10" height="10"/>');
  });

  test("escapes text and wraps long lines within the width", () => {
    expect(escapeXml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
    const lines = wrapText("word ".repeat(60), 300, 12, estimateTextWidth);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(300);
  });
});

test("the iframe snippet escapes the title and uses an absolute URL", () => {
  expect(
    iframeSnippet({
      origin: "https://atlas.example",
      path: "/embed/charts/top-investors?city=hangzhou",
      title: 'A "quoted" <title>',
    }),
  ).toBe(
    '<iframe src="https://atlas.example/embed/charts/top-investors?city=hangzhou" title="A &quot;quoted&quot; &lt;title&gt;" width="100%" height="520" style="border:0;max-width:100%" loading="lazy"></iframe>',
  );
});
