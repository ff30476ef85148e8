import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { formatInteger } from "@/lib/format/numbers";
import { withoutCjk } from "@/lib/format/text";
import { isChartKey } from "@/lib/charts/definition";
import { getChart } from "@/lib/data/charts/get-chart";

export const alt = "Alumni Atlas chart";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

// ImageResponse's bundled font has no CJK glyphs: every string drawn here goes through withoutCjk,
// and rows whose label is only Chinese are left out rather than drawn as boxes.
export default async function OpenGraphImage({ params }: { params: Promise<{ chart: string }> }) {
  const { chart: key } = await params;
  if (!isChartKey(key)) notFound();
  const { chart } = await getChart({ key, filters: {} });
  const panel = chart.panels[0]!;
  const series = panel.series.filter((s) => s.role !== "range");
  const rows = panel.rows
    .map((row) => ({ ...row, label: withoutCjk(row.label) }))
    .filter((row) => row.label.length > 0)
    .slice(0, panel.layout === "bars" ? 6 : 30);
  const total = (row: (typeof rows)[number]) => series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0);
  const max = Math.max(
    1,
    ...rows.map((row) => (panel.stacked ? total(row) : Math.max(...series.map((s) => row.values[s.key] ?? 0)))),
  );

  return new ImageResponse(
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        width: "100%",
        height: "100%",
        background: "#ffffff",
        padding: "48px 56px",
        fontFamily: "sans-serif",
        color: "#16181d",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 12, fontSize: 22, color: "#5b616e" }}>
        <div style={{ width: 16, height: 16, background: "#c2410c", borderRadius: 3 }} />
        Alumni Atlas
      </div>
      <div style={{ fontSize: 50, fontWeight: 700, marginTop: 18, lineHeight: 1.1 }}>{withoutCjk(chart.title)}</div>
      <div style={{ fontSize: 24, color: "#5b616e", marginTop: 10, lineHeight: 1.3 }}>
        {withoutCjk(chart.subtitle).slice(0, 150)}
      </div>
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
                      {withoutCjk(row.valueLabels?.[s.key] ?? formatInteger(row.values[s.key] ?? 0))}
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
      <div style={{ display: "flex", fontSize: 18, color: "#5b616e", marginTop: 18 }}>
        {`n = ${chart.population.n} ${chart.population.unit} · ${withoutCjk(chart.sourceLine)}`.slice(0, 160)}
      </div>
    </div>,
    size,
  );
}
