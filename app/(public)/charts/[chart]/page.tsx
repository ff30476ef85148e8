import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChartDataTable } from "@/components/charts/data-table";
import { ChartFigure } from "@/components/charts/chart-figure";
import { ChartFilters, type FilterControl } from "@/components/charts/chart-filters";
import { ChartWorkbench } from "@/components/charts/chart-workbench";
import { Alert } from "@/components/ui/alert";
import { alumniControls } from "@/lib/charts/alumni";
import { isChartKey, type ChartDefinition } from "@/lib/charts/definition";
import { SECTOR_LABELS, sectorToParam } from "@/lib/charts/labels";
import {
  parseChartRequest,
  type ChartFilters as Filters,
  type ChartRequest,
  type FilterProblem,
} from "@/lib/charts/request";
import type { ChartData } from "@/lib/charts/types";
import { DatedVersionBanner, DatedVersionProblem } from "@/components/as-of/dated-version";
import { getChartAsOf, getChartSnapshotAsOf } from "@/lib/data/as-of/charts";
import { getChartForRequest } from "@/lib/data/charts/get-chart-for-request";
import { parseAsOf, type AsOfRequest } from "@/lib/validation/as-of";
import { chartPagePath } from "@/lib/charts/urls";
import { getChart, getChartFilterOptions, type ChartFilterOptions } from "@/lib/data/charts/get-chart";
import { CHARTS } from "@/lib/data/charts/registry";

type Props = {
  params: Promise<{ chart: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { chart } = await params;
  if (!isChartKey(chart)) return { title: "Chart not found" };
  const { definition } = CHARTS[chart];
  const { filters } = parseChartRequest(definition, await searchParams);
  return {
    title: definition.title,
    description: `${definition.subtitle}. ${definition.description}`,
    alternates: { canonical: chartPagePath(chart, filters) },
  };
}

export default async function ChartPage({ params, searchParams }: Props) {
  const { chart: key } = await params;
  if (!isChartKey(key)) notFound();
  const { definition } = CHARTS[key];
  const raw = await searchParams;
  const request = parseChartRequest(definition, raw);
  const { filters, problems } = request;
  const asOf = parseAsOf(raw.asOf);
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <nav aria-label="Breadcrumb" className="text-sm text-ink-muted">
        <Link href="/charts" className="underline-offset-2 hover:underline">
          Charts
        </Link>
        <span aria-hidden> / </span>
        <span className="text-ink">{definition.title}</span>
      </nav>
      {/* Not behind Suspense: streamed content needs a script to appear, and this page is the chart. */}
      {request.snapshot !== null ? (
        <PinnedChartSection request={request} />
      ) : asOf !== null ? (
        <DatedChartSection definition={definition} request={request} asOf={asOf} />
      ) : (
        <ChartSection definition={definition} filters={filters} problems={problems} />
      )}
    </div>
  );
}

async function ChartSection({
  definition,
  filters,
  problems,
}: {
  definition: ChartDefinition;
  filters: Filters;
  problems: FilterProblem[];
}) {
  const chartKey = definition.key;
  const [{ chart, problems: unknown }, options] = await Promise.all([
    getChart({ key: chartKey, filters }),
    getChartFilterOptions(),
  ]);
  const ignored = [...problems, ...unknown];
  const controls = filterControls(definition, chart.filters, options);
  return (
    <>
      {ignored.length > 0 ? (
        <Alert variant="warning" data-testid="filter-problems">
          Some filters in the address were ignored: {ignored.map((p) => p.message).join("; ")}.
        </Alert>
      ) : null}
      <div className="rounded-lg border border-rule bg-paper p-4">
        <ChartFilters key={JSON.stringify(chart.filters)} controls={controls} />
      </div>
      <ChartWithTable chart={chart} pageUrl={chartPagePath(chartKey, chart.filters)} />
    </>
  );
}

/**
 * The chart as it was at `?asOf=`: its counts rebuilt from the change history. The filters stay
 * usable and keep the date; a snapshot pinned by then is offered as the frozen alternative.
 */
async function DatedChartSection({
  definition,
  request,
  asOf,
}: {
  definition: ChartDefinition;
  request: ChartRequest;
  asOf: AsOfRequest;
}) {
  const livePath = chartPagePath(request.key, request.filters);
  if (!asOf.ok) return <DatedVersionProblem message={asOf.message} path={livePath} />;
  const atIso = asOf.at.toISOString();
  const [{ chart, problems: unknown }, options, pinned] = await Promise.all([
    getChartAsOf({ key: request.key, filters: request.filters, atIso, version: asOf.date }),
    getChartFilterOptions(),
    getChartSnapshotAsOf({ key: request.key, filters: request.filters, atIso }),
  ]);
  const ignored = [...request.problems, ...unknown];
  const controls = filterControls(definition, chart.filters, options);
  const [path, query] = datedChartPath(request.key, chart.filters, asOf.date);
  return (
    <>
      <DatedVersionBanner
        title={chart.title}
        path={path}
        livePath={chartPagePath(request.key, chart.filters)}
        date={asOf.date}
        label={asOf.label}
        query={query}
        heading={`You are viewing this chart as it was at ${asOf.label}.`}
        rebuilt={`Its counts are rebuilt from the change history: every record as it stood then, edits and deletions since undone. City and unit names in the filters are as they are now.`}
        extra={
          pinned?.snapshot ? (
            <>
              A version frozen on {pinned.snapshot.createdAt.slice(0, 10)} is also pinned:{" "}
              <Link href={`${path}?snapshot=${encodeURIComponent(pinned.snapshot.id)}`}>see the pinned chart</Link>.
            </>
          ) : null
        }
      />
      {ignored.length > 0 ? (
        <Alert variant="warning" data-testid="filter-problems">
          Some filters in the address were ignored: {ignored.map((p) => p.message).join("; ")}.
        </Alert>
      ) : null}
      <div className="rounded-lg border border-rule bg-paper p-4">
        <ChartFilters key={JSON.stringify(chart.filters)} controls={controls} keep={{ asOf: asOf.date }} />
      </div>
      <ChartWithTable chart={chart} pageUrl={`${path}?${query}`} />
    </>
  );
}

/** A dated chart's path and query: its filters and the date. */
function datedChartPath(key: ChartDefinition["key"], filters: Filters, date: string): [string, string] {
  const [path, filterQuery] = chartPagePath(key, filters).split("?") as [string, string | undefined];
  const params = new URLSearchParams(filterQuery ?? "");
  params.set("asOf", date);
  return [path, params.toString()];
}

/** The chart frozen: a pinned `?snapshot=` exactly as it was taken. No filter controls: a pinned chart does not change. */
async function PinnedChartSection({ request }: { request: ChartRequest }) {
  const livePath = chartPagePath(request.key, request.filters);
  const result = await getChartForRequest(request);
  if (!result.ok)
    return <DatedVersionProblem message={`This pinned chart cannot be shown: ${result.message}`} path={livePath} />;
  const chart: ChartData = result.chart;
  const takenOn = chart.snapshot?.createdAt.slice(0, 10) ?? "";
  const path = chartPagePath(request.key, {}).split("?")[0]!;
  return (
    <>
      <DatedVersionBanner
        title={chart.title}
        path={path}
        date={takenOn}
        query={`snapshot=${chart.snapshot?.id ?? ""}`}
        heading={`You are viewing a pinned version of this chart, frozen on ${takenOn}.`}
        rebuilt="Its data, filters and notes are exactly as they were then, whatever has changed since."
      />
      <ChartWithTable chart={chart} pageUrl={`${path}?snapshot=${chart.snapshot?.id ?? ""}`} />
    </>
  );
}

/** The chart with its export tools, then its data as a table: the same for the live and a pinned chart. */
function ChartWithTable({ chart, pageUrl }: { chart: ChartData; pageUrl: string }) {
  return (
    <>
      <div className="rounded-lg border border-rule bg-paper p-5 sm:p-6">
        <ChartWorkbench chart={chart} pageUrl={pageUrl}>
          <ChartFigure chart={chart} headingLevel={1} />
        </ChartWorkbench>
      </div>
      <section aria-labelledby="table-heading" className="grid grid-cols-[minmax(0,1fr)] gap-3">
        <h2 id="table-heading" className="text-lg font-semibold tracking-tight">
          The data in this chart
        </h2>
        <p className="text-sm text-ink-muted">{chart.altText}</p>
        {chart.table.rows.length > 0 ? (
          <div className="rounded-lg border border-rule bg-paper">
            <ChartDataTable table={chart.table} caption={`${chart.title}: data table`} />
          </div>
        ) : (
          <p className="text-sm text-ink-muted">{chart.emptyMessage}</p>
        )}
      </section>
    </>
  );
}

function filterControls(definition: ChartDefinition, filters: Filters, options: ChartFilterOptions): FilterControl[] {
  const supported = definition.filters;
  const controls: FilterControl[] = [];
  for (const name of supported) {
    switch (name) {
      case "city":
        controls.push({
          name,
          label: "City",
          allLabel: "All cities",
          value: filters.city ?? "",
          options: options.cities.map((c) => ({ value: c.slug, label: `${c.name} (${c.count})` })),
        });
        break;
      case "sector":
        controls.push({
          name,
          label: "Sector",
          allLabel: "All sectors",
          value: filters.sector ? sectorToParam(filters.sector) : "",
          options: options.sectors.map((s) => ({
            value: sectorToParam(s.sector),
            label: `${SECTOR_LABELS[s.sector]} (${s.count})`,
          })),
        });
        break;
      case "unit":
        controls.push({
          name,
          label: "Founders' Alibaba unit",
          allLabel: "All units",
          value: filters.unit ?? "",
          options: options.units.map((u) => ({ value: u.slug, label: u.name })),
        });
        break;
      case "years": {
        const now = new Date().getFullYear();
        // The menus offer the years in the data, and any year the address asked for beyond them.
        const chosen = [filters.from, filters.to].filter((year) => year !== undefined);
        controls.push({
          name,
          label: definition.years === "announced" ? "Rounds announced" : "Year founded",
          from: filters.from ? String(filters.from) : "",
          to: filters.to ? String(filters.to) : "",
          min: Math.min(options.years?.min ?? now, 2000, ...chosen),
          max: Math.max(options.years?.max ?? now, now, ...chosen),
        });
        break;
      }
      case "stack":
        controls.push({
          name,
          label: "Split bars by",
          allLabel: "No split",
          value: filters.stack ?? "",
          options: [
            { value: "city", label: "City" },
            { value: "sector", label: "Sector" },
          ],
        });
        break;
      case "by":
        controls.push({
          name,
          label: "Group rounds by",
          allLabel: "Year announced",
          value: filters.by ?? "",
          options: [{ value: "stage", label: "Stage" }],
        });
        break;
    }
  }
  // Who counts as an alumnus: offered on every chart.
  controls.push(...alumniControls(filters));
  return controls;
}
