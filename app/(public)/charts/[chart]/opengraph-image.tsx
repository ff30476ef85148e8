import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { isChartKey } from "@/lib/charts/definition";
import { getChart } from "@/lib/data/charts/get-chart";
import { OG_IMAGE_SIZE, renderChartOgImage } from "@/lib/images/chart-og-image";

export const alt = "Alumni Atlas chart";
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";

export default async function OpenGraphImage({ params }: { params: Promise<{ chart: string }> }) {
  const { chart: key } = await params;
  if (!isChartKey(key)) notFound();
  // At /zh/charts/<chart> the card is drawn in 中文 (its font is cut to the card's characters).
  const { chart } = await getChart({ key, filters: {}, locale: await getLocale() });
  return renderChartOgImage(chart);
}
