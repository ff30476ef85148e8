import { ConflictNote } from "@/components/sources/conflict-note";
import { SourceByline, SourceKindBadge, sourceLinkText } from "@/components/sources/source-description";
import { Badge } from "@/components/ui/badge";
import type { ReportedFigureView } from "@/lib/data/reported-figures";
import { formatReportedValue } from "@/lib/format/money";
import { formatInteger, formatPercent } from "@/lib/format/numbers";

/** One reported figure: the number, what it counts, who reported it and when, its source and words. */
export function FigureCard({ figure }: { figure: ReportedFigureView }) {
  const shown = formatReportedValue(figure);
  return (
    <article
      id={figure.slug}
      className="grid scroll-mt-20 gap-4 rounded-lg border border-rule bg-paper p-4 target:ring-2 target:ring-accent sm:grid-cols-[11rem_1fr]"
      data-figure={figure.slug}
    >
      <div className="grid content-start gap-1">
        <Badge variant="reported" className="justify-self-start">
          Reported
        </Badge>
        <p
          className="text-3xl font-semibold tracking-tight break-words text-reported tabular-nums"
          data-testid="figure-value"
        >
          {shown.value}
        </p>
        {shown.unit ? <p className="text-sm text-ink-muted">{shown.unit}</p> : null}
        {figure.tracked ? (
          <div className="mt-2 grid gap-1 border-t border-rule pt-2" data-testid="figure-tracked">
            <Badge variant="tracked" className="justify-self-start">
              Tracked here
            </Badge>
            <p className="text-2xl font-semibold text-tracked tabular-nums">
              {figure.tracked.unit === "percent"
                ? formatPercent(figure.tracked.value)
                : formatInteger(figure.tracked.value)}
            </p>
            <p className="text-xs text-ink-muted">
              {figure.tracked.unit === "percent"
                ? `${formatInteger(figure.tracked.count)} of ${formatInteger(figure.tracked.total)} start-ups`
                : "start-ups with sourced records"}
            </p>
          </div>
        ) : null}
      </div>
      <div className="grid min-w-0 content-start gap-2 text-sm">
        <h3 className="text-base font-semibold text-ink">{figure.metric}</h3>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-ink-muted">
          <dt className="text-ink-faint">As of</dt>
          <dd>{figure.asOfLabel}</dd>
          {figure.scope ? (
            <>
              <dt className="text-ink-faint">Counts</dt>
              <dd>
                {figure.scope}
                {figure.base ? (
                  <>
                    {" ("}
                    <a href={`#${figure.base.slug}`} className="underline">
                      see the total
                    </a>
                    {")"}
                  </>
                ) : null}
              </dd>
            </>
          ) : null}
          <dt className="text-ink-faint">Reported by</dt>
          <dd>{figure.originalDataSource ?? "not named"}</dd>
          <dt className="text-ink-faint">Source</dt>
          <dd className="min-w-0 break-words">
            <SourceByline source={figure.source} /> <SourceKindBadge source={figure.source} />
            <br />
            {figure.source.url ? (
              <a href={figure.source.url} rel="noreferrer noopener" target="_blank" className="underline">
                {sourceLinkText(figure.source)}
              </a>
            ) : (
              sourceLinkText(figure.source)
            )}
          </dd>
        </dl>
        {figure.quotes.map((quote) => (
          <blockquote key={quote} lang={figure.source.language} className="border-l-2 border-accent pl-2 text-ink">
            &ldquo;{quote}&rdquo;
          </blockquote>
        ))}
        {figure.note ? <p className="text-xs text-ink-faint">{figure.note}</p> : null}
        <ConflictNote conflicts={figure.conflicts} label="Other sources give" />
      </div>
    </article>
  );
}
