import { getLocale, getTranslations } from "next-intl/server";
import { ChartFigure } from "@/components/charts/chart-figure";
import { renderEmbedDocument } from "@/components/embed/embed-document";
import { isChartKey, localizeDefinition } from "@/lib/charts/definition";
import { parseChartRequest } from "@/lib/charts/request";
import { chartDataPath, datedChartPagePath } from "@/lib/charts/urls";
import { getChartForDatedRequest } from "@/lib/data/as-of/charts";
import { CHARTS } from "@/lib/data/charts/registry";
import { localizedPath, type Locale } from "@/lib/i18n/locales";

/**
 * GET /embed/charts/<chart>: the chart alone, for a newsroom's iframe, as plain HTML (no framework
 * in the browser: components/embed/embed-document.tsx). Filters and `?snapshot=` as on the data
 * endpoints; caching and the embed's headers come from server.ts and next.config.ts like any page.
 * At /zh/embed/charts/<chart> the chart's words are in 中文 (server.ts names the locale).
 */
export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart: key } = await params;
  const [t, locale] = await Promise.all([getTranslations("embed.chart"), getLocale()]);
  if (!isChartKey(key)) return problem(t("notFound"), t("notFoundMessage"), 404, locale);
  const { searchParams } = new URL(request.url);
  const result = await getChartForDatedRequest(
    parseChartRequest(CHARTS[key].definition, searchParams),
    searchParams.getAll("asOf"),
    locale,
  );
  if (!result.ok)
    return result.status === 404
      ? problem(t("notFound"), t("notFoundMessage"), 404, locale)
      : problem(
          localizeDefinition(CHARTS[key].definition, locale).title,
          t("cannotShow", { message: result.message }),
          result.status,
          locale,
        );
  const { chart } = result;
  return renderEmbedDocument({
    title: chart.title,
    locale,
    children: (
      <div className="grid gap-2">
        <ChartFigure chart={chart} headingLevel={1} compact={false} interactive={false} />
        <p className="text-xs text-ink-muted">
          <a
            href={localizedPath(datedChartPagePath(chart), locale)}
            target="_blank"
            rel="noopener"
            className="underline underline-offset-2"
          >
            {t("open")}
          </a>
          {" · "}
          <a
            href={chartDataPath(chart.key, "csv", chart.filters, chart.snapshot?.id, undefined, chart.version, locale)}
            className="underline underline-offset-2"
          >
            {t("data")}
          </a>
        </p>
      </div>
    ),
  });
}

function problem(title: string, message: string, status: number, locale: Locale): Response {
  return renderEmbedDocument({
    title,
    status,
    locale,
    children: (
      <p role="alert" className="p-4 text-sm text-ink">
        {message}
      </p>
    ),
  });
}
