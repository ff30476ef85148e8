import type { Sector } from "../generated/prisma/enums";
import { sectorToParam } from "./labels";

// A chart's filters and their URL form. Read by the chart page's client components (links, the embed
// code, downloads), so nothing here may bring zod: reading a request is ./request.ts, on the server.

export type ChartFilters = {
  city?: string;
  sector?: Sector;
  unit?: string;
  from?: number;
  to?: number;
  stack?: "city" | "sector";
  by?: "stage";
  /** The alumni switch (lib/charts/alumni.ts): at least N years at Alibaba. */
  tenure?: number;
  /** The alumni switch: left Alibaba at most N years before founding. */
  leftWithin?: number;
};

/** Filters with keys in one canonical order, so equal filters serialise (and hash) equally. */
export function normaliseFilters(filters: ChartFilters): ChartFilters {
  const ordered: ChartFilters = {};
  for (const name of ["city", "sector", "unit", "from", "to", "stack", "by", "tenure", "leftWithin"] as const) {
    if (filters[name] !== undefined) Object.assign(ordered, { [name]: filters[name] });
  }
  return ordered;
}

/** The filters as URL query parameters, in canonical order. */
export function filtersToSearchParams(filters: ChartFilters): URLSearchParams {
  const params = new URLSearchParams();
  const { city, sector, unit, from, to, stack, by, tenure, leftWithin } = normaliseFilters(filters);
  const entries: [string, string | undefined][] = [
    ["city", city],
    ["sector", sector && sectorToParam(sector)],
    ["unit", unit],
    ["from", from?.toString()],
    ["to", to?.toString()],
    ["stack", stack],
    ["by", by],
    ["tenure", tenure?.toString()],
    ["leftWithin", leftWithin?.toString()],
  ];
  for (const [name, value] of entries) if (value !== undefined) params.set(name, value);
  return params;
}

export function filtersQueryString(filters: ChartFilters): string {
  const query = filtersToSearchParams(filters).toString();
  return query ? `?${query}` : "";
}

export function hasDataFilters(filters: ChartFilters): boolean {
  return (
    filters.city !== undefined ||
    filters.sector !== undefined ||
    filters.unit !== undefined ||
    filters.from !== undefined ||
    filters.to !== undefined ||
    filters.tenure !== undefined ||
    filters.leftWithin !== undefined
  );
}
