import type { FundingStage, Sector } from "../generated/prisma/enums";
import { hasDataFilters, type ChartFilters } from "./filters";
import { formatUsdRange } from "../format/money";
import { formatInteger, formatShare, plural } from "../format/numbers";
import { listOf } from "../format/text";
import { FUNDING_STAGE_LABELS, SECTOR_LABELS } from "./labels";
import { CATEGORY_COLORS, MUTED_COLOR, RANGE_COLOR, REPORTED_COLOR, TRACKED_COLOR, OKABE_ITO } from "./palette";
import { CHARTS, type ChartKey } from "./registry";
import type { ChartData, ChartPanel, ChartRow, ChartSource, ChartTable } from "./types";
import { formatIsoDate } from "../format/dates";

// Pure functions from aggregated rows (what lib/data/charts.ts gets back from SQL) to ChartData:
// everything a reader sees, the alt text and the data table are decided here, testable without a database.

export type ReportedFigureInput = {
  slug: string;
  metric: string;
  value: number | null;
  valueText: string | null;
  unit: string;
  asOfLabel: string;
  scope: string | null;
  originalDataSource: string | null;
  source: { url: string; publisher: string; publishedOn: string | null };
  scopeCity: { slug: string; nameEn: string } | null;
};

export type ChartInput =
  | {
      key: "startups-by-city";
      total: number;
      cities: { slug: string | null; name: string | null; count: number }[];
      reported: ReportedFigureInput[];
    }
  | {
      key: "founded-per-year";
      stack: "city" | "sector" | null;
      counts: { year: number | null; groupKey: string | null; groupLabel: string | null; count: number }[];
    }
  | { key: "startups-by-sector"; total: number; counts: { sector: Sector | null; count: number }[] }
  | {
      key: "startups-by-alibaba-unit";
      total: number;
      withoutUnit: number;
      units: { slug: string; name: string; isRoot: boolean; count: number }[];
    }
  | {
      key: "funding-over-time";
      by: "year" | "stage";
      groups: {
        key: string | null;
        rounds: number;
        usdRounds: number;
        undisclosed: number;
        unconverted: number;
        ranges: number;
        usdLow: number;
        usdHigh: number;
      }[];
    }
  | {
      key: "top-investors";
      investorCount: number;
      startupCount: number;
      investors: { kind: "organization" | "person"; slug: string; name: string; startups: number; rounds: number }[];
    }
  | { key: "years-at-alibaba"; counts: { years: number; count: number }[]; excluded: number };

export type ResolvedFilterNames = { city?: string; unit?: string };

export type ChartContext = {
  filters: ChartFilters;
  names: ResolvedFilterNames;
  asOf: Date | null;
  generatedAt: Date;
  supportsYears: boolean;
};

type Body = Pick<ChartData, "panels" | "altText" | "table" | "population" | "emptyMessage"> & {
  subtitle?: string;
  notes?: string[];
  reportedSources?: ReportedFigureInput[];
};

const NOTHING_MATCHES = "Nothing in this database matches these filters. Try removing a filter.";

export function describeFilters(key: ChartKey, filters: ChartFilters, names: ResolvedFilterNames): string | null {
  const parts: string[] = [];
  if (filters.city) parts.push(names.city ?? filters.city);
  if (filters.sector) parts.push(SECTOR_LABELS[filters.sector]);
  if (filters.unit) parts.push(`founders from ${names.unit ?? filters.unit}`);
  const yearsWord = CHARTS[key].years === "announced" ? "rounds announced" : "founded";
  if (filters.from !== undefined && filters.to !== undefined) {
    parts.push(
      filters.from === filters.to ? `${yearsWord} in ${filters.from}` : `${yearsWord} ${filters.from}–${filters.to}`,
    );
  } else if (filters.from !== undefined) parts.push(`${yearsWord} ${filters.from} or later`);
  else if (filters.to !== undefined) parts.push(`${yearsWord} ${filters.to} or earlier`);
  return parts.length > 0 ? parts.join(" · ") : null;
}

export function buildSourceLine(asOf: string | null, reported: ReportedFigureInput[] = []): string {
  const database = `Alumni Atlas database, data as of ${asOf ?? "(no data yet)"}`;
  const originals = [
    ...new Set(
      reported.map(
        (f) => f.originalDataSource ?? `${f.source.publisher}, ${f.source.publishedOn ?? "date not reported"}`,
      ),
    ),
  ];
  return originals.length > 0
    ? `Source: ${database}; reported figures: ${originals.join("; ")}`
    : `Source: ${database}`;
}

export function buildChart(input: ChartInput, context: ChartContext): ChartData {
  const definition = CHARTS[input.key];
  const body = buildBody(input, context);
  const asOf = formatIsoDate(context.asOf);
  const sources: ChartSource[] = [{ label: "Alumni Atlas database" }];
  for (const figure of body.reportedSources ?? []) {
    if (!sources.some((s) => s.url === figure.source.url)) {
      sources.push({
        label: `${figure.source.publisher}${figure.source.publishedOn ? `, ${figure.source.publishedOn}` : ""}`,
        url: figure.source.url,
      });
    }
  }
  return {
    key: input.key,
    title: definition.title,
    subtitle: body.subtitle ?? definition.subtitle,
    notes: [...definition.notes, ...(body.notes ?? [])],
    sourceLine: buildSourceLine(asOf, body.reportedSources),
    sources,
    asOf,
    generatedAt: context.generatedAt.toISOString(),
    filters: context.filters,
    filterSummary: describeFilters(input.key, context.filters, context.names),
    population: body.population,
    panels: body.panels,
    altText: body.altText,
    table: body.table,
    emptyMessage: body.emptyMessage,
  };
}

function buildBody(input: ChartInput, context: ChartContext): Body {
  switch (input.key) {
    case "startups-by-city":
      return buildByCity(input, context);
    case "founded-per-year":
      return buildFoundedPerYear(input);
    case "startups-by-sector":
      return buildBySector(input);
    case "startups-by-alibaba-unit":
      return buildByUnit(input);
    case "funding-over-time":
      return buildFunding(input);
    case "top-investors":
      return buildTopInvestors(input);
    case "years-at-alibaba":
      return buildYearsAtAlibaba(input);
  }
}

function share(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((1000 * count) / total) / 10;
}

function emptyBody(unit: string, columns: ChartTable["columns"], panel: ChartPanel, message = NOTHING_MATCHES): Body {
  return {
    panels: [{ ...panel, rows: [] }],
    altText: message,
    table: { columns, rows: [] },
    population: { n: 0, unit },
    emptyMessage: message,
  };
}

function buildByCity(input: Extract<ChartInput, { key: "startups-by-city" }>, context: ChartContext): Body {
  const totalFigure = input.reported.find((f) => f.unit !== "percent");
  const shareFigures = input.reported.filter((f) => f.unit === "percent" && f.scopeCity && f.value !== null);
  // Reported figures describe all of ITJuzi's 85; beside a filtered subset they would mislead.
  const showReported = !hasDataFilters(context.filters) && input.reported.length > 0;
  const reportedLabel = totalFigure
    ? `Reported by ITJuzi, ${totalFigure.asOfLabel} (n = ${totalFigure.value !== null ? formatInteger(totalFigure.value) : (totalFigure.valueText ?? "not reported")})`
    : "Reported by ITJuzi";
  const series = [
    { key: "tracked", label: `Tracked in this database (n = ${formatInteger(input.total)})`, color: TRACKED_COLOR },
    ...(showReported ? [{ key: "reported", label: reportedLabel, color: REPORTED_COLOR }] : []),
  ];
  const panel: ChartPanel = {
    id: "main",
    layout: "bars",
    stacked: false,
    valueAxisLabel: "Share of start-ups (%)",
    valueFormat: "percent",
    series,
    rows: [],
  };
  const columns = [
    { key: "city", label: "City", numeric: false },
    { key: "tracked", label: "Tracked start-ups", numeric: true },
    { key: "trackedShare", label: "Tracked share (%)", numeric: true },
    ...(showReported ? [{ key: "reportedShare", label: "Reported share (%)", numeric: true }] : []),
  ];
  const reportedOnlyNote = showReported
    ? []
    : input.reported.length > 0
      ? ["ITJuzi's reported figures cover all of its count, so they are shown only on the unfiltered chart."]
      : [];
  if (input.total === 0) return { ...emptyBody("start-ups", columns, panel), notes: reportedOnlyNote };

  // "City not reported" goes last: it is a gap in the data, not a place.
  const cities = [...input.cities.filter((c) => c.slug !== null), ...input.cities.filter((c) => c.slug === null)];
  const rows: ChartRow[] = cities.map((city) => {
    const trackedShare = share(city.count, input.total);
    const reported = showReported ? shareFigures.find((f) => f.scopeCity?.slug === city.slug) : undefined;
    const values: Record<string, number | null> = { tracked: trackedShare };
    const valueLabels: Record<string, string> = {
      tracked: `${formatShare(trackedShare)} (${formatInteger(city.count)})`,
    };
    if (showReported) {
      values.reported = reported?.value ?? null;
      valueLabels.reported = reported?.value != null ? formatShare(reported.value) : "not reported";
    }
    return {
      key: city.slug ?? "not-reported",
      label: city.name ?? "City not reported",
      href: city.slug ? `/cities/${city.slug}` : undefined,
      values,
      valueLabels,
      muted: city.slug === null,
    };
  });
  // Reported shares for cities with no tracked start-up still belong on the chart.
  if (showReported) {
    for (const figure of shareFigures) {
      if (!rows.some((row) => row.key === figure.scopeCity!.slug)) {
        rows.push({
          key: figure.scopeCity!.slug,
          label: figure.scopeCity!.nameEn,
          href: `/cities/${figure.scopeCity!.slug}`,
          values: { tracked: 0, reported: figure.value },
          valueLabels: { tracked: "0% (0)", reported: formatShare(figure.value!) },
        });
      }
    }
  }
  const countOf = new Map(input.cities.map((c) => [c.slug ?? "not-reported", c.count]));
  const table: ChartTable = {
    columns,
    rows: rows.map((row) => [
      row.label,
      countOf.get(row.key) ?? 0,
      row.values.tracked ?? null,
      ...(showReported ? [row.values.reported ?? null] : []),
    ]),
  };
  const top = input.cities.find((c) => c.slug !== null);
  const sentences = [`Bar chart of start-ups by city.`];
  if (top) {
    sentences.push(
      `Of the ${plural(input.total, "start-up")} tracked in this database, ${formatInteger(top.count)} (${formatShare(share(top.count, input.total))}) are in ${top.name}, the most of any city.`,
    );
  }
  if (showReported && totalFigure) {
    const hangzhou = shareFigures[0];
    sentences.push(
      `ITJuzi reported ${totalFigure.value !== null ? formatInteger(totalFigure.value) : totalFigure.valueText} such start-ups at the ${totalFigure.asOfLabel}${hangzhou ? `, ${formatShare(hangzhou.value!)} of them in ${hangzhou.scopeCity!.nameEn}` : ""}.`,
    );
  }
  const subtitle =
    showReported && totalFigure?.value != null
      ? `Share of AI start-ups founded by former Alibaba staff, by city. ITJuzi reported ${formatInteger(totalFigure.value)} such start-ups at the ${totalFigure.asOfLabel}; this database tracks ${formatInteger(input.total)}.`
      : undefined;
  return {
    subtitle,
    panels: [{ ...panel, rows }],
    altText: sentences.join(" "),
    table,
    population: { n: input.total, unit: input.total === 1 ? "start-up" : "start-ups" },
    emptyMessage: null,
    notes: reportedOnlyNote,
    reportedSources: showReported ? input.reported : [],
  };
}

/** Every integer from min to max: years with nothing founded are shown as zero, not skipped. */
function span(min: number, max: number): number[] {
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

const MAX_STACK_GROUPS = 6;

function buildFoundedPerYear(input: Extract<ChartInput, { key: "founded-per-year" }>): Body {
  const known = input.counts.filter((c) => c.year !== null) as ((typeof input.counts)[number] & { year: number })[];
  const unknownYear = input.counts.filter((c) => c.year === null).reduce((sum, c) => sum + c.count, 0);
  const total = known.reduce((sum, c) => sum + c.count, 0);
  const notes =
    unknownYear > 0
      ? [
          `${plural(unknownYear, "start-up")} with no reported founding year ${unknownYear === 1 ? "is" : "are"} not shown.`,
        ]
      : [];

  const groupLabel = (key: string | null, label: string | null) =>
    key === null
      ? input.stack === "city"
        ? "City not reported"
        : "Sector not reported"
      : input.stack === "sector"
        ? (SECTOR_LABELS[key as Sector] ?? key)
        : (label ?? key);
  let series: ChartPanel["series"] = [{ key: "count", label: "Start-ups founded", color: TRACKED_COLOR }];
  const groupOf = new Map<string, string>();
  if (input.stack) {
    const totals = new Map<string, { label: string; count: number; isNull: boolean }>();
    for (const c of known) {
      const key = c.groupKey ?? "__none";
      const entry = totals.get(key) ?? {
        label: groupLabel(c.groupKey, c.groupLabel),
        count: 0,
        isNull: c.groupKey === null,
      };
      entry.count += c.count;
      totals.set(key, entry);
    }
    const named = [...totals.entries()]
      .filter(([, v]) => !v.isNull)
      .sort((a, b) => b[1].count - a[1].count || a[1].label.localeCompare(b[1].label));
    const shown = named.length > MAX_STACK_GROUPS ? named.slice(0, MAX_STACK_GROUPS - 1) : named;
    series = shown.map(([key, v], i) => ({ key, label: v.label, color: CATEGORY_COLORS[i % CATEGORY_COLORS.length]! }));
    for (const [key] of shown) groupOf.set(key, key);
    if (named.length > shown.length) {
      series.push({ key: "__other", label: "Other", color: MUTED_COLOR });
      for (const [key] of named.slice(shown.length)) groupOf.set(key, "__other");
    }
    if (totals.has("__none")) {
      series.push({ key: "__none", label: groupLabel(null, null), color: "#cfcfcf" });
      groupOf.set("__none", "__none");
    }
  }
  const panel: ChartPanel = {
    id: "main",
    layout: "columns",
    stacked: input.stack !== null,
    valueAxisLabel: "Start-ups founded",
    valueFormat: "integer",
    categoryAxisLabel: "Year founded",
    series,
    rows: [],
  };
  const columns = [
    { key: "year", label: "Year founded", numeric: false },
    ...(input.stack ? series.map((s) => ({ key: s.key, label: s.label, numeric: true })) : []),
    { key: "total", label: "Start-ups founded", numeric: true },
  ];
  if (total === 0) return { ...emptyBody("start-ups", columns, panel), notes };

  const years = span(Math.min(...known.map((c) => c.year)), Math.max(...known.map((c) => c.year)));
  const rows: ChartRow[] = years.map((year) => {
    const values: Record<string, number | null> = {};
    for (const s of series) values[s.key] = 0;
    for (const c of known.filter((k) => k.year === year)) {
      const key = input.stack ? groupOf.get(c.groupKey ?? "__none")! : "count";
      values[key] = (values[key] ?? 0) + c.count;
    }
    const sum = Object.values(values).reduce<number>((a, b) => a + (b ?? 0), 0);
    return { key: String(year), label: String(year), values, valueLabels: { total: formatInteger(sum) } };
  });
  const rowTotal = (row: ChartRow) => Object.values(row.values).reduce<number>((a, b) => a + (b ?? 0), 0);
  const table: ChartTable = {
    columns,
    rows: rows.map((row) => [
      row.label,
      ...(input.stack ? series.map((s) => row.values[s.key] ?? 0) : []),
      rowTotal(row),
    ]),
  };
  const peak = Math.max(...rows.map(rowTotal));
  const peakYears = rows.filter((row) => rowTotal(row) === peak).map((row) => row.label);
  const altText = [
    `Column chart of ${plural(total, "start-up")} by the year ${total === 1 ? "it was" : "they were"} founded, ${years[0]} to ${years.at(-1)}.`,
    `The most were founded in ${listOf(peakYears)}: ${formatInteger(peak)}${peakYears.length > 1 ? " each" : ""}.`,
    input.stack ? `Split by ${input.stack}: ${listOf(series.map((s) => s.label))}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return {
    subtitle: input.stack
      ? `AI start-ups founded by former Alibaba staff, by year founded and ${input.stack === "city" ? "city" : "first-listed sector"}`
      : undefined,
    panels: [{ ...panel, rows }],
    altText,
    table,
    population: { n: total, unit: total === 1 ? "start-up" : "start-ups" },
    emptyMessage: null,
    notes: [
      ...notes,
      ...(input.stack === "sector" ? ["Each start-up is counted under the first sector listed for it."] : []),
    ],
  };
}

function buildBySector(input: Extract<ChartInput, { key: "startups-by-sector" }>): Body {
  const panel: ChartPanel = {
    id: "main",
    layout: "bars",
    stacked: false,
    valueAxisLabel: "Start-ups",
    valueFormat: "integer",
    series: [{ key: "count", label: "Start-ups", color: TRACKED_COLOR }],
    rows: [],
  };
  const columns = [
    { key: "sector", label: "Sector", numeric: false },
    { key: "count", label: "Start-ups", numeric: true },
  ];
  if (input.total === 0) return emptyBody("start-ups", columns, panel);
  const ordered = [...input.counts.filter((c) => c.sector !== null), ...input.counts.filter((c) => c.sector === null)];
  const rows: ChartRow[] = ordered.map((c) => ({
    key: c.sector ?? "not-reported",
    label: c.sector ? SECTOR_LABELS[c.sector] : "Sector not reported",
    values: { count: c.count },
    muted: c.sector === null,
  }));
  const top = input.counts.filter((c) => c.sector !== null);
  const peak = top[0]?.count ?? 0;
  const leaders = top.filter((c) => c.count === peak).map((c) => SECTOR_LABELS[c.sector!]);
  return {
    panels: [{ ...panel, rows }],
    altText: leaders.length
      ? `Bar chart of ${plural(input.total, "start-up")} by sector. ${listOf(leaders)} ${leaders.length > 1 ? "are the most common sectors" : "is the most common sector"}, with ${formatInteger(peak)} start-up${peak === 1 ? "" : "s"}${leaders.length > 1 ? " each" : ""}.`
      : `Bar chart of ${plural(input.total, "start-up")} by sector; no sector is reported for any of them.`,
    table: { columns, rows: rows.map((row) => [row.label, row.values.count ?? 0]) },
    population: { n: input.total, unit: input.total === 1 ? "start-up" : "start-ups" },
    emptyMessage: null,
  };
}

function buildByUnit(input: Extract<ChartInput, { key: "startups-by-alibaba-unit" }>): Body {
  const panel: ChartPanel = {
    id: "main",
    layout: "bars",
    stacked: false,
    valueAxisLabel: "Start-ups",
    valueFormat: "integer",
    series: [{ key: "count", label: "Start-ups", color: TRACKED_COLOR }],
    rows: [],
  };
  const columns = [
    { key: "unit", label: "Alibaba unit", numeric: false },
    { key: "count", label: "Start-ups", numeric: true },
  ];
  if (input.total === 0) return emptyBody("start-ups", columns, panel);
  // Named units first; "unit not specified" and "none recorded" are gaps, drawn muted at the end.
  const ordered = [...input.units.filter((u) => !u.isRoot), ...input.units.filter((u) => u.isRoot)];
  const rows: ChartRow[] = ordered.map((u) => ({
    key: u.slug,
    label: u.isRoot ? `${u.name} (unit not specified)` : u.name,
    values: { count: u.count },
    muted: u.isRoot,
  }));
  if (input.withoutUnit > 0) {
    rows.push({
      key: "not-reported",
      label: "No Alibaba unit recorded",
      values: { count: input.withoutUnit },
      muted: true,
    });
  }
  const named = input.units.filter((u) => !u.isRoot);
  const peak = named[0]?.count ?? 0;
  const leaders = named.filter((u) => u.count === peak).map((u) => u.name);
  return {
    panels: [{ ...panel, rows }],
    altText: leaders.length
      ? `Bar chart of ${plural(input.total, "start-up")} by the Alibaba unit their founders came from. ${listOf(leaders)} ${leaders.length > 1 ? "lead" : "leads"} with ${formatInteger(peak)}${leaders.length > 1 ? " each" : ""}.${input.withoutUnit > 0 ? ` For ${plural(input.withoutUnit, "start-up")} no founder's unit is recorded.` : ""}`
      : `Bar chart of ${plural(input.total, "start-up")} by Alibaba unit; no founder's unit is recorded for them.`,
    table: { columns, rows: rows.map((row) => [row.label, row.values.count ?? 0]) },
    population: { n: input.total, unit: input.total === 1 ? "start-up" : "start-ups" },
    emptyMessage: null,
  };
}

function buildFunding(input: Extract<ChartInput, { key: "funding-over-time" }>): Body {
  const byYear = input.by === "year";
  const undated = byYear ? input.groups.filter((g) => g.key === null).reduce((sum, g) => sum + g.rounds, 0) : 0;
  let groups = input.groups.filter((g) => g.key !== null);
  if (byYear && groups.length > 0) {
    const years = groups.map((g) => Number(g.key));
    const blank = { rounds: 0, usdRounds: 0, undisclosed: 0, unconverted: 0, ranges: 0, usdLow: 0, usdHigh: 0 };
    groups = span(Math.min(...years), Math.max(...years)).map(
      (year) => groups.find((g) => Number(g.key) === year) ?? { key: String(year), ...blank },
    );
  }
  const label = (key: string) => (byYear ? key : (FUNDING_STAGE_LABELS[key as FundingStage] ?? key));
  const layout = byYear ? "columns" : "bars";
  const roundsPanel: ChartPanel = {
    id: "rounds",
    title: "Funding rounds",
    layout,
    stacked: true,
    valueAxisLabel: "Funding rounds",
    valueFormat: "integer",
    categoryAxisLabel: byYear ? "Year announced" : "Stage",
    series: [
      { key: "usd", label: "Amount disclosed in US$", color: TRACKED_COLOR },
      { key: "unconverted", label: "Amount reported in another currency only", color: OKABE_ITO.orange },
      { key: "undisclosed", label: "Amount undisclosed", color: MUTED_COLOR },
    ],
    rows: [],
  };
  const amountsPanel: ChartPanel = {
    id: "amounts",
    title: "Amounts disclosed in US dollars",
    layout,
    stacked: true,
    valueAxisLabel: "US$ disclosed",
    valueFormat: "usd",
    categoryAxisLabel: byYear ? "Year announced" : "Stage",
    series: [
      { key: "usdLow", label: "Disclosed (low end of ranges)", color: TRACKED_COLOR },
      { key: "usdRange", label: "Up to the high end of reported ranges", color: RANGE_COLOR, role: "range" },
    ],
    rows: [],
  };
  const columns = [
    { key: "group", label: byYear ? "Year announced" : "Stage", numeric: false },
    { key: "rounds", label: "Rounds", numeric: true },
    { key: "usd", label: "Rounds with US$ amount", numeric: true },
    { key: "unconverted", label: "Rounds with other-currency amount only", numeric: true },
    { key: "undisclosed", label: "Rounds with amount undisclosed", numeric: true },
    { key: "usdLow", label: "US$ disclosed, low", numeric: true },
    { key: "usdHigh", label: "US$ disclosed, high", numeric: true },
  ];
  const notes =
    undated > 0 ? [`${plural(undated, "round")} with no reported date ${undated === 1 ? "is" : "are"} not shown.`] : [];
  const totalRounds = groups.reduce((sum, g) => sum + g.rounds, 0);
  if (totalRounds === 0) {
    const empty = emptyBody("funding rounds", columns, roundsPanel);
    return { ...empty, panels: [roundsPanel, amountsPanel], notes };
  }
  roundsPanel.rows = groups.map((g) => ({
    key: g.key!,
    label: label(g.key!),
    values: { usd: g.usdRounds, unconverted: g.unconverted, undisclosed: g.undisclosed },
    valueLabels: { total: formatInteger(g.rounds) },
  }));
  amountsPanel.rows = groups.map((g) => ({
    key: g.key!,
    label: label(g.key!),
    values: { usdLow: g.usdLow, usdRange: g.usdHigh - g.usdLow },
    valueLabels: { total: g.usdRounds > 0 ? formatUsdRange(g.usdLow, g.usdHigh) : "" },
  }));
  const sumLow = groups.reduce((sum, g) => sum + g.usdLow, 0);
  const sumHigh = groups.reduce((sum, g) => sum + g.usdHigh, 0);
  const usdRounds = groups.reduce((sum, g) => sum + g.usdRounds, 0);
  const notSummed = totalRounds - usdRounds;
  const richest = groups.filter((g) => g.usdRounds > 0).sort((a, b) => b.usdHigh - a.usdHigh)[0];
  const altText = [
    `${byYear ? "Column" : "Bar"} charts of ${plural(totalRounds, "funding round")} by ${byYear ? "year announced" : "stage"}.`,
    usdRounds > 0
      ? `${formatInteger(usdRounds)} disclosed an amount in US dollars, together ${formatUsdRange(sumLow, sumHigh)}; ${formatInteger(notSummed)} ${notSummed === 1 ? "was" : "were"} undisclosed or reported in another currency only and ${notSummed === 1 ? "is" : "are"} not summed.`
      : `None disclosed an amount in US dollars.`,
    richest
      ? `The most disclosed money went to ${byYear ? "rounds in" : ""} ${label(richest.key!)}: ${formatUsdRange(richest.usdLow, richest.usdHigh)}.`.replace(
          "  ",
          " ",
        )
      : "",
  ]
    .filter(Boolean)
    .join(" ");
  return {
    subtitle: `Funding rounds of AI start-ups founded by former Alibaba staff, by ${byYear ? "year announced" : "stage"}, and the amounts disclosed in US dollars`,
    panels: [roundsPanel, amountsPanel],
    altText,
    table: {
      columns,
      rows: groups.map((g) => [
        label(g.key!),
        g.rounds,
        g.usdRounds,
        g.unconverted,
        g.undisclosed,
        g.usdRounds ? g.usdLow : null,
        g.usdRounds ? g.usdHigh : null,
      ]),
    },
    population: { n: totalRounds, unit: totalRounds === 1 ? "funding round" : "funding rounds" },
    emptyMessage: null,
    notes,
  };
}

function buildTopInvestors(input: Extract<ChartInput, { key: "top-investors" }>): Body {
  const panel: ChartPanel = {
    id: "main",
    layout: "bars",
    stacked: false,
    valueAxisLabel: "Alumni start-ups backed",
    valueFormat: "integer",
    series: [{ key: "startups", label: "Alumni start-ups backed", color: TRACKED_COLOR }],
    rows: [],
  };
  const columns = [
    { key: "investor", label: "Investor", numeric: false },
    { key: "startups", label: "Start-ups backed", numeric: true },
    { key: "rounds", label: "Rounds joined", numeric: true },
  ];
  if (input.investors.length === 0) return emptyBody("start-ups with a known investor", columns, panel);
  const rows: ChartRow[] = input.investors.map((investor) => ({
    key: `${investor.kind}-${investor.slug}`,
    label: investor.name,
    href: investor.kind === "organization" ? `/investors/${investor.slug}` : undefined,
    values: { startups: investor.startups },
  }));
  const peak = input.investors[0]!.startups;
  const leaders = input.investors.filter((i) => i.startups === peak).map((i) => i.name);
  const notes =
    input.investorCount > input.investors.length
      ? [
          `Shows the ${formatInteger(input.investors.length)} investors backing the most start-ups, of ${formatInteger(input.investorCount)} recorded; ties are ordered by rounds joined, then name.`,
        ]
      : [];
  const leaderText = leaders.length > 3 ? `${formatInteger(leaders.length)} investors` : listOf(leaders);
  return {
    panels: [{ ...panel, rows }],
    altText: `Bar chart of investors by the number of alumni start-ups they backed. ${leaderText} ${leaders.length > 1 ? "have each" : "has"} backed ${plural(peak, "start-up")}, the most of any investor; ${formatInteger(input.investorCount)} investors are recorded across ${plural(input.startupCount, "start-up")}.`,
    table: { columns, rows: input.investors.map((i) => [i.name, i.startups, i.rounds]) },
    population: {
      n: input.startupCount,
      unit: input.startupCount === 1 ? "start-up with a known investor" : "start-ups with a known investor",
    },
    emptyMessage: null,
    notes,
  };
}

function buildYearsAtAlibaba(input: Extract<ChartInput, { key: "years-at-alibaba" }>): Body {
  const panel: ChartPanel = {
    id: "main",
    layout: "columns",
    stacked: false,
    valueAxisLabel: "Founders",
    valueFormat: "integer",
    categoryAxisLabel: "Years at Alibaba before founding",
    series: [{ key: "count", label: "Founders", color: TRACKED_COLOR }],
    rows: [],
  };
  const columns = [
    { key: "years", label: "Years at Alibaba", numeric: false },
    { key: "count", label: "Founders", numeric: true },
  ];
  const total = input.counts.reduce((sum, c) => sum + c.count, 0);
  const notes =
    input.excluded > 0
      ? [
          `${plural(input.excluded, "founder")} with an Alibaba career but incomplete years ${input.excluded === 1 ? "is" : "are"} not counted.`,
        ]
      : [];
  if (total === 0) {
    return {
      ...emptyBody(
        "founders",
        columns,
        panel,
        input.excluded > 0
          ? "No founder in this selection has both Alibaba years and a founding year recorded."
          : NOTHING_MATCHES,
      ),
      notes,
    };
  }
  const max = Math.max(...input.counts.map((c) => c.years));
  const rows: ChartRow[] = span(0, max).map((years) => ({
    key: String(years),
    label: String(years),
    values: { count: input.counts.find((c) => c.years === years)?.count ?? 0 },
  }));
  // The median from the histogram: the smallest span reaching half of the founders.
  let seen = 0;
  let median = 0;
  for (const row of rows) {
    seen += row.values.count ?? 0;
    if (seen * 2 >= total) {
      median = Number(row.key);
      break;
    }
  }
  return {
    panels: [{ ...panel, rows }],
    altText: `Column chart of ${plural(total, "founder")} by the years they spent at Alibaba before founding their start-up, from 0 to ${max}. The median is ${plural(median, "year")}.`,
    table: { columns, rows: rows.map((row) => [row.label, row.values.count ?? 0]) },
    population: { n: total, unit: total === 1 ? "founder" : "founders" },
    emptyMessage: null,
    notes,
  };
}
