import type { SourceView } from "@/lib/data/citations";
import { SourceByline, SourceDetails, SourceKindBadge, sourceLinkText } from "./source-description";

/**
 * The numbered sources behind a page; footnote markers link here. Each names the original publisher
 * first, its date as precisely as reported, the kind of page and how it was read.
 */
export function SourceList({
  sources,
  asOf,
}: {
  sources: SourceView[];
  asOf?: { date: string; basis: string } | null;
}) {
  return (
    <section aria-labelledby="sources-heading" className="grid grid-cols-1 gap-3 border-t border-rule pt-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="sources-heading" className="text-lg font-semibold tracking-tight">
          Sources
        </h2>
        {asOf ? (
          <p className="text-xs text-ink-faint" data-testid="facts-as-of">
            Facts as of <time dateTime={asOf.date}>{asOf.date}</time> ({asOf.basis})
          </p>
        ) : null}
      </div>
      {sources.length === 0 ? (
        <p className="text-sm text-ink-muted">No sources are recorded for this page yet.</p>
      ) : (
        <ol className="grid grid-cols-1 gap-3 text-sm">
          {sources.map((source) => (
            <li
              key={source.number}
              id={`source-${source.number}`}
              className="flex scroll-mt-20 gap-3 rounded-sm target:bg-accent-soft"
              data-testid="source"
            >
              <span className="w-6 shrink-0 text-right font-mono text-xs leading-5 text-ink-faint">
                {source.number}.
              </span>
              <span className="grid min-w-0 gap-0.5 break-words">
                <span className="text-ink-muted">
                  <SourceByline source={source} /> <SourceKindBadge source={source} />
                </span>
                <span>
                  {source.url ? (
                    <a
                      href={source.url}
                      className="underline decoration-rule underline-offset-2 hover:decoration-ink"
                      rel="noreferrer noopener"
                      target="_blank"
                    >
                      {sourceLinkText(source)}
                    </a>
                  ) : (
                    <span>{sourceLinkText(source)}</span>
                  )}
                </span>
                <span className="text-xs text-ink-faint">
                  <SourceDetails source={source} />
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
