import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { formatAsOfLabel, formatIsoDate } from "@/lib/format/dates";
import { formatReportedValue } from "@/lib/format/money";
import { formatInteger, formatPercent } from "@/lib/format/numbers";

export type Comparison = {
  slug: string;
  title: string;
  reported: { value: number | null; valueText: string | null; unit: string; asOfLabel: string; scope: string | null };
  tracked: { value: number; unit: "companies" | "percent"; count: number; total: number };
  sourceLine: string;
  source: { url: string; publisher: string; title: string | null; publishedOn: Date | null };
  cityLink?: { href: string; label: string } | null;
};

/**
 * A reported figure and what this database tracks for the same measure, side by side and labelled.
 * The figure's scope and date are the record's own words (English); a 中文 page marks them as such.
 */
export async function ReportedVsTracked({ comparison }: { comparison: Comparison }) {
  const [t, locale] = await Promise.all([getTranslations("home.comparison"), getLocale()]);
  const { reported, tracked } = comparison;
  const shown = formatReportedValue(reported, locale);
  const asOf = formatAsOfLabel(reported.asOfLabel, locale);
  const recordLang = locale === "en" ? undefined : "en";
  // The scope is the record's own words; the date is too unless it is a plain date 中文 writes its way.
  const asWritten = locale !== "en" && (reported.scope !== null || asOf.asWritten);
  return (
    <Card data-figure={comparison.slug}>
      <CardHeader>
        <CardTitle>{comparison.title}</CardTitle>
      </CardHeader>
      <CardContent className="grid grid-cols-2 gap-4">
        <div>
          <Badge variant="reported">{t("reported")}</Badge>
          <p
            className="mt-2 text-4xl font-semibold tracking-tight text-reported tabular-nums"
            data-testid="reported-value"
            lang={shown.valueAsWritten && asWritten ? "en" : undefined}
          >
            {shown.value}
          </p>
          <p className="mt-1 text-sm text-ink-muted">
            {reported.scope ? (
              <>
                <span lang={recordLang}>{reported.scope}</span>
                {locale === "zh" ? "，" : ", "}
              </>
            ) : null}
            <span lang={asOf.asWritten ? recordLang : undefined}>{asOf.text}</span>
            {asWritten ? (
              <span lang={locale} className="ml-1 text-xs whitespace-nowrap text-ink-faint">
                （{t("inEnglish")}）
              </span>
            ) : null}
          </p>
        </div>
        <div>
          <Badge variant="tracked">{t("tracked")}</Badge>
          <p
            className="mt-2 text-4xl font-semibold tracking-tight text-tracked tabular-nums"
            data-testid="tracked-value"
          >
            {tracked.unit === "percent" ? formatPercent(tracked.value, locale) : formatInteger(tracked.value, locale)}
          </p>
          <p className="mt-1 text-sm text-ink-muted">
            {tracked.unit === "percent"
              ? t("ofStartups", {
                  count: formatInteger(tracked.count, locale),
                  total: formatInteger(tracked.total, locale),
                })
              : t("sourced")}
            {comparison.cityLink ? (
              <>
                {" · "}
                <Link
                  href={comparison.cityLink.href}
                  className="underline decoration-rule underline-offset-2 hover:decoration-ink"
                >
                  {comparison.cityLink.label}
                </Link>
              </>
            ) : null}
          </p>
        </div>
      </CardContent>
      <CardFooter>
        {t("source", { source: comparison.sourceLine })}{" "}
        <a
          href={comparison.source.url}
          className="underline underline-offset-2"
          rel="noreferrer noopener"
          target="_blank"
        >
          {comparison.source.title ?? comparison.source.publisher}
        </a>
        {comparison.source.publishedOn ? ` (${formatIsoDate(comparison.source.publishedOn)})` : null}
      </CardFooter>
    </Card>
  );
}
