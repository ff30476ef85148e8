import { scaleBand, scaleLinear } from "d3-scale";
import type { ChartPanel, ChartRow, ChartSeries } from "@/lib/charts/types";
import { formatTick, labelEvery, splitLabel, textWidth, type DrawingWidth } from "@/lib/charts/geometry";
import { renderToStaticMarkup } from "./static-markup";

// A chart panel drawn as plain SVG on the server: readers without JavaScript, feed readers and
// screenshot bots see the same drawing as everyone else, and the page ships no charting library.
// Each bar names itself in data-tip for the hover tooltip (chart-hover.tsx, the only script a
// chart needs); exports serialise the visible drawing.

const AXIS = "#5b616e";
const GRID = "#e3e1dc";
const INK = "#16181d";
const MUTED = "#a7a7a7";

/** Which drawing shows at which container width (Tailwind container queries; the parent is `@container`). */
const BAND_CLASSES: Record<DrawingWidth, string> = {
  360: "block @min-[460px]:hidden",
  560: "hidden @min-[460px]:@max-[680px]:block",
  800: "hidden @min-[680px]:@max-[920px]:block",
  1040: "hidden @min-[920px]:block",
};

/**
 * A dashboard card's chart is never much wider than 560 px (one column up to `md`, two from there),
 * so it is drawn twice, not four times, and the wider drawing scales with its box beyond that: the
 * home page carries every chart, and each drawing is markup the page and its payload carry twice.
 */
const COMPACT_BAND_CLASSES: Partial<Record<DrawingWidth, string>> = {
  360: "block @min-[460px]:hidden",
  560: "hidden @min-[460px]:block",
};

/**
 * One panel at every drawing width; CSS shows the one that suits the space it is given.
 *
 * `asMarkup`: the drawings travel as finished SVG markup (set as the box's inner HTML) instead of a
 * React tree. On a page the browser then hydrates one element per panel rather than every bar, tick
 * and label four times over (the home page's charts were some 3,500 elements of a page of 4,000),
 * and the page's payload carries one string instead of a tree of elements. The chart embed, itself
 * rendered to static markup, draws the tree directly.
 */
export function ChartPanelDrawing({
  panel,
  compact = false,
  asMarkup = false,
}: {
  panel: ChartPanel;
  compact?: boolean;
  asMarkup?: boolean;
}) {
  const bands = Object.entries(compact ? COMPACT_BAND_CLASSES : BAND_CLASSES).map(
    ([width, className]) => [Number(width) as DrawingWidth, className] as const,
  );
  const drawings = bands.map(([width, className]) => (
    <ChartPanelSvg key={width} panel={panel} width={width} compact={compact} className={className} />
  ));
  return asMarkup ? (
    <div
      className="@container w-full min-w-0"
      data-panel={panel.id}
      dangerouslySetInnerHTML={{ __html: renderToStaticMarkup(<>{drawings}</>) }}
    />
  ) : (
    <div className="@container w-full min-w-0" data-panel={panel.id}>
      {drawings}
    </div>
  );
}

function value(row: ChartRow, series: ChartSeries): number {
  // A missing value is drawn as nothing (0) but still labelled, e.g. "not reported".
  return row.values[series.key] ?? 0;
}

function valueLabel(row: ChartRow, series: ChartSeries, panel: ChartPanel): string {
  return row.valueLabels?.[series.key] ?? formatTick(value(row, series), panel.valueFormat, panel.locale);
}

/** A stack's total is printed after its topmost visible segment; an empty stack gets no total. */
function stackTotal(row: ChartRow, panel: ChartPanel): { total: number; label: string } {
  const total = panel.series.reduce((sum, s) => sum + value(row, s), 0);
  return { total, label: total > 0 ? (row.valueLabels?.total ?? "") : "" };
}

function color(series: ChartSeries, row: ChartRow): string {
  return row.muted ? MUTED : series.color;
}

function tooltip(row: ChartRow, series: ChartSeries, panel: ChartPanel): string {
  const label = valueLabel(row, series, panel);
  return panel.series.length > 1 ? `${row.label} · ${series.label}: ${label}` : `${row.label}: ${label}`;
}

type SvgProps = { panel: ChartPanel; width: number; compact: boolean; className?: string };

export function ChartPanelSvg(props: SvgProps) {
  return props.panel.layout === "bars" ? <BarsSvg {...props} /> : <ColumnsSvg {...props} />;
}

function Frame({
  width,
  height,
  className,
  children,
}: {
  width: number;
  height: number;
  className?: string;
  children: React.ReactNode;
}) {
  // width 100% with a viewBox: the box's height is known before anything loads, so nothing shifts.
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      className={`h-auto w-full ${className ?? ""}`}
      data-drawing={width}
      fontFamily="inherit"
      aria-hidden
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** Horizontal bars, for categories with long names (cities, investors, units). */
function BarsSvg({ panel, width, className }: SvgProps) {
  const fontSize = width < 480 ? 11 : 12;
  const single = panel.series.length === 1;
  const grouped = !single && !panel.stacked;
  const perRow = grouped ? 46 : 30;
  const top = 4;
  const plotHeight = Math.max(76, panel.rows.length * perRow);
  const height = top + plotHeight + 40;

  const longest = Math.max(...panel.rows.map((row) => textWidth(row.label, fontSize)), 30);
  const labelWidth = Math.min(longest + 12, Math.round(width * (width < 480 ? 0.38 : 0.32)));
  const endLabels = panel.rows.flatMap((row) =>
    panel.stacked ? [stackTotal(row, panel).label] : panel.series.map((s) => valueLabel(row, s, panel)),
  );
  const right = Math.min(Math.max(...endLabels.map((label) => textWidth(label, fontSize)), 24) + 12, width * 0.3);
  const plotWidth = width - labelWidth - right;

  const max = Math.max(
    1,
    ...panel.rows.map((row) =>
      panel.stacked ? stackTotal(row, panel).total : Math.max(...panel.series.map((s) => value(row, s))),
    ),
  );
  const tickWidth =
    Math.max(...[0, max].map((v) => textWidth(formatTick(v, panel.valueFormat, panel.locale), fontSize))) + 24;
  const x = scaleLinear()
    .domain([0, max])
    .nice(Math.max(2, Math.floor(plotWidth / tickWidth)))
    .rangeRound([0, plotWidth]);
  const ticks = x.ticks(Math.max(2, Math.floor(plotWidth / tickWidth))).filter((t) => Number.isInteger(t));
  const y = scaleBand<number>()
    .domain(panel.rows.map((_, i) => i))
    .rangeRound([top, top + plotHeight])
    .paddingInner(single ? 0.22 : 0.18)
    .paddingOuter(0.11);
  const band = y.bandwidth();
  const barSize = Math.min(
    single ? 22 : 18,
    grouped ? (band - 2 * (panel.series.length - 1)) / panel.series.length : band,
  );

  return (
    <Frame width={width} height={height} className={className}>
      <g transform={`translate(${labelWidth},0)`}>
        <g className="chart-grid">
          {ticks.map((tick) => (
            <line key={tick} x1={x(tick)} x2={x(tick)} y1={top} y2={top + plotHeight} stroke={GRID} />
          ))}
        </g>
        <g className="chart-value-axis" fill={AXIS} fontSize={fontSize} textAnchor="middle">
          {ticks.map((tick) => (
            <text key={tick} x={x(tick)} y={top + plotHeight + 14}>
              {formatTick(tick, panel.valueFormat, panel.locale)}
            </text>
          ))}
          <text x={plotWidth / 2} y={height - 4}>
            {panel.valueAxisLabel}
          </text>
        </g>
        {panel.rows.map((row, i) => {
          const rowTop = y(i)!;
          if (panel.stacked) {
            let start = 0;
            const barTop = rowTop + (band - barSize) / 2;
            const { label } = stackTotal(row, panel);
            return (
              <g key={row.key} className="chart-row">
                {panel.series.map((series) => {
                  const v = value(row, series);
                  const x0 = x(start);
                  start += v;
                  return v > 0 ? (
                    <rect
                      key={series.key}
                      className="chart-mark"
                      x={x0}
                      y={barTop}
                      width={x(start) - x0}
                      height={barSize}
                      fill={color(series, row)}
                      data-tip={tooltip(row, series, panel)}
                    />
                  ) : null;
                })}
                <text
                  className="chart-value-label"
                  x={x(start) + 5}
                  y={barTop + barSize / 2}
                  dominantBaseline="central"
                  fill={INK}
                  fontSize={fontSize}
                >
                  {label}
                </text>
              </g>
            );
          }
          const groupTop = rowTop + (band - (barSize * panel.series.length + 2 * (panel.series.length - 1))) / 2;
          return (
            <g key={row.key} className="chart-row">
              {panel.series.map((series, s) => {
                const barTop = groupTop + s * (barSize + 2);
                const end = x(value(row, series));
                return (
                  <g key={series.key}>
                    <rect
                      className="chart-mark"
                      x={0}
                      y={barTop}
                      width={end}
                      height={barSize}
                      fill={color(series, row)}
                      data-tip={tooltip(row, series, panel)}
                    />
                    <text
                      className="chart-value-label"
                      x={end + 5}
                      y={barTop + barSize / 2}
                      dominantBaseline="central"
                      fill={INK}
                      fontSize={fontSize}
                    >
                      {valueLabel(row, series, panel)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        <line x1={0} x2={0} y1={top} y2={top + plotHeight} stroke={INK} />
      </g>
      <g className="chart-category-axis" fill={INK} fontSize={fontSize} textAnchor="end">
        {panel.rows.map((row, i) => {
          const lines = splitLabel(row.label, labelWidth - 10, fontSize);
          const middle = y(i)! + band / 2;
          return (
            <text key={row.key} className="chart-category-label" y={middle} dominantBaseline="central">
              {lines.map((line, l) => (
                <tspan
                  key={l}
                  x={labelWidth - 6}
                  dy={l === 0 ? (lines.length > 1 ? -(fontSize + 1) / 2 : 0) : fontSize + 1}
                >
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
    </Frame>
  );
}

/** Vertical columns, for years: labels thinned so they never run together on a phone. */
function ColumnsSvg({ panel, width, compact, className }: SvgProps) {
  const fontSize = width < 480 ? 11 : 12;
  const height = compact ? 220 : width < 480 ? 240 : 300;
  const top = 20;
  const bottom = 20 + (panel.categoryAxisLabel ? 18 : 0);
  const plotHeight = height - top - bottom;

  const max = Math.max(
    1,
    ...panel.rows.map((row) =>
      panel.stacked ? stackTotal(row, panel).total : Math.max(...panel.series.map((s) => value(row, s))),
    ),
  );
  const y = scaleLinear()
    .domain([0, max])
    .nice(Math.max(2, Math.floor(plotHeight / 40)))
    .rangeRound([top + plotHeight, top]);
  const ticks = y.ticks(Math.max(2, Math.floor(plotHeight / 40))).filter((t) => Number.isInteger(t));
  const left = Math.max(...ticks.map((t) => textWidth(formatTick(t, panel.valueFormat, panel.locale), fontSize))) + 10;
  const right = 8;
  const x = scaleBand<number>()
    .domain(panel.rows.map((_, i) => i))
    .rangeRound([left, width - right])
    .paddingInner(0.18)
    .paddingOuter(0.09);
  const step = x.step();
  const band = x.bandwidth();
  const grouped = panel.series.length > 1 && !panel.stacked;
  const columnWidth = Math.min(48, grouped ? (band - 2 * (panel.series.length - 1)) / panel.series.length : band);

  // Year labels: every k-th, counted back from the latest, so "2013 2014 2015 …" never touch.
  const categoryWidth = Math.max(...panel.rows.map((row) => textWidth(row.label, fontSize)));
  const every = labelEvery(step, categoryWidth);
  const n = panel.rows.length;
  // Value labels on top of the columns only where each fits above its own column.
  const topLabels = panel.rows.flatMap((row) =>
    panel.stacked ? [stackTotal(row, panel).label] : panel.series.map((s) => valueLabel(row, s, panel)),
  );
  const labelRoom = grouped ? columnWidth + 2 : step;
  const showValues = n <= 16 && Math.max(...topLabels.map((label) => textWidth(label, fontSize))) + 2 <= labelRoom;

  return (
    <Frame width={width} height={height} className={className}>
      <g className="chart-grid">
        {ticks.map((tick) => (
          <line key={tick} x1={left} x2={width - right} y1={y(tick)} y2={y(tick)} stroke={GRID} />
        ))}
      </g>
      <g className="chart-value-axis" fill={AXIS} fontSize={fontSize} textAnchor="end">
        {ticks.map((tick) => (
          <text key={tick} x={left - 6} y={y(tick)} dominantBaseline="central">
            {formatTick(tick, panel.valueFormat, panel.locale)}
          </text>
        ))}
      </g>
      {panel.rows.map((row, i) => {
        const bandLeft = x(i)!;
        if (panel.stacked) {
          let start = 0;
          const columnLeft = bandLeft + (band - columnWidth) / 2;
          const { label } = stackTotal(row, panel);
          return (
            <g key={row.key} className="chart-row">
              {panel.series.map((series) => {
                const v = value(row, series);
                const y0 = y(start);
                start += v;
                return v > 0 ? (
                  <rect
                    key={series.key}
                    className="chart-mark"
                    x={columnLeft}
                    y={y(start)}
                    width={columnWidth}
                    height={y0 - y(start)}
                    fill={color(series, row)}
                    data-tip={tooltip(row, series, panel)}
                  />
                ) : null;
              })}
              {showValues && label ? (
                <text
                  className="chart-value-label"
                  x={columnLeft + columnWidth / 2}
                  y={y(start) - 5}
                  textAnchor="middle"
                  fill={INK}
                  fontSize={fontSize}
                >
                  {label}
                </text>
              ) : null}
            </g>
          );
        }
        const groupLeft = bandLeft + (band - (columnWidth * panel.series.length + 2 * (panel.series.length - 1))) / 2;
        return (
          <g key={row.key} className="chart-row">
            {panel.series.map((series, s) => {
              const columnLeft = groupLeft + s * (columnWidth + 2);
              const v = value(row, series);
              const label = valueLabel(row, series, panel);
              return (
                <g key={series.key}>
                  <rect
                    className="chart-mark"
                    x={columnLeft}
                    y={y(v)}
                    width={columnWidth}
                    height={y(0) - y(v)}
                    fill={color(series, row)}
                    data-tip={tooltip(row, series, panel)}
                  />
                  {showValues && label !== "0" ? (
                    <text
                      className="chart-value-label"
                      x={columnLeft + columnWidth / 2}
                      y={y(v) - 5}
                      textAnchor="middle"
                      fill={INK}
                      fontSize={fontSize}
                    >
                      {label}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </g>
        );
      })}
      <line x1={left} x2={width - right} y1={top + plotHeight} y2={top + plotHeight} stroke={INK} />
      <g className="chart-category-axis" fill={INK} fontSize={fontSize} textAnchor="middle">
        {panel.rows.map((row, i) =>
          (n - 1 - i) % every === 0 ? (
            <text key={row.key} className="chart-category-label" x={x(i)! + band / 2} y={top + plotHeight + 14}>
              {row.label}
            </text>
          ) : null,
        )}
        {panel.categoryAxisLabel ? (
          <text x={(left + width - right) / 2} y={height - 4} fill={AXIS}>
            {panel.categoryAxisLabel}
          </text>
        ) : null}
      </g>
    </Frame>
  );
}
