import { getChartForRequest } from "@/lib/data/charts";

export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart: key } = await params;
  const result = await getChartForRequest({ key, searchParams: new URL(request.url).searchParams });
  if (!result.ok) return Response.json({ error: result.message }, { status: result.status });
  return Response.json(result.chart, {
    headers: { "cache-control": result.chart.snapshot ? "public, max-age=86400, immutable" : "no-store" },
  });
}
