import { CHART_KEYS } from "@/lib/charts/definition";
import { chartDataPath, chartPagePath, embedPath } from "@/lib/charts/urls";
import { CHARTS } from "@/lib/data/charts/registry";

/** The catalogue of charts and where each one's page, data and embed live. */
export function GET() {
  return Response.json({
    charts: CHART_KEYS.map((key) => ({
      key,
      title: CHARTS[key].definition.title,
      subtitle: CHARTS[key].definition.subtitle,
      filters: CHARTS[key].definition.filters,
      page: chartPagePath(key),
      csv: chartDataPath(key, "csv"),
      csvClean: chartDataPath(key, "csv", {}, undefined, "clean"),
      json: chartDataPath(key, "json"),
      embed: embedPath(key),
    })),
  });
}
