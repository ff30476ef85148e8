import { CHART_KEYS, CHARTS } from "@/lib/charts/registry";
import { chartDataPath, chartPagePath, embedPath } from "@/lib/charts/urls";

/** The catalogue of charts and where each one's page, data and embed live. */
export function GET() {
  return Response.json({
    charts: CHART_KEYS.map((key) => ({
      key,
      title: CHARTS[key].title,
      subtitle: CHARTS[key].subtitle,
      filters: CHARTS[key].filters,
      page: chartPagePath(key),
      csv: chartDataPath(key, "csv"),
      json: chartDataPath(key, "json"),
      embed: embedPath(key),
    })),
  });
}
