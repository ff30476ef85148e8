import Link from "next/link";
import { ChartFigure } from "@/components/charts/chart-figure";
import { Card, CardContent } from "@/components/ui/card";
import type { ChartKey } from "@/lib/charts/definition";
import { getChart } from "@/lib/data/charts/get-chart";
import { chartPagePath } from "@/lib/charts/urls";

/** A chart on the dashboard: the live, unfiltered chart with a way to its own page. */
export async function ChartCard({ chartKey, headingLevel = 3 }: { chartKey: ChartKey; headingLevel?: 2 | 3 }) {
  const { chart } = await getChart({ key: chartKey, filters: {} });
  const href = chartPagePath(chartKey);
  return (
    <Card className="h-full">
      <CardContent className="grid h-full content-between gap-3 pt-5">
        <ChartFigure chart={chart} compact headingLevel={headingLevel} titleHref={href} />
        <Link
          href={href}
          className="justify-self-start text-sm font-medium text-accent underline-offset-4 hover:underline"
          aria-label={`${chart.title}: filter, download or embed`}
        >
          Filter, download or embed →
        </Link>
      </CardContent>
    </Card>
  );
}
