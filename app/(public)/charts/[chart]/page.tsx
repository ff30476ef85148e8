import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OG_IMAGE_SIZE } from "@/lib/images/og-image-size";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { ChartDataTable } from "@/components/charts/data-table";
import { ChartFigure } from "@/components/charts/chart-figure";
import { ChartFilters, type FilterControl } from "@/components/charts/chart-filters";
import { ChartWorkbench } from "@/components/charts/chart-workbench";
import { Alert } from "@/components/ui/alert";
import { alumniControls } from "@/lib/charts/alumni";
import { alumniControlWords } from "@/components/charts/alumni-control-words";
import { isChartKey, localizeDefinition, type ChartDefinition } from "@/lib/charts/definition";
import { sectorToParam } from "@/lib/charts/labels";
import { sectorLabel } from "@/lib/labels";
import { formatInteger } from "@/lib/format/numbers";
import { optionName } from "@/lib/charts/labels";
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
import { localizedPath, type Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

type ChartsT = Awaited<ReturnType<typeof getTranslations<"charts">>>;

type Props = {
  params: Promise<{ chart: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { chart } = await params;
  const [t, locale] = await Promise.all([getTranslations("charts"), getLocale()]);
  if (!isChartKey(chart)) return { title: t("page.notFound") };
  const definition = localizeDefinition(CHARTS[chart].definition, locale);
  const { filters } = parseChartRequest(definition, await searchParams);
  const description = `${definition.subtitle}${locale === "zh" ? "。" : ". "}${definition.description}`;
  // The card in the page's language: /zh/charts/<chart>/card.png is drawn in 中文.
  const card = { url: localizedPath(`/charts/${chart}/card.png`, locale), ...OG_IMAGE_SIZE, alt: definition.title };
  return {
    title: definition.title,
    description,
    alternates: { canonical: localizedPath(chartPagePath(chart, filters), locale) },
    openGraph: { title: definition.title, description, images: [card] },
    twitter: { card: "summary_large_image", images: [card] },
  };
}

export default async function ChartPage({ params, searchParams }: Props) {
  const { chart: key } = await params;
  if (!isChartKey(key)) notFound();
  const [t, locale] = await Promise.all([getTranslations("charts"), getLocale()]);
  const definition = localizeDefinition(CHARTS[key].definition, locale);
  const raw = await searchParams;
  const request = parseChartRequest(definition, raw);
  const { filters, problems } = request;
  const asOf = parseAsOf(raw.asOf);
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <nav aria-label={t("page.breadcrumbLabel")} className="text-sm text-ink-muted">
        <Link href="/charts" className="underline-offset-2 hover:underline">
          {t("page.breadcrumb")}
        </Link>
        <span aria-hidden> / </span>
        <span className="text-ink">{definition.title}</span>
      </nav>
      {/* Not behind Suspense: streamed content needs a script to appear, and this page is the chart. */}
      {request.snapshot !== null ? (
        <PinnedChartSection request={request} t={t} locale={locale} />
      ) : asOf !== null ? (
        <DatedChartSection definition={definition} request={request} asOf={asOf} t={t} locale={locale} />
      ) : (
        <ChartSection definition={definition} filters={filters} problems={problems} t={t} locale={locale} />
      )}
    </div>
  );
}

async function ChartSection({
  definition,
  filters,
  problems,
  t,
  locale,
}: {
  definition: ChartDefinition;
  filters: Filters;
  problems: FilterProblem[];
  t: ChartsT;
  locale: Locale;
}) {
  const chartKey = definition.key;
  const [{ chart, problems: unknown }, options] = await Promise.all([
    getChart({ key: chartKey, filters, locale }),
    getChartFilterOptions(),
  ]);
  const ignored = [...problems, ...unknown];
  const controls = filterControls(definition, chart.filters, options, t, locale);
  return (
    <>
      {ignored.length > 0 ? (
        <Alert variant="warning" data-testid="filter-problems">
          {t("page.ignored", { problems: ignored.map((p) => p.message).join("; ") })}
        </Alert>
      ) : null}
      <div className="rounded-lg border border-rule bg-paper p-4">
        <ChartFilters
          key={JSON.stringify(chart.filters)}
          controls={controls}
          words={messages[locale].charts.page.form}
        />
      </div>
      <ChartWithTable chart={chart} pageUrl={localizedPath(chartPagePath(chartKey, chart.filters), locale)} t={t} />
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
  t,
  locale,
}: {
  definition: ChartDefinition;
  request: ChartRequest;
  asOf: AsOfRequest;
  t: ChartsT;
  locale: Locale;
}) {
  const livePath = chartPagePath(request.key, request.filters);
  if (!asOf.ok) return <DatedVersionProblem message={asOf.message} path={livePath} />;
  const atIso = asOf.at.toISOString();
  const [{ chart, problems: unknown }, options, pinned] = await Promise.all([
    getChartAsOf({ key: request.key, filters: request.filters, atIso, version: asOf.date, locale }),
    getChartFilterOptions(),
    getChartSnapshotAsOf({ key: request.key, filters: request.filters, atIso }),
  ]);
  const ignored = [...request.problems, ...unknown];
  const controls = filterControls(definition, chart.filters, options, t, locale);
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
        heading={t("page.dated.heading", { date: asOf.label })}
        rebuilt={t("page.dated.rebuilt")}
        extra={
          pinned?.snapshot
            ? t.rich("page.dated.pinnedAlso", {
                date: pinned.snapshot.createdAt.slice(0, 10),
                link: (chunks) => (
                  <Link href={`${path}?snapshot=${encodeURIComponent(pinned.snapshot!.id)}`}>{chunks}</Link>
                ),
              })
            : null
        }
      />
      {ignored.length > 0 ? (
        <Alert variant="warning" data-testid="filter-problems">
          {t("page.ignored", { problems: ignored.map((p) => p.message).join("; ") })}
        </Alert>
      ) : null}
      <div className="rounded-lg border border-rule bg-paper p-4">
        <ChartFilters
          key={JSON.stringify(chart.filters)}
          controls={controls}
          keep={{ asOf: asOf.date }}
          words={messages[locale].charts.page.form}
        />
      </div>
      <ChartWithTable chart={chart} pageUrl={`${localizedPath(path, locale)}?${query}`} t={t} />
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
async function PinnedChartSection({ request, t, locale }: { request: ChartRequest; t: ChartsT; locale: Locale }) {
  const livePath = chartPagePath(request.key, request.filters);
  // A snapshot is frozen as it was published, in English: its words are part of what was pinned.
  const result = await getChartForRequest(request, locale);
  if (!result.ok)
    return <DatedVersionProblem message={t("page.dated.problem", { message: result.message })} path={livePath} />;
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
        heading={t("page.dated.pinnedHeading", { date: takenOn })}
        rebuilt={t("page.dated.pinnedRebuilt")}
      />
      <ChartWithTable
        chart={chart}
        pageUrl={`${localizedPath(path, locale)}?snapshot=${chart.snapshot?.id ?? ""}`}
        t={t}
        locale={locale}
      />
    </>
  );
}

/** The chart with its export tools, then its data as a table: the same for the live and a pinned chart. */
function ChartWithTable({
  chart,
  pageUrl,
  t,
  locale,
}: {
  chart: ChartData;
  pageUrl: string;
  t: ChartsT;
  /** The page's language, when it differs from the chart's (a pinned snapshot is in English). */
  locale?: Locale;
}) {
  return (
    <>
      <div className="rounded-lg border border-rule bg-paper p-5 sm:p-6">
        <ChartWorkbench
          chart={chart}
          pageUrl={pageUrl}
          locale={locale ?? chart.locale ?? "en"}
          words={messages[locale ?? chart.locale ?? "en"].charts.page.workbench}
          embedWords={messages[locale ?? chart.locale ?? "en"].charts.page.embed}
        >
          <ChartFigure chart={chart} headingLevel={1} />
        </ChartWorkbench>
      </div>
      <section aria-labelledby="table-heading" className="grid grid-cols-[minmax(0,1fr)] gap-3">
        <h2 id="table-heading" className="text-lg font-semibold tracking-tight">
          {t("page.tableHeading")}
        </h2>
        <p className="text-sm text-ink-muted">{chart.altText}</p>
        {chart.table.rows.length > 0 ? (
          <div className="rounded-lg border border-rule bg-paper">
            <ChartDataTable
              table={chart.table}
              caption={t("page.tableCaption", { title: chart.title })}
              notReported={t("page.notReported")}
              locale={locale ?? "en"}
            />
          </div>
        ) : (
          <p className="text-sm text-ink-muted">{chart.emptyMessage}</p>
        )}
      </section>
    </>
  );
}

function filterControls(
  definition: ChartDefinition,
  filters: Filters,
  options: ChartFilterOptions,
  t: ChartsT,
  locale: Locale,
): FilterControl[] {
  const supported = definition.filters;
  const controls: FilterControl[] = [];
  for (const name of supported) {
    switch (name) {
      case "city":
        controls.push({
          name,
          label: t("page.filters.city"),
          allLabel: t("page.filters.allCities"),
          value: filters.city ?? "",
          options: options.cities.map((c) => ({
            value: c.slug,
            label: `${optionName(c, locale)} (${formatInteger(c.count, locale)})`,
          })),
        });
        break;
      case "sector":
        controls.push({
          name,
          label: t("page.filters.sector"),
          allLabel: t("page.filters.allSectors"),
          value: filters.sector ? sectorToParam(filters.sector) : "",
          options: options.sectors.map((s) => ({
            value: sectorToParam(s.sector),
            label: `${sectorLabel(s.sector, locale)} (${s.count})`,
          })),
        });
        break;
      case "unit":
        controls.push({
          name,
          label: t("page.filters.unit"),
          allLabel: t("page.filters.allUnits"),
          value: filters.unit ?? "",
          options: options.units.map((u) => ({ value: u.slug, label: optionName(u, locale) })),
        });
        break;
      case "years": {
        const now = new Date().getFullYear();
        // The menus offer the years in the data, and any year the address asked for beyond them.
        const chosen = [filters.from, filters.to].filter((year) => year !== undefined);
        controls.push({
          name,
          label: definition.years === "announced" ? t("page.filters.roundsAnnounced") : t("page.filters.yearFounded"),
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
          label: t("page.filters.stack"),
          allLabel: t("page.filters.noSplit"),
          value: filters.stack ?? "",
          options: [
            { value: "city", label: t("page.filters.city") },
            { value: "sector", label: t("page.filters.sector") },
          ],
        });
        break;
      case "by":
        controls.push({
          name,
          label: t("page.filters.by"),
          allLabel: t("page.filters.byYear"),
          value: filters.by ?? "",
          options: [{ value: "stage", label: t("page.filters.byStage") }],
        });
        break;
    }
  }
  // Who counts as an alumnus: offered on every chart.
  controls.push(...alumniControls(filters, alumniControlWords(t)));
  return controls;
}
