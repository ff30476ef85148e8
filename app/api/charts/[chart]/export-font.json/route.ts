import { isChartKey } from "@/lib/charts/definition";
import { parseChartRequest } from "@/lib/charts/request";
import { readLanguageParameter } from "@/lib/charts/urls";
import { getChartForDatedRequest } from "@/lib/data/as-of/charts";
import { CHARTS } from "@/lib/data/charts/registry";
import { chartExportCharacters, EXPORT_FONT_FAMILY, EXPORT_FONT_WEIGHTS } from "@/lib/export/fonts";
import { exportFontFaces } from "@/lib/images/export-font";

/**
 * GET /api/charts/<chart>/export-font.json?<the chart's filters>: Noto Sans SC cut to the characters
 * this chart can draw, for the browser's PNG and SVG export to embed. Keyed on the chart rather than
 * on text the client sends, so it cannot be used to subset arbitrary text and its answer is cacheable.
 */
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
  const faces = await exportFontFaces(chartExportCharacters(result.chart), EXPORT_FONT_WEIGHTS);
  return Response.json(
    { family: EXPORT_FONT_FAMILY, faces },
    { headers: { "cache-control": result.chart.snapshot ? "public, max-age=86400, immutable" : "no-store" } },
  );
}
