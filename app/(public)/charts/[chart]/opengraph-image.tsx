import { notFound } from "next/navigation";
import { isChartKey } from "@/lib/charts/definition";
import { getChart } from "@/lib/data/charts/get-chart";
import { OG_IMAGE_SIZE, renderChartOgImage } from "@/lib/images/chart-og-image";

export const alt = "Alumni Atlas chart";
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";

export default async function OpenGraphImage({ params }: { params: Promise<{ chart: string }> }) {
  const { chart: key } = await params;
  if (!isChartKey(key)) notFound();
  const { chart } = await getChart({ key, filters: {} });
  return renderChartOgImage(chart);
}
