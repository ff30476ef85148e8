import "server-only";
import { assembleChart, buildContext, type ChartContext } from "@/lib/charts/build";
import type { ChartKey } from "@/lib/charts/definition";
import type { ChartData } from "@/lib/charts/types";
import type { ChartModule } from "./define";
import { foundedPerYear, type FoundedPerYearInput } from "./founded-per-year";
import { fundingOverTime, type FundingOverTimeInput } from "./funding-over-time";
import { startupsByAlibabaUnit, type StartupsByUnitInput } from "./startups-by-alibaba-unit";
import { startupsByCity, type StartupsByCityInput } from "./startups-by-city";
import { startupsBySector, type StartupsBySectorInput } from "./startups-by-sector";
import { topInvestors, type TopInvestorsInput } from "./top-investors";
import { yearsAtAlibaba, type YearsAtAlibabaInput } from "./years-at-alibaba";
import { coInvestment, type CoInvestmentInput } from "./co-investment";
import { foundersByUnitOverTime, type FoundersByUnitOverTimeInput } from "./founders-by-unit-over-time";
import { startupsByYearLeft, type StartupsByYearLeftInput } from "./startups-by-year-left";
import { yearsLeftToFounding, type YearsLeftToFoundingInput } from "./years-left-to-founding";

/** What each chart's query returns and its builder reads. */
export type ChartInputs = {
  "startups-by-city": StartupsByCityInput;
  "founded-per-year": FoundedPerYearInput;
  "startups-by-sector": StartupsBySectorInput;
  "startups-by-alibaba-unit": StartupsByUnitInput;
  "funding-over-time": FundingOverTimeInput;
  "top-investors": TopInvestorsInput;
  "years-at-alibaba": YearsAtAlibabaInput;
  "startups-by-year-left": StartupsByYearLeftInput;
  "years-left-to-founding": YearsLeftToFoundingInput;
  "founders-by-unit-over-time": FoundersByUnitOverTimeInput;
  "co-investment": CoInvestmentInput;
};

/** Every chart by its key. A new chart is a module of its own and a line here. */
export const CHARTS: { [K in ChartKey]: ChartModule<ChartInputs[K]> } = {
  "startups-by-city": startupsByCity,
  "founded-per-year": foundedPerYear,
  "startups-by-sector": startupsBySector,
  "startups-by-alibaba-unit": startupsByAlibabaUnit,
  "funding-over-time": fundingOverTime,
  "top-investors": topInvestors,
  "years-at-alibaba": yearsAtAlibaba,
  "startups-by-year-left": startupsByYearLeft,
  "years-left-to-founding": yearsLeftToFounding,
  "founders-by-unit-over-time": foundersByUnitOverTime,
  "co-investment": coInvestment,
};

/** A chart from its query's rows: no database involved. */
export function buildChart<K extends ChartKey>(key: K, input: ChartInputs[K], context: ChartContext): ChartData {
  const chart: ChartModule<ChartInputs[K]> = CHARTS[key];
  return assembleChart(chart.definition, chart.build(input, buildContext(context)), context);
}
