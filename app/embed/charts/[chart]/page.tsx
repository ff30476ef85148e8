import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/charts/chart-figure";
import { isChartKey } from "@/lib/charts/definition";
import { parseChartRequest } from "@/lib/charts/request";
import { chartDataPath, chartPagePath } from "@/lib/charts/urls";
import { getChartForRequest } from "@/lib/data/charts/get-chart-for-request";
import { CHARTS } from "@/lib/data/charts/registry";

type Props = {
  params: Promise<{ chart: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { chart } = await params;
  return { title: isChartKey(chart) ? CHARTS[chart].definition.title : "Chart not found" };
}

export default async function EmbedChartPage({ params, searchParams }: Props) {
  const { chart: key } = await params;
  if (!isChartKey(key)) notFound();
  const result = await getChartForRequest(parseChartRequest(CHARTS[key].definition, await searchParams));
  if (!result.ok) {
    if (result.status === 404) notFound();
    return (
      <p role="alert" className="p-4 text-sm text-ink">
        This chart cannot be shown: {result.message}
      </p>
    );
  }
  const { chart } = result;
  return (
    <div className="grid gap-2">
      <ChartFigure chart={chart} headingLevel={1} compact={false} />
      <p className="text-xs text-ink-muted">
        <a
          href={chartPagePath(chart.key, chart.filters)}
          target="_blank"
          rel="noopener"
          className="underline underline-offset-2"
        >
          Open in Alumni Atlas
        </a>
        {" · "}
        <a
          href={chartDataPath(chart.key, "csv", chart.filters, chart.snapshot?.id)}
          className="underline underline-offset-2"
        >
          Get the data
        </a>
      </p>
    </div>
  );
}
