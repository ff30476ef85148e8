import { describe, expect, test } from "vitest";
import { describeAlumni, parseAlumni } from "@/lib/charts/alumni";
import { describeNetwork, edgeRows, networkEdgesCsv } from "@/lib/network/describe";
import { localizeGraph } from "@/lib/network/localize";
import { networkSvgCharacters, networkToSvg } from "@/lib/network/svg";
import { networkQueryString, parseNetworkRequest, selectEdgeKinds, type NetworkGraph } from "@/lib/network/types";

const graph: NetworkGraph = {
  nodes: [
    { id: "startup:rokid", kind: "startup", label: "Rokid", href: "/startups/rokid", weight: 1, x: 0, y: 0, size: 6 },
    { id: "founder:misa", kind: "founder", label: "Misa Zhu", href: "/founders/misa", weight: 1, x: 1, y: 1, size: 5 },
    { id: "unit:ant", kind: "unit", label: "Ant Group", href: "/units/ant", weight: 1, x: -1, y: 2, size: 5 },
    { id: "investor:idg", kind: "investor", label: "=IDG", href: "/investors/idg", weight: 1, x: 2, y: -1, size: 5 },
  ],
  edges: [
    { source: "founder:misa", target: "startup:rokid", kind: "founded", weight: 1 },
    { source: "founder:misa", target: "unit:ant", kind: "worked-at", weight: 1 },
    { source: "investor:idg", target: "startup:rokid", kind: "invested-in", weight: 2 },
  ],
  aggregated: null,
  startupCount: 1,
  alumniLeftOut: 2,
};

describe("the network's URL", () => {
  test("reads filters, the alumni switch, edge kinds and focus, and reports bad values", () => {
    const request = parseNetworkRequest(
      new URLSearchParams("city=hangzhou&tenure=3&edges=founded,worked-at&focus=startup:rokid&from=abc"),
    );
    expect(request.filters).toEqual({ city: "hangzhou", tenure: 3 });
    expect(request.edges).toEqual(["worked-at", "founded"]);
    expect(request.focus).toBe("startup:rokid");
    expect(request.problems).toEqual([{ parameter: "from", message: "from must be a four-digit year" }]);
    expect(networkQueryString(request)).toBe("?city=hangzhou&tenure=3&edges=worked-at%2Cfounded&focus=startup%3Arokid");
  });

  test("refuses unknown edge kinds and malformed focus nodes", () => {
    const request = parseNetworkRequest({ edges: "knows", focus: "rokid" });
    expect(request.edges).toHaveLength(4);
    expect(request.focus).toBeNull();
    expect(request.problems.map((p) => p.parameter)).toEqual(["edges", "focus"]);
  });

  test("the alumni switch refuses years out of range and repeats", () => {
    expect(parseAlumni(new URLSearchParams("tenure=41")).problems[0]?.message).toBe("tenure must be at most 40 years");
    expect(parseAlumni(new URLSearchParams("leftWithin=1&leftWithin=2")).problems[0]?.message).toBe(
      "leftWithin was given more than once",
    );
    expect(describeAlumni({ leftWithin: 1 }, "Ant Group")).toBe(
      "alumni = founders who worked at Ant Group (Alibaba Group) and left Alibaba at most 1 year before founding",
    );
  });
});

describe("the network's graph data", () => {
  test("selecting edge kinds keeps only the nodes they touch, and the focus node", () => {
    const founded = selectEdgeKinds(graph, ["founded"], "investor:idg");
    expect(founded.edges).toHaveLength(1);
    expect(founded.nodes.map((n) => n.id).sort()).toEqual(["founder:misa", "investor:idg", "startup:rokid"]);
  });

  test("the edge rows (table and CSV) are sorted by source, kind and target", () => {
    expect(edgeRows(graph).map((r) => `${r.source.label} ${r.kind} ${r.target.label}`)).toEqual([
      "=IDG invested-in Rokid",
      "Misa Zhu founded Rokid",
      "Misa Zhu worked-at Ant Group",
    ]);
  });

  const text = describeNetwork(graph, {
    filters: { tenure: 2 },
    names: {},
    focus: "startup:rokid",
    asOf: "2026-11-01",
    today: "2026-11-30",
  });

  test("the words carry the definition, the left-out count and the source", () => {
    expect(text.title).toBe("Rokid's network");
    expect(text.subtitle).toContain("alumni = founders who spent at least 2 years at Alibaba Group");
    expect(text.notes).toEqual([expect.stringContaining("Years not reported: 2 start-ups")]);
    expect(text.sourceLine).toBe(
      "Source: Alumni Atlas database, data as of 2026-11-01 (alumni = founders who spent at least 2 years at Alibaba Group)",
    );
    // Formula-looking names are defused in the CSV.
    expect(networkEdgesCsv(graph, text)).toContain("investor:idg,'=IDG,invested in,startup:rokid,Rokid,2\r\n");
  });

  test("the SVG export has the title, the source line, the date and every node", () => {
    const { svg, width, height } = networkToSvg(graph, { ...text, note: text.notes[0] });
    expect(width).toBe(1200);
    expect(height).toBeGreaterThan(700);
    expect(svg).toContain("Rokid&apos;s network");
    expect(svg).toContain("data as of 2026-11-01");
    expect(svg).toContain("Drawn 2026-11-30");
    expect(svg.match(/<circle cx=/g)?.length).toBe(4 + 4);
    expect(svg.match(/<line /g)?.length).toBe(3);
  });
});

describe("the network in 中文", () => {
  const zhGraph = localizeGraph(
    {
      ...graph,
      nodes: graph.nodes.map((node) => (node.id === "startup:rokid" ? { ...node, labelZh: "灵伴科技" } : node)),
    },
    "zh",
  );
  const text = describeNetwork(
    zhGraph,
    {
      filters: { tenure: 2, unit: "ant" },
      names: { unit: "Ant Group", unitZh: "蚂蚁集团" },
      focus: "startup:rokid",
      asOf: "2026-11-01",
      today: "2026-11-30",
    },
    "zh",
  );

  test("nodes take their Chinese names where the records have them, and 中文 profile links", () => {
    const rokid = zhGraph.nodes.find((node) => node.id === "startup:rokid")!;
    expect(rokid.label).toBe("灵伴科技");
    expect(rokid.href).toBe("/zh/startups/rokid");
    expect(rokid).not.toHaveProperty("labelZh");
    // No Chinese name in the data: the English one stays, nothing is made up.
    expect(zhGraph.nodes.find((node) => node.id === "founder:misa")!.label).toBe("Misa Zhu");
  });

  test("the words, the unit's name and the CSV header are Chinese", () => {
    expect(text.title).toBe("灵伴科技的关系网络");
    expect(text.subtitle).toContain("蚂蚁集团");
    expect(text.subtitle).not.toMatch(/alumni|founders/);
    expect(text.notes[0]).not.toContain("Years not reported");
    const csv = networkEdgesCsv(zhGraph, text);
    expect(csv).toContain("# 灵伴科技的关系网络：关系\r\n");
    expect(csv).toContain("起点编号,起点,关系,终点编号,终点,权重\r\n");
    expect(csv).toContain(",投资,");
    expect(csv).not.toMatch(/invested in|Generated|Definition/);
  });

  test("the SVG's legend and last line are Chinese", () => {
    const { svg } = networkToSvg(zhGraph, {
      ...text,
      nodeKinds: text.kinds.nodes,
      edgeKinds: text.kinds.edges,
    });
    expect(svg).toContain(">阿里业务单元</text>");
    // The font the image carries is cut to exactly what it draws, Chinese included.
    const characters = networkSvgCharacters(svg);
    for (const character of "阿里业务单元灵伴科技") expect(characters).toContain(character);
    expect(characters).not.toContain("<");
    const withFont = networkToSvg(zhGraph, { ...text, nodeKinds: text.kinds.nodes }, { fontCss: "@font-face{}" });
    expect(withFont.svg).toContain("<style>@font-face{}</style>");
    expect(withFont.svg).toContain('font-family="&apos;Noto Sans SC&apos;');
    expect(svg).toContain("绘制于2026-11-30");
    expect(svg).not.toContain("Drawn");
  });
});
