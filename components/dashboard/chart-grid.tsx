import { CHART_KEYS, type ChartKey } from "@/lib/charts/definition";
import { ChartCard } from "./chart-card";

/**
 * Every chart, rendered into the page's first HTML rather than streamed behind a skeleton: a
 * streamed section is swapped in by an inline script, so a reader without JavaScript (a feed reader,
 * a locked-down browser) would see skeletons for ever. The charts' results are cached per data
 * version, so waiting for them costs little. Titles sit one level under the heading above the grid.
 */
export function ChartGrid({
  headingLevel = 3,
  keys = CHART_KEYS,
}: {
  headingLevel?: 2 | 3;
  keys?: readonly ChartKey[];
}) {
  return (
    <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
      {keys.map((key) => (
        <li key={key}>
          <ChartCard chartKey={key} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
