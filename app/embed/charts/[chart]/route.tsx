import { ChartFigure } from "@/components/charts/chart-figure";
import { renderEmbedDocument } from "@/components/embed/embed-document";
import { isChartKey } from "@/lib/charts/definition";
import { parseChartRequest } from "@/lib/charts/request";
import { chartDataPath, chartPagePath } from "@/lib/charts/urls";
import { getChartForRequest } from "@/lib/data/charts/get-chart-for-request";
import { CHARTS } from "@/lib/data/charts/registry";

/**
 * GET /embed/charts/<chart>: the chart alone, for a newsroom's iframe, as plain HTML (no framework
 * in the browser: components/embed/embed-document.tsx). Filters and `?snapshot=` as on the data
 * endpoints; caching and the embed's headers come from server.ts and next.config.ts like any page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart: key } = await params;
  if (!isChartKey(key)) return problem("Chart not found", "This chart or snapshot does not exist.", 404);
  const result = await getChartForRequest(parseChartRequest(CHARTS[key].definition, new URL(request.url).searchParams));
  if (!result.ok)
    return result.status === 404
      ? problem("Chart not found", "This chart or snapshot does not exist.", 404)
      : problem(CHARTS[key].definition.title, `This chart cannot be shown: ${result.message}`, result.status);
  const { chart } = result;
  return renderEmbedDocument({
    title: chart.title,
    children: (
      <div className="grid gap-2">
        <ChartFigure chart={chart} headingLevel={1} compact={false} interactive={false} />
        <p className="text-xs text-ink-muted">
          <a
            href={chartPagePath(chart.key, chart.filters)}
            target="_blank"
            rel="noopener"
            className="underline underline-offset-2"
          >
            Open in Alumni Atlas
          </a>
          {" · "}
          <a
            href={chartDataPath(chart.key, "csv", chart.filters, chart.snapshot?.id)}
            className="underline underline-offset-2"
          >
            Get the data
          </a>
        </p>
      </div>
    ),
  });
}

function problem(title: string, message: string, status: number): Response {
  return renderEmbedDocument({
    title,
    status,
    children: (
      <p role="alert" className="p-4 text-sm text-ink">
        {message}
      </p>
    ),
  });
}
