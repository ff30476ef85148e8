import { chartPagePath } from "@/lib/charts/urls";
import { getChartForRequest } from "@/lib/data/charts";
import { chartToCsv, exportFileName } from "@/lib/export/csv";

export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart: key } = await params;
  const url = new URL(request.url);
  const result = await getChartForRequest({ key, searchParams: url.searchParams });
  if (!result.ok) {
    return new Response(`${result.message}\n`, {
      status: result.status,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const { chart } = result;
  const pageUrl = new URL(chartPagePath(chart.key, chart.filters), url.origin).toString();
  return new Response(chartToCsv(chart, { url: pageUrl }), {
    headers: {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": `attachment; filename="${exportFileName(chart, "csv")}"`,
      "cache-control": chart.snapshot ? "public, max-age=86400, immutable" : "no-store",
    },
  });
}
