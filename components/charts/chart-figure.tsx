import type { ReactNode } from "react";
import { compactPanel } from "@/lib/charts/compact";
import { figureWords, fill } from "@/lib/charts/figure-words";
import type { ChartData, ChartSeries } from "@/lib/charts/types";
import { formatIsoDate } from "@/lib/format/dates";
import { ChartHover } from "./chart-hover";
import { ChartPanelDrawing } from "./chart-svg";

function showLegend(chart: ChartData, panelSeries: ChartData["panels"][number]["series"]): boolean {
  return panelSeries.length > 1 || chart.key === "startups-by-city";
}

/**
 * A chart as a newspaper prints it: title, subtitle, legend, the chart, n, notes, source line and
 * date. The drawing is hidden from screen readers, which get the alt text (and the data table the
 * page shows beside it) instead. Rendered on the server, with or without JavaScript in the browser.
 */
export function ChartFigure({
  chart,
  compact = false,
  headingLevel = 2,
  titleHref,
  interactive = true,
  children,
}: {
  chart: ChartData;
  compact?: boolean;
  headingLevel?: 1 | 2 | 3;
  titleHref?: string;
  /**
   * Whether the bars' tooltips hydrate (ChartHover). The chart embed is rendered to plain HTML with
   * no React in the browser: it marks the area instead, and its own inline script shows the tooltips.
   */
  interactive?: boolean;
  /** Actions rendered under the source line (downloads, embed). */
  children?: ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  // The frame's words in the chart's own language (a chart carries its locale; English when absent).
  const words = figureWords(chart.locale);
  const [generatedBefore, generatedAfter] = words.generated.split("{date}") as [string, string?];
  const singlePanel = chart.panels.length === 1;
  return (
    <figure className="grid min-w-0 grid-cols-[minmax(0,1fr)] gap-3" data-chart={chart.key}>
      <header className="grid gap-1">
        <Heading
          className={
            headingLevel === 1
              ? "font-serif text-2xl leading-tight font-semibold tracking-tight text-ink sm:text-3xl"
              : "text-lg leading-snug font-semibold tracking-tight text-ink"
          }
        >
          {titleHref ? (
            <a href={titleHref} className="hover:underline hover:decoration-rule hover:underline-offset-4">
              {chart.title}
            </a>
          ) : (
            chart.title
          )}
        </Heading>
        <p className={compact ? "text-sm text-ink-muted" : "max-w-3xl text-base text-ink-muted"}>{chart.subtitle}</p>
        {chart.filterSummary ? (
          <p className="text-sm text-ink">
            <span className="text-ink-muted">{words.filtered}</span>
            <span data-testid="filter-summary">{chart.filterSummary}</span>
          </p>
        ) : null}
      </header>

      {singlePanel && showLegend(chart, chart.panels[0]!.series) ? (
        <ChartLegend series={chart.panels[0]!.series} label={words.legend} />
      ) : null}

      {chart.emptyMessage ? (
        <div
          role="status"
          className="grid min-h-40 place-items-center rounded-md border border-dashed border-rule bg-canvas px-6 py-10 text-center text-sm text-ink-muted"
        >
          {chart.emptyMessage}
        </div>
      ) : (
        <div
          role="img"
          aria-label={chart.altText}
          className="grid min-w-0 grid-cols-[minmax(0,1fr)] gap-4"
          data-testid="chart-drawing"
        >
          {chart.panels.map((full) => {
            // A card draws a long bar chart's largest rows; the chart's page draws them all.
            const { panel, total } = compact ? compactPanel(full) : { panel: full, total: full.rows.length };
            return (
              <div key={panel.id} className="grid min-w-0 grid-cols-[minmax(0,1fr)] gap-2">
                {panel.title ? (
                  <div className="grid gap-1">
                    <h3 className="text-sm font-semibold text-ink" aria-hidden>
                      {panel.title}
                    </h3>
                    {panel.series.length > 1 ? (
                      <ChartLegend series={panel.series} className="text-xs" label={words.legend} />
                    ) : null}
                  </div>
                ) : null}
                <div aria-hidden className="min-w-0">
                  {interactive ? (
                    <ChartHover>
                      <ChartPanelDrawing panel={panel} compact={compact} asMarkup />
                    </ChartHover>
                  ) : (
                    <div className="relative" data-chart-hover>
                      <ChartPanelDrawing panel={panel} compact={compact} />
                    </div>
                  )}
                </div>
                {panel.rows.length < total ? (
                  <p className="text-xs text-ink-muted" data-testid="compact-rows">
                    {fill(words.compactRows, { shown: panel.rows.length, total })}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      )}

      <figcaption className="grid gap-1 border-t border-rule pt-2 text-xs text-ink-muted">
        <p>
          <span className="font-semibold text-ink" data-testid="population">
            {fill(words.population, { n: chart.population.n, unit: chart.population.unit })}
          </span>
          {chart.snapshot ? (
            <span className="ml-2 rounded bg-warn-soft px-1.5 py-0.5 text-warn">
              {fill(words.pinned, { date: formatIsoDate(chart.snapshot.createdAt) ?? "" })}
            </span>
          ) : null}
        </p>
        {compact ? null : chart.notes.map((note) => <p key={note}>{fill(words.note, { note })}</p>)}
        <p className="text-ink" data-testid="source-line">
          {chart.sourceLine}
          {chart.sources
            .filter((s) => s.url)
            .map((s) => (
              <span key={s.url}>
                {" · "}
                <a href={s.url} className="underline underline-offset-2" rel="noreferrer noopener" target="_blank">
                  {s.label}
                </a>
              </span>
            ))}
        </p>
        <p className="text-ink-faint">
          {words.credit} · {generatedBefore}
          <time dateTime={chart.generatedAt}>{formatIsoDate(chart.generatedAt)}</time>
          {generatedAfter}
        </p>
      </figcaption>
      {children}
    </figure>
  );
}

export function ChartLegend({
  series,
  className,
  label = "Legend",
}: {
  series: ChartSeries[];
  className?: string;
  label?: string;
}) {
  return (
    <ul className={`flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink ${className ?? ""}`} aria-label={label}>
      {series.map((s) => (
        <li key={s.key} className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block size-3 shrink-0 rounded-sm" style={{ background: s.color }} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}
