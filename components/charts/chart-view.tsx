"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from "recharts";
import { formatUsd } from "@/lib/format/money";
import { formatInteger } from "@/lib/format/numbers";
import type { ChartPanel, ChartSeries, ValueFormat } from "@/lib/charts/types";
import { useWidth } from "./use-width";

const AXIS = "#5b616e";
const GRID = "#e3e1dc";
const INK = "#16181d";

function formatTick(value: number, format: ValueFormat): string {
  if (format === "percent") return `${value}%`;
  if (format === "usd") return value === 0 ? "0" : formatUsd(value);
  return formatInteger(value);
}

/** Splits a label into at most two lines of about `chars` characters. */
function splitLabel(label: string, chars: number): string[] {
  if (label.length <= chars) return [label];
  const cut = label.lastIndexOf(" ", chars);
  const first = cut > chars / 3 ? label.slice(0, cut) : label.slice(0, chars);
  let rest = label.slice(first.length).trim();
  if (rest.length > chars) rest = `${rest.slice(0, chars - 1)}…`;
  return [first, rest];
}

type Datum = Record<string, string | number | boolean | null>;

function toData(panel: ChartPanel): Datum[] {
  return panel.rows.map((row) => {
    const datum: Datum = { label: row.label, muted: row.muted ?? false };
    for (const series of panel.series) {
      // A missing value is drawn as nothing (0) but labelled, e.g. "not reported".
      datum[series.key] = row.values[series.key] ?? 0;
      datum[`label:${series.key}`] =
        row.valueLabels?.[series.key] ?? formatTick(row.values[series.key] ?? 0, panel.valueFormat);
    }
    // A stack's total is printed on its topmost visible segment; a zero-height segment gets no label.
    const top = [...panel.series].reverse().find((series) => (row.values[series.key] ?? 0) > 0)?.key;
    for (const series of panel.series) {
      datum[`total:${series.key}`] = series.key === top ? (row.valueLabels?.total ?? "") : "";
    }
    return datum;
  });
}

/** Rows for "not reported" or "other" are grey, whatever series they belong to. */
function barColor(series: ChartSeries, muted: boolean): string {
  return muted ? "#a7a7a7" : series.color;
}

/** One panel of a chart, drawn with recharts at the width of its container. */
export function ChartPanelView({ panel, compact = false }: { panel: ChartPanel; compact?: boolean }) {
  const { ref, width } = useWidth<HTMLDivElement>();
  const data = toData(panel);
  const single = panel.series.length === 1;
  const fontSize = width < 480 ? 11 : 12;
  const stackTotals = panel.stacked;

  if (panel.layout === "bars") {
    const perRow = single || panel.stacked ? 30 : 46;
    const height = Math.max(120, data.length * perRow + 44);
    const longest = Math.max(...panel.rows.map((r) => r.label.length), 4);
    const labelWidth = Math.min(
      Math.round(longest * fontSize * 0.56) + 12,
      Math.round(width * (width < 480 ? 0.38 : 0.32)),
    );
    const charsPerLine = Math.max(8, Math.floor((labelWidth - 10) / (fontSize * 0.56)));
    const rightMargin = panel.valueFormat === "usd" ? 96 : panel.series.some((s) => s.key === "reported") ? 88 : 56;
    return (
      <div ref={ref} className="w-full min-w-0 overflow-hidden" data-panel={panel.id}>
        <BarChart
          width={width}
          height={height}
          data={data}
          layout="vertical"
          margin={{ top: 4, right: rightMargin, bottom: 20, left: 0 }}
          barCategoryGap={single ? "22%" : "18%"}
          barGap={2}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={GRID} />
          <XAxis
            type="number"
            allowDecimals={false}
            tickFormatter={(v: number) => formatTick(v, panel.valueFormat)}
            tick={{ fill: AXIS, fontSize }}
            axisLine={false}
            tickLine={false}
            domain={[0, "auto"]}
            label={{ value: panel.valueAxisLabel, position: "insideBottom", offset: -14, fill: AXIS, fontSize }}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth}
            axisLine={{ stroke: INK }}
            tickLine={false}
            interval={0}
            tick={({ x, y, payload }: { x: number | string; y: number | string; payload: { value: string } }) => {
              const lines = splitLabel(String(payload.value), charsPerLine);
              return (
                <text
                  x={Number(x) - 6}
                  y={Number(y)}
                  textAnchor="end"
                  fill={INK}
                  fontSize={fontSize}
                  dominantBaseline="central"
                >
                  {lines.map((line, i) => (
                    <tspan
                      key={i}
                      x={Number(x) - 6}
                      dy={i === 0 ? (lines.length > 1 ? -(fontSize + 1) / 2 : 0) : fontSize + 1}
                    >
                      {line}
                    </tspan>
                  ))}
                </text>
              );
            }}
          />
          {panel.series.map((series) => (
            <Bar
              key={series.key}
              dataKey={series.key}
              name={series.label}
              fill={series.color}
              stackId={panel.stacked ? "stack" : undefined}
              isAnimationActive={false}
              maxBarSize={single ? 22 : 18}
            >
              {data.map((d, i) => (
                <Cell key={i} fill={barColor(series, Boolean(d.muted))} />
              ))}
              {!panel.stacked ? (
                <LabelList dataKey={`label:${series.key}`} position="right" fill={INK} fontSize={fontSize} />
              ) : stackTotals ? (
                <LabelList dataKey={`total:${series.key}`} position="right" fill={INK} fontSize={fontSize} />
              ) : null}
            </Bar>
          ))}
        </BarChart>
      </div>
    );
  }

  const height = compact ? 220 : width < 480 ? 240 : 300;
  const many = data.length > 16;
  return (
    <div ref={ref} className="w-full min-w-0 overflow-hidden" data-panel={panel.id}>
      <BarChart
        width={width}
        height={height}
        data={data}
        margin={{ top: 20, right: 8, bottom: panel.categoryAxisLabel ? 22 : 4, left: 0 }}
        barCategoryGap="18%"
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke={GRID} />
        <XAxis
          dataKey="label"
          interval={many && width < 640 ? "preserveStartEnd" : 0}
          tick={{ fill: INK, fontSize }}
          tickLine={false}
          axisLine={{ stroke: INK }}
          label={
            panel.categoryAxisLabel
              ? { value: panel.categoryAxisLabel, position: "insideBottom", offset: -16, fill: AXIS, fontSize }
              : undefined
          }
        />
        <YAxis
          allowDecimals={false}
          tickFormatter={(v: number) => formatTick(v, panel.valueFormat)}
          tick={{ fill: AXIS, fontSize }}
          axisLine={false}
          tickLine={false}
          width={panel.valueFormat === "usd" ? 76 : 36}
          domain={[0, "auto"]}
        />
        {panel.series.map((series) => (
          <Bar
            key={series.key}
            dataKey={series.key}
            name={series.label}
            fill={series.color}
            stackId={panel.stacked ? "stack" : undefined}
            isAnimationActive={false}
            maxBarSize={48}
          >
            {!panel.stacked && !many ? (
              <LabelList
                dataKey={`label:${series.key}`}
                position="top"
                fill={INK}
                fontSize={fontSize}
                formatter={(value) => (value === "0" ? "" : value)}
              />
            ) : stackTotals && !many ? (
              <LabelList
                dataKey={`total:${series.key}`}
                position="top"
                fill={INK}
                fontSize={fontSize}
                formatter={(value) => (value === "0" ? "" : value)}
              />
            ) : null}
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}

export function ChartLegend({ series, className }: { series: ChartSeries[]; className?: string }) {
  return (
    <ul className={`flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink ${className ?? ""}`} aria-label="Legend">
      {series.map((s) => (
        <li key={s.key} className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block size-3 shrink-0 rounded-sm" style={{ background: s.color }} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}
