import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { ChartPanelDrawing, ChartPanelSvg } from "@/components/charts/chart-svg";
import { labelEvery, splitLabel, textWidth } from "@/lib/charts/geometry";
import type { ChartPanel } from "@/lib/charts/types";

const years: ChartPanel = {
  id: "main",
  layout: "columns",
  stacked: false,
  valueAxisLabel: "Start-ups founded",
  valueFormat: "integer",
  categoryAxisLabel: "Year founded",
  series: [{ key: "count", label: "Start-ups founded", color: "#0072b2" }],
  rows: Array.from({ length: 13 }, (_, i) => ({
    key: String(2012 + i),
    label: String(2012 + i),
    values: { count: i % 4 },
  })),
};

const investors: ChartPanel = {
  id: "main",
  layout: "bars",
  stacked: false,
  valueAxisLabel: "Rounds",
  valueFormat: "usd",
  series: [{ key: "amount", label: "Amount", color: "#0072b2" }],
  rows: [
    { key: "a", label: "Alibaba Group Holding Limited Strategic Investment", values: { amount: 1_500_000_000 } },
    { key: "b", label: "Sequoia", values: { amount: 12_000_000 } },
    { key: "c", label: "Not reported", values: { amount: null }, valueLabels: { amount: "not reported" }, muted: true },
  ],
};

/** Text of every element of a class, in document order. */
function texts(markup: string, className: string): string[] {
  return [...markup.matchAll(new RegExp(`<text[^>]*class="${className}"[^>]*>(.*?)</text>`, "g"))].map((m) =>
    m[1]!.replace(/<[^>]+>/g, " ").trim(),
  );
}

describe("server-drawn chart panels", () => {
  test("a column chart is plain SVG with a bar and a tooltip text per year, every label at full width", () => {
    const markup = renderToStaticMarkup(<ChartPanelSvg panel={years} width={1040} compact={false} />);
    expect(markup).toMatch(/^<svg [^>]*viewBox="0 0 1040 300"/);
    expect(markup.match(/<rect /g)).toHaveLength(13);
    expect(markup).toContain('data-tip="2015: 3"');
    expect(texts(markup, "chart-category-label")).toEqual(years.rows.map((r) => r.label));
    // Zero columns carry no "0" label.
    expect(texts(markup, "chart-value-label")).toEqual(
      years.rows.map((r) => String(r.values.count)).filter((v) => v !== "0"),
    );
  });

  test("on a phone, year labels are thinned so they never touch, and the latest year keeps its label", () => {
    const markup = renderToStaticMarkup(<ChartPanelSvg panel={years} width={360} compact={false} />);
    const labels = texts(markup, "chart-category-label");
    expect(labels.length).toBeLessThan(13);
    expect(labels.at(-1)).toBe("2024");
    const xs = [...markup.matchAll(/<text[^>]*class="chart-category-label" x="([\d.]+)"/g)].map((m) => Number(m[1]));
    const gaps = xs.slice(1).map((x, i) => x - xs[i]!);
    expect(Math.min(...gaps)).toBeGreaterThan(textWidth("2024", 11));
  });

  test("long names wrap to two lines with an ellipsis; missing values are labelled, drawn empty and grey", () => {
    const markup = renderToStaticMarkup(<ChartPanelSvg panel={investors} width={360} compact={false} />);
    const names = [...markup.matchAll(/<text[^>]*class="chart-category-label"[^>]*>(.*?)<\/text>/g)].map((m) => m[1]!);
    expect(names[0]!.match(/<tspan/g)).toHaveLength(2);
    expect(names[0]).toContain("…");
    expect(texts(markup, "chart-value-label")).toEqual(["US$1.5bn", "US$12m", "not reported"]);
    expect(markup).toContain('fill="#a7a7a7"');
  });

  test("a panel is drawn once per width, each shown by a container query", () => {
    const markup = renderToStaticMarkup(<ChartPanelDrawing panel={years} />);
    expect(markup.match(/data-drawing="\d+"/g)).toEqual([
      'data-drawing="360"',
      'data-drawing="560"',
      'data-drawing="800"',
      'data-drawing="1040"',
    ]);
  });

  test("as markup, a panel's drawings are one element's inner HTML, the same as the drawn tree", () => {
    const tree = renderToStaticMarkup(<ChartPanelDrawing panel={investors} />);
    const element = ChartPanelDrawing({ panel: investors, asMarkup: true });
    const props = element.props as { children?: unknown; dangerouslySetInnerHTML?: { __html: string } };
    // One element for React to hydrate: no child elements, the SVG is a string.
    expect(props.children).toBeUndefined();
    expect(props.dangerouslySetInnerHTML!.__html.match(/<svg /g)).toHaveLength(4);
    expect(renderToStaticMarkup(element)).toBe(tree);
  });
});

describe("label geometry", () => {
  test("labelEvery labels every category when they fit and thins when they do not", () => {
    expect(labelEvery(60, 30)).toBe(1);
    expect(labelEvery(20, 30)).toBe(2);
    expect(labelEvery(10, 30)).toBe(4);
  });

  test("splitLabel keeps short labels, breaks at a space and cuts the rest", () => {
    expect(splitLabel("Hangzhou", 100, 12)).toEqual(["Hangzhou"]);
    const [first, second] = splitLabel("Hillhouse Capital Group Venture Partners Fund", 90, 12);
    expect(textWidth(first!, 12)).toBeLessThanOrEqual(90);
    expect(second!.endsWith("…")).toBe(true);
    expect(splitLabel("阿里巴巴创业者基金投资有限公司", 60, 12)[0]).toHaveLength(5);
  });
});
