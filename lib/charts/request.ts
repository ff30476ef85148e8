import { z } from "zod";
import { yearRange } from "../validation/fields";
import type { ChartDefinition, ChartKey, FilterName } from "./definition";
import { alumniParameterSchemas } from "./alumni";
import { normaliseFilters, type ChartFilters } from "./filters";
import { sectorFromParam } from "./labels";

// The one reader of a chart request, whoever asks: the chart page (which shows what it ignored),
// the data and embed endpoints (which refuse it), and the snapshot endpoint's JSON body. The filters
// themselves and their URL form are in ./filters.ts, which the browser loads without zod.

export {
  filtersQueryString,
  filtersToSearchParams,
  hasDataFilters,
  normaliseFilters,
  type ChartFilters,
} from "./filters";

const slugSchema = z
  .string()
  .max(100, "is too long")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug such as hangzhou");

const yearSchema = z
  .string()
  .regex(/^\d{4}$/, "must be a four-digit year")
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .min(yearRange.min, `must be ${yearRange.min} or later`)
      .max(yearRange.max, `must be ${yearRange.max} or earlier`),
  );

/** One zod schema per parameter, so one bad parameter is reported on its own. */
const parameterSchemas = {
  city: slugSchema,
  unit: slugSchema,
  // ?sector=computer-vision in URLs; COMPUTER_VISION, the stored value, is read too.
  sector: z
    .string()
    .max(100, "is too long")
    .transform((value, context) => {
      const sector = sectorFromParam(value);
      if (!sector) {
        context.addIssue({ code: "custom", message: "is not a known sector" });
        return z.NEVER;
      }
      return sector;
    }),
  from: yearSchema,
  to: yearSchema,
  stack: z.enum(["city", "sector"], { error: "must be city or sector" }),
  by: z.enum(["year", "stage"], { error: "must be year or stage" }),
  ...alumniParameterSchemas,
} as const;

type ParameterName = keyof typeof parameterSchemas;

const PARAMETERS_OF: Record<FilterName, ParameterName[]> = {
  city: ["city"],
  sector: ["sector"],
  unit: ["unit"],
  years: ["from", "to"],
  stack: ["stack"],
  by: ["by"],
  alumni: ["tenure", "leftWithin"],
};

export type FilterProblem = { parameter: string; message: string };

/** A URL's query, or the filters object of a JSON body (where years may be numbers). */
export type ChartRequestInput = URLSearchParams | Record<string, string | number | string[] | undefined>;

export type ChartRequest = {
  key: ChartKey;
  /** The filters that were read, in canonical order. */
  filters: ChartFilters;
  /** Supported parameters whose value could not be read: left out of `filters`. */
  problems: FilterProblem[];
  /** A pinned snapshot asked for by id, or what is wrong with the request for one. */
  snapshot: { id: string } | { problem: FilterProblem } | null;
};

function readParameter(input: ChartRequestInput, name: string): string | string[] | undefined {
  if (input instanceof URLSearchParams) {
    const all = input.getAll(name);
    return all.length === 0 ? undefined : all.length === 1 ? all[0] : all;
  }
  const value = input[name];
  return typeof value === "number" ? String(value) : value;
}

/**
 * Reads a chart request. Parameters the chart does not support are ignored (links carry tracking
 * parameters); a supported parameter with a bad value is left out and reported, so a page can still
 * render the unfiltered chart and say what it ignored, and an endpoint can answer 400.
 */
export function parseChartRequest(
  chart: Pick<ChartDefinition, "key" | "filters">,
  input: ChartRequestInput,
): ChartRequest {
  const { filters, problems } = parseFilters(chart.filters, input);
  return { key: chart.key, filters, problems, snapshot: readSnapshot(input) };
}

/** The filters named (and the alumni switch, always) read from a query, as `parseChartRequest` reads them. */
export function parseFilters(
  filterNames: readonly FilterName[],
  input: ChartRequestInput,
): { filters: ChartFilters; problems: FilterProblem[] } {
  const filters: ChartFilters = {};
  const problems: FilterProblem[] = [];
  // The alumni switch applies to every chart: a number never travels without its definition.
  for (const filterName of [...filterNames, "alumni" as const]) {
    for (const parameter of PARAMETERS_OF[filterName]) {
      const raw = readParameter(input, parameter);
      if (raw === undefined || raw === "") continue;
      if (Array.isArray(raw)) {
        problems.push({ parameter, message: `${parameter} was given more than once` });
        continue;
      }
      const result = parameterSchemas[parameter].safeParse(raw);
      if (!result.success) {
        problems.push({ parameter, message: `${parameter} ${result.error.issues[0]?.message ?? "is invalid"}` });
        continue;
      }
      // "year" is the default view of the funding chart: keep it out of the canonical filters.
      if (parameter === "by" && result.data === "year") continue;
      Object.assign(filters, { [parameter]: result.data });
    }
  }
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
    problems.push({ parameter: "to", message: `to (${filters.to}) must not be before from (${filters.from})` });
    delete filters.to;
  }
  return { filters: normaliseFilters(filters), problems };
}

function readSnapshot(input: ChartRequestInput): ChartRequest["snapshot"] {
  const raw = readParameter(input, "snapshot");
  if (raw === undefined || raw === "") return null;
  if (Array.isArray(raw)) return { problem: { parameter: "snapshot", message: "snapshot was given more than once" } };
  return { id: raw };
}
