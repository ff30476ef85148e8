import { getTranslations } from "next-intl/server";
import type { SourceView } from "@/lib/data/citations";
import { SourceByline, SourceDetails, SourceKindBadge } from "./source-description";
import { getSourceTexts } from "./source-text";

/**
 * The numbered sources behind a page; footnote markers link here. Each names the original publisher
 * first, its date as precisely as reported, the kind of page and how it was read.
 */
export async function SourceList({
  sources,
  asOf,
}: {
  sources: SourceView[];
  asOf?: { date: string; basis: string } | null;
}) {
  const [t, texts] = await Promise.all([getTranslations("sources.list"), getSourceTexts(sources)]);
  return (
    <section aria-labelledby="sources-heading" className="grid grid-cols-1 gap-3 border-t border-rule pt-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="sources-heading" className="text-lg font-semibold tracking-tight">
          {t("heading")}
        </h2>
        {asOf ? (
          <p className="text-xs text-ink-faint" data-testid="facts-as-of">
            {t.rich("factsAsOf", {
              date: asOf.date,
              basis: asOf.basis === "edited" ? t("basisEdited") : t("basisCompiled"),
              time: (chunks) => <time dateTime={asOf.date}>{chunks}</time>,
            })}
          </p>
        ) : null}
      </div>
      {sources.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("none")}</p>
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
                  <SourceByline source={source} text={texts[source.number]} />{" "}
                  <SourceKindBadge source={source} text={texts[source.number]} />
                </span>
                <span>
                  {source.url ? (
                    <a
                      href={source.url}
                      className="underline decoration-rule underline-offset-2 hover:decoration-ink"
                      rel="noreferrer noopener"
                      target="_blank"
                    >
                      {texts[source.number]?.linkText}
                    </a>
                  ) : (
                    <span>{texts[source.number]?.linkText}</span>
                  )}
                </span>
                <span className="text-xs text-ink-faint">
                  <SourceDetails source={source} text={texts[source.number]} />
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
