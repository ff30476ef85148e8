import { isChartKey } from "@/lib/charts/definition";
import { parseChartRequest } from "@/lib/charts/request";
import { datedChartPagePath, readLanguageParameter } from "@/lib/charts/urls";
import { localizedPath } from "@/lib/i18n/locales";
import { getChartForDatedRequest } from "@/lib/data/as-of/charts";
import { CHARTS } from "@/lib/data/charts/registry";
import { CHART_CSV_VARIANTS, chartToCsv, exportFileName, isChartCsvVariant } from "@/lib/export/csv";
import { publicOrigin } from "@/lib/urls";

const plainText = (message: string, status: number) =>
  new Response(`${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart: key } = await params;
  if (!isChartKey(key)) return plainText(`There is no chart called "${key}".`, 404);
  const url = new URL(request.url);
  const variantParam = url.searchParams.getAll("variant");
  const variant = variantParam[0] ?? "annotated";
  if (variantParam.length > 1 || !isChartCsvVariant(variant)) {
    return plainText(`variant must be given once, as one of: ${CHART_CSV_VARIANTS.join(", ")}.`, 400);
  }
  const language = readLanguageParameter(url.searchParams);
  if (!language.ok) return plainText(language.message, 400);
  const result = await getChartForDatedRequest(
    parseChartRequest(CHARTS[key].definition, url.searchParams),
    url.searchParams.getAll("asOf"),
    language.locale,
  );
  if (!result.ok) return plainText(result.message, result.status);
  const { chart } = result;
  const origin = publicOrigin(request.headers, request.url, process.env.SITE_URL);
  const pageUrl = new URL(localizedPath(datedChartPagePath(chart), language.locale), origin).toString();
  return new Response(chartToCsv(chart, { url: pageUrl, variant }), {
    headers: {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": `attachment; filename="${exportFileName(chart, "csv", variant === "clean" ? "clean" : undefined)}"`,
      "cache-control": chart.snapshot ? "public, max-age=31536000, immutable" : "public, max-age=0",
    },
  });
}
