import { isChartKey } from "@/lib/charts/definition";
import { parseChartRequest } from "@/lib/charts/request";
import { getChartForRequest } from "@/lib/data/charts/get-chart-for-request";
import { CHARTS } from "@/lib/data/charts/registry";

export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart: key } = await params;
  if (!isChartKey(key)) return Response.json({ error: `There is no chart called "${key}".` }, { status: 404 });
  const result = await getChartForRequest(parseChartRequest(CHARTS[key].definition, new URL(request.url).searchParams));
  if (!result.ok) return Response.json({ error: result.message }, { status: result.status });
  return Response.json(result.chart, {
    headers: { "cache-control": result.chart.snapshot ? "public, max-age=31536000, immutable" : "public, max-age=0" },
  });
}
