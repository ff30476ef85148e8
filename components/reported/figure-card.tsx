import { formatAsOfLabel } from "@/lib/format/dates";
import { getLocale, getTranslations } from "next-intl/server";
import { ConflictNote } from "@/components/sources/conflict-note";
import { SourceByline, SourceKindBadge } from "@/components/sources/source-description";
import { getSourceTexts } from "@/components/sources/source-text";
import { Badge } from "@/components/ui/badge";
import type { ReportedFigureView } from "@/lib/data/reported-figures";
import { formatReportedValue } from "@/lib/format/money";
import { formatInteger, formatPercent } from "@/lib/format/numbers";

/**
 * One reported figure: the number, what it counts, who reported it and when, its source and words.
 * What the figure is, its scope and dates are the record's own text: on a 中文 page they stay in
 * English, marked so (lang="en" and a small label).
 */
export async function FigureCard({ figure }: { figure: ReportedFigureView }) {
  const [t, locale] = await Promise.all([getTranslations("reported.card"), getLocale()]);
  const shown = formatReportedValue(figure, locale);
  // The source's byline, kind and untitled-page words in the page's language, as in a profile's source list.
  const sourceText = Object.values(await getSourceTexts([figure.source]))[0]!;
  const recordLang = locale === "en" ? undefined : "en";
  return (
    <article
      id={figure.slug}
      className="grid scroll-mt-20 gap-4 rounded-lg border border-rule bg-paper p-4 target:ring-2 target:ring-accent sm:grid-cols-[11rem_1fr]"
      data-figure={figure.slug}
    >
      <div className="grid content-start gap-1">
        <Badge variant="reported" className="justify-self-start">
          {t("reported")}
        </Badge>
        <p
          className="text-3xl font-semibold tracking-tight break-words text-reported tabular-nums"
          data-testid="figure-value"
          lang={shown.valueAsWritten ? recordLang : undefined}
        >
          {shown.value}
        </p>
        {shown.unit ? (
          <p className="text-sm text-ink-muted" lang={shown.unitAsWritten ? recordLang : undefined}>
            {shown.unit}
          </p>
        ) : null}
        {figure.tracked ? (
          <div className="mt-2 grid gap-1 border-t border-rule pt-2" data-testid="figure-tracked">
            <Badge variant="tracked" className="justify-self-start">
              {t("tracked")}
            </Badge>
            <p className="text-2xl font-semibold text-tracked tabular-nums">
              {figure.tracked.unit === "percent"
                ? formatPercent(figure.tracked.value, locale)
                : formatInteger(figure.tracked.value, locale)}
            </p>
            <p className="text-xs text-ink-muted">
              {figure.tracked.unit === "percent"
                ? t("ofStartups", {
                    count: formatInteger(figure.tracked.count, locale),
                    total: formatInteger(figure.tracked.total, locale),
                  })
                : t("sourced")}
            </p>
          </div>
        ) : null}
      </div>
      <div className="grid min-w-0 content-start gap-2 text-sm">
        <h3 className="text-base font-semibold text-ink">
          <span lang={recordLang}>{figure.metric}</span>
          {recordLang ? (
            <span className="ml-2 align-middle text-xs font-normal text-ink-faint" title={t("recordText")}>
              {t("inEnglish")}
            </span>
          ) : null}
        </h3>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-ink-muted">
          <dt className="text-ink-faint">{t("asOf")}</dt>
          <dd lang={formatAsOfLabel(figure.asOfLabel, locale).asWritten ? recordLang : undefined}>
            {formatAsOfLabel(figure.asOfLabel, locale).text}
          </dd>
          {figure.scope ? (
            <>
              <dt className="text-ink-faint">{t("counts")}</dt>
              <dd>
                <span lang={recordLang}>{figure.scope}</span>
                {figure.base ? (
                  <>
                    {locale === "zh" ? "（" : " ("}
                    <a href={`#${figure.base.slug}`} className="underline">
                      {t("seeTotal")}
                    </a>
                    {locale === "zh" ? "）" : ")"}
                  </>
                ) : null}
              </dd>
            </>
          ) : null}
          <dt className="text-ink-faint">{t("reportedBy")}</dt>
          <dd lang={figure.originalDataSource ? recordLang : undefined}>
            {figure.originalDataSource ?? t("notNamed")}
          </dd>
          <dt className="text-ink-faint">{t("source")}</dt>
          <dd className="min-w-0 break-words">
            <SourceByline source={figure.source} text={sourceText} />{" "}
            <SourceKindBadge source={figure.source} text={sourceText} />
            <br />
            {figure.source.url ? (
              <a href={figure.source.url} rel="noreferrer noopener" target="_blank" className="underline">
                {sourceText.linkText}
              </a>
            ) : (
              sourceText.linkText
            )}
          </dd>
        </dl>
        {figure.quotes.map((quote) => (
          <blockquote key={quote} lang={figure.source.language} className="border-l-2 border-accent pl-2 text-ink">
            &ldquo;{quote}&rdquo;
          </blockquote>
        ))}
        {figure.note ? (
          <p className="text-xs text-ink-faint" lang={recordLang}>
            {figure.note}
          </p>
        ) : null}
        <ConflictNote conflicts={figure.conflicts} label={t("otherSources")} />
      </div>
    </article>
  );
}
