import { isChartKey } from "@/lib/charts/definition";
import { parseChartRequest } from "@/lib/charts/request";
import { readLanguageParameter } from "@/lib/charts/urls";
import { getChartForDatedRequest } from "@/lib/data/as-of/charts";
import { CHARTS } from "@/lib/data/charts/registry";

export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart: key } = await params;
  if (!isChartKey(key)) return Response.json({ error: `There is no chart called "${key}".` }, { status: 404 });
  const { searchParams } = new URL(request.url);
  const language = readLanguageParameter(searchParams);
  if (!language.ok) return Response.json({ error: language.message }, { status: 400 });
  const result = await getChartForDatedRequest(
    parseChartRequest(CHARTS[key].definition, searchParams),
    searchParams.getAll("asOf"),
    language.locale,
  );
  if (!result.ok) return Response.json({ error: result.message }, { status: result.status });
  return Response.json(result.chart, {
    headers: { "cache-control": result.chart.snapshot ? "public, max-age=31536000, immutable" : "public, max-age=0" },
  });
}
