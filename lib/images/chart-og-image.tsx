import "server-only";
import { ImageResponse } from "next/og";
import type { ChartData } from "@/lib/charts/types";
import { EXPORT_FONT_FAMILY, EXPORT_FONT_WEIGHTS } from "@/lib/export/fonts";
import { formatInteger } from "@/lib/format/numbers";
import { subsetExportFont } from "./export-font";
import { OG_IMAGE_SIZE } from "./og-image-size";

const hasSpace = (faces: { slice: string; characters: string }[], slice: string) =>
  faces.some((face) => face.slice === slice && face.characters.includes(" "));

/**
 * A chart's Open Graph card: title, subtitle, the first panel drawn in boxes, n and source. Drawn
 * in Noto Sans SC shipped with the app (cut to the card's characters), so Chinese names render the
 * same on any server, with nothing installed.
 */
export async function renderChartOgImage(chart: ChartData): Promise<ImageResponse> {
  const panel = chart.panels[0]!;
  const series = panel.series.filter((s) => s.role !== "range");
  // What fits between a two-line subtitle and a two-line footer: six bars, or four rows of paired bars.
  const rows = panel.rows.slice(0, panel.layout === "bars" ? (series.length > 1 ? 4 : 6) : 30);
  const total = (row: (typeof rows)[number]) => series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0);
  const max = Math.max(
    1,
    ...rows.map((row) => (panel.stacked ? total(row) : Math.max(...series.map((s) => row.values[s.key] ?? 0)))),
  );
  const subtitle = chart.subtitle.slice(0, 150);
  const footer = `n = ${chart.population.n} ${chart.population.unit} · ${chart.sourceLine}`.slice(0, 160);
  const text = [
    "Alumni Atlas",
    chart.title,
    subtitle,
    footer,
    chart.emptyMessage ?? "",
    ...rows.map((row) => row.label.slice(0, 28)),
    ...rows.flatMap((row) => series.map((s) => row.valueLabels?.[s.key] ?? formatInteger(row.values[s.key] ?? 0))),
  ].join(" ");
  // satori takes one font per family name and weight, and falls back across names: each slice of
  // the font is its own family, all listed in the stack.
  const faces = await subsetExportFont(text, EXPORT_FONT_WEIGHTS, "truetype");
  // The slice with the Latin letters first: satori measures spaces in the first family.
  const slices = [...new Set(faces.map((face) => face.slice))].sort(
    (a, b) => Number(hasSpace(faces, b)) - Number(hasSpace(faces, a)),
  );
  const fonts = faces.map((face) => ({
    name: `${EXPORT_FONT_FAMILY} ${face.slice}`,
    data: face.data,
    weight: face.weight,
    style: "normal" as const,
  }));
  const fontFamily = slices.map((slice) => `"${EXPORT_FONT_FAMILY} ${slice}"`).join(", ");

  return new ImageResponse(
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        width: "100%",
        height: "100%",
        background: "#ffffff",
        padding: "48px 56px",
        fontFamily,
        color: "#16181d",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 12, fontSize: 22, color: "#5b616e" }}>
        <div style={{ width: 16, height: 16, background: "#c2410c", borderRadius: 3 }} />
        Alumni Atlas
      </div>
      <div style={{ fontSize: 50, fontWeight: 700, marginTop: 18, lineHeight: 1.1 }}>{chart.title}</div>
      <div style={{ fontSize: 24, color: "#5b616e", marginTop: 10, lineHeight: 1.3 }}>{subtitle}</div>
      {chart.emptyMessage ? (
        <div style={{ display: "flex", flex: 1, alignItems: "center", fontSize: 28, color: "#5b616e" }}>
          {chart.emptyMessage}
        </div>
      ) : panel.layout === "bars" ? (
        <div
          style={{
            display: "flex",
            flexDirection: "column",
            flex: 1,
            justifyContent: "center",
            gap: 10,
            marginTop: 16,
            overflow: "hidden",
          }}
        >
          {rows.map((row) => (
            <div key={row.key} style={{ display: "flex", alignItems: "center", gap: 16 }}>
              <div
                style={{ width: 300, fontSize: 22, textAlign: "right", justifyContent: "flex-end", display: "flex" }}
              >
                {row.label.slice(0, 28)}
              </div>
              <div style={{ display: "flex", flexDirection: "column", gap: 3, flex: 1 }}>
                {series.map((s) => (
                  <div key={s.key} style={{ display: "flex", alignItems: "center", gap: 8 }}>
                    <div
                      style={{
                        height: series.length > 1 ? 14 : 24,
                        width: `${Math.max(0.5, ((row.values[s.key] ?? 0) / max) * 100) * 6}px`,
                        background: row.muted ? "#a7a7a7" : s.color,
                        borderRadius: 2,
                      }}
                    />
                    <div style={{ fontSize: 18, color: "#5b616e" }}>
                      {row.valueLabels?.[s.key] ?? formatInteger(row.values[s.key] ?? 0)}
                    </div>
                  </div>
                ))}
              </div>
            </div>
          ))}
        </div>
      ) : (
        <div
          style={{
            display: "flex",
            flex: 1,
            alignItems: "flex-end",
            gap: 6,
            marginTop: 20,
            borderBottom: "2px solid #16181d",
          }}
        >
          {rows.map((row) => (
            <div
              key={row.key}
              style={{
                display: "flex",
                flexDirection: "column-reverse",
                flex: 1,
                height: `${(total(row) / max) * 100}%`,
              }}
            >
              {series.map((s) => (
                <div
                  key={s.key}
                  style={{
                    display: "flex",
                    background: s.color,
                    height: `${total(row) ? ((row.values[s.key] ?? 0) / total(row)) * 100 : 0}%`,
                  }}
                />
              ))}
            </div>
          ))}
        </div>
      )}
      <div style={{ display: "flex", fontSize: 18, color: "#5b616e", marginTop: 18 }}>{footer}</div>
    </div>,
    { ...OG_IMAGE_SIZE, fonts },
  );
}
