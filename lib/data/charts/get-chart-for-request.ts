import "server-only";
import type { ChartRequest, FilterProblem } from "@/lib/charts/request";
import type { ChartData } from "@/lib/charts/types";
import type { Locale } from "@/lib/i18n/locales";
import { getChart } from "./get-chart";
import { getChartSnapshot } from "./snapshots";

export type ChartRequestResult = { ok: true; chart: ChartData } | { ok: false; status: 400 | 404; message: string };

const listed = (problems: FilterProblem[]) => `${problems.map((p) => p.message).join("; ")}.`;

/**
 * For the data endpoints and embeds: a chart exactly as requested, or why not. A bad or unknown
 * filter is an error (400) rather than silently ignored, because a caller downloading data must
 * get what it asked for. A snapshot is shown as it was frozen, whatever filters ride along.
 */
export async function getChartForRequest(request: ChartRequest, locale?: Locale): Promise<ChartRequestResult> {
  if (request.snapshot && "problem" in request.snapshot)
    return { ok: false, status: 400, message: listed([request.snapshot.problem]) };
  if (request.snapshot) {
    const { id } = request.snapshot;
    const snapshot = await getChartSnapshot({ key: request.key, id });
    return snapshot
      ? { ok: true, chart: snapshot }
      : { ok: false, status: 404, message: `There is no snapshot "${id.slice(0, 64)}" of this chart.` };
  }
  if (request.problems.length > 0) return { ok: false, status: 400, message: listed(request.problems) };
  const result = await getChart({ key: request.key, filters: request.filters, locale });
  if (result.problems.length > 0) return { ok: false, status: 400, message: listed(result.problems) };
  return { ok: true, chart: result.chart };
}
