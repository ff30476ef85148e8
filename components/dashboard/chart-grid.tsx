import { Suspense } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { CHART_KEYS } from "@/lib/charts/definition";
import { ChartCard } from "./chart-card";

/**
 * Every chart, each loading on its own so one slow query does not hold back the rest. Chart titles
 * are one level below the heading the grid sits under (h2 on the charts page, h3 under a section).
 */
export function ChartGrid({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      {CHART_KEYS.map((key) => (
        <li key={key} className={key === "funding-over-time" ? "lg:col-span-2" : undefined}>
          <Suspense fallback={<Skeleton className="h-96 w-full" />}>
            <ChartCard chartKey={key} headingLevel={headingLevel} />
          </Suspense>
        </li>
      ))}
    </ul>
  );
}
