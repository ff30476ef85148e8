import { getLocale } from "next-intl/server";
import { isChartKey } from "@/lib/charts/definition";
import { getChart } from "@/lib/data/charts/get-chart";
import { renderChartOgImage } from "@/lib/images/chart-og-image";

/**
 * GET /charts/<chart>/card.png: the chart's Open Graph card (1200×630). A route with a fixed address
 * rather than the framework's opengraph-image file, whose address carries a build hash and whose tag
 * a page cannot point elsewhere: /zh/charts/<chart>/card.png is the 中文 card (drawn with the CJK
 * font cut to its characters), and the 中文 page names it (chartCardPath in the page's metadata).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart: key } = await params;
  if (!isChartKey(key)) return new Response("No such chart", { status: 404 });
  const { chart } = await getChart({ key, filters: {}, locale: await getLocale() });
  return renderChartOgImage(chart);
}
