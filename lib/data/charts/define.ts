import "server-only";
import type { AppPrismaClient } from "@/lib/db/connection";
import type { BuildContext, ChartBody, ResolvedFilterNames } from "@/lib/charts/build";
import type { ChartDefinition } from "@/lib/charts/definition";
import type { ChartFilters } from "@/lib/charts/request";

/** A chart's filters with the records they name looked up. */
export type ChartScope = {
  filters: ChartFilters;
  names: ResolvedFilterNames;
  cityId?: number;
  /** The unit and every unit below it in the organisation tree. */
  unitIds?: number[];
};

/**
 * One chart, whole: what it is, the SQL that counts its data (one or two aggregate statements, so
 * only a few dozen aggregated rows come back to JavaScript) and the pure function that turns those
 * rows into what a reader sees, testable without a database.
 */
export type ChartModule<Input> = {
  definition: ChartDefinition;
  query(prisma: AppPrismaClient, scope: ChartScope): Promise<Input>;
  build(input: Input, context: BuildContext): ChartBody;
};

export function defineChart<Input>(chart: ChartModule<Input>): ChartModule<Input> {
  return chart;
}
