import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/charts/chart-figure";
import { isChartKey } from "@/lib/charts/definition";
import { parseChartRequest } from "@/lib/charts/request";
import { chartDataPath, datedChartPagePath } from "@/lib/charts/urls";
import { getChartForDatedRequest } from "@/lib/data/as-of/charts";
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
  const query = await searchParams;
  const result = await getChartForDatedRequest(parseChartRequest(CHARTS[key].definition, query), query.asOf);
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
        <a href={datedChartPagePath(chart)} target="_blank" rel="noopener" className="underline underline-offset-2">
          Open in Alumni Atlas
        </a>
        {" · "}
        <a
          href={chartDataPath(chart.key, "csv", chart.filters, chart.snapshot?.id, undefined, chart.version)}
          className="underline underline-offset-2"
        >
          Get the data
        </a>
      </p>
    </div>
  );
}
