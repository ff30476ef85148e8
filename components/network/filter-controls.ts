import { alumniControls, type AlumniControlWords } from "@/lib/charts/alumni";
import { optionName, sectorToParam } from "@/lib/charts/labels";
import type { ChartFilters } from "@/lib/charts/request";
import type { ChartFilterOptions } from "@/lib/data/charts/get-chart";
import { formatInteger } from "@/lib/format/numbers";
import type { Locale } from "@/lib/i18n/locales";
import { sectorLabel } from "@/lib/labels";
import type { SelectControl } from "./network-filters";

/** The menus' words, from the page's "network.filters" messages. */
export type NetworkControlWords = {
  city: string;
  allCities: string;
  sector: string;
  allSectors: string;
  unit: string;
  allUnits: string;
  from: string;
  to: string;
  anyYear: string;
};

/** The network's menus: where, what, which unit, when, and who counts as an alumnus. */
export function networkFilterControls(
  filters: ChartFilters,
  options: ChartFilterOptions,
  words: NetworkControlWords,
  alumniWords: AlumniControlWords,
  locale: Locale,
): SelectControl[] {
  const now = new Date().getFullYear();
  const chosen = [filters.from, filters.to].filter((year) => year !== undefined);
  const min = Math.min(options.years?.min ?? now, 2000, ...chosen);
  const max = Math.max(options.years?.max ?? now, now, ...chosen);
  const years: { value: string; label: string }[] = [];
  for (let year = max; year >= min; year--) years.push({ value: String(year), label: String(year) });
  return [
    {
      name: "city",
      label: words.city,
      allLabel: words.allCities,
      value: filters.city ?? "",
      options: options.cities.map((c) => ({
        value: c.slug,
        label: `${optionName(c, locale)} (${formatInteger(c.count, locale)})`,
      })),
    },
    {
      name: "sector",
      label: words.sector,
      allLabel: words.allSectors,
      value: filters.sector ? sectorToParam(filters.sector) : "",
      options: options.sectors.map((s) => ({ value: sectorToParam(s.sector), label: sectorLabel(s.sector, locale) })),
    },
    {
      name: "unit",
      label: words.unit,
      allLabel: words.allUnits,
      value: filters.unit ?? "",
      options: options.units.map((u) => ({ value: u.slug, label: optionName(u, locale) })),
    },
    {
      name: "from",
      label: words.from,
      allLabel: words.anyYear,
      value: filters.from ? String(filters.from) : "",
      options: years,
    },
    {
      name: "to",
      label: words.to,
      allLabel: words.anyYear,
      value: filters.to ? String(filters.to) : "",
      options: years,
    },
    ...alumniControls(filters, alumniWords),
  ];
}
