import type { SourceView } from "@/lib/data/citations";
import { formatIsoDate } from "@/lib/format/dates";

/** The numbered sources behind a page; footnote markers link here. */
export function SourceList({ sources, updatedAt }: { sources: SourceView[]; updatedAt?: string | null }) {
  return (
    <section aria-labelledby="sources-heading" className="grid grid-cols-1 gap-3 border-t border-rule pt-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="sources-heading" className="text-lg font-semibold tracking-tight">
          Sources
        </h2>
        {updatedAt ? (
          <p className="text-xs text-ink-faint">
            Last updated <time dateTime={updatedAt}>{formatIsoDate(updatedAt)}</time>
          </p>
        ) : null}
      </div>
      {sources.length === 0 ? (
        <p className="text-sm text-ink-muted">No sources are recorded for this page yet.</p>
      ) : (
        <ol className="grid grid-cols-1 gap-2 text-sm">
          {sources.map((source) => (
            <li
              key={source.number}
              id={`source-${source.number}`}
              className="flex scroll-mt-20 gap-3 target:bg-accent-soft"
            >
              <span className="w-6 shrink-0 text-right font-mono text-xs leading-5 text-ink-faint">
                {source.number}.
              </span>
              <span className="min-w-0 break-words">
                {source.url ? (
                  <a
                    href={source.url}
                    className="font-medium underline decoration-rule underline-offset-2 hover:decoration-ink"
                    rel="noreferrer noopener"
                    target="_blank"
                  >
                    {source.title ?? source.publisher}
                  </a>
                ) : (
                  <span className="font-medium">{source.title ?? source.publisher}</span>
                )}
                <span className="text-ink-muted">
                  {" — "}
                  {source.originalPublisher
                    ? `${source.originalPublisher} (via ${source.publisher})`
                    : source.publisher}
                  {source.publishedOn ? `, ${source.publishedOn}` : ", date not reported"}
                  {source.language !== "en" ? ` · in ${languageName(source.language)}` : null}
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
