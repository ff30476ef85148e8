import { getLocale, getTranslations } from "next-intl/server";
import { ChartFigure } from "@/components/charts/chart-figure";
import { Link } from "@/components/i18n/link";
import { Card, CardContent } from "@/components/ui/card";
import type { ChartKey } from "@/lib/charts/definition";
import { getChart } from "@/lib/data/charts/get-chart";
import { chartPagePath } from "@/lib/charts/urls";
import { localizedPath } from "@/lib/i18n/locales";

/** A chart on the dashboard: the live, unfiltered chart with a way to its own page. */
export async function ChartCard({ chartKey, headingLevel = 3 }: { chartKey: ChartKey; headingLevel?: 2 | 3 }) {
  const [{ chart }, t, locale] = await Promise.all([
    getChart({ key: chartKey, filters: {} }),
    getTranslations("home.charts"),
    getLocale(),
  ]);
  const href = chartPagePath(chartKey);
  return (
    <Card className="h-full">
      <CardContent className="grid h-full content-between gap-3 pt-5">
        <ChartFigure chart={chart} compact headingLevel={headingLevel} titleHref={localizedPath(href, locale)} />
        <Link
          href={href}
          className="justify-self-start text-sm font-medium text-accent underline-offset-4 hover:underline"
          aria-label={t("openLabel", { title: chart.title })}
        >
          {t("open")}
        </Link>
      </CardContent>
    </Card>
  );
}
