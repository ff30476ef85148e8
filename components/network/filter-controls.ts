import { alumniControls } from "@/lib/charts/alumni";
import { SECTOR_LABELS, sectorToParam } from "@/lib/charts/labels";
import type { ChartFilters } from "@/lib/charts/request";
import type { ChartFilterOptions } from "@/lib/data/charts/get-chart";
import type { SelectControl } from "./network-filters";

/** The network's menus: where, what, which unit, when, and who counts as an alumnus. */
export function networkFilterControls(filters: ChartFilters, options: ChartFilterOptions): SelectControl[] {
  const now = new Date().getFullYear();
  const chosen = [filters.from, filters.to].filter((year) => year !== undefined);
  const min = Math.min(options.years?.min ?? now, 2000, ...chosen);
  const max = Math.max(options.years?.max ?? now, now, ...chosen);
  const years: { value: string; label: string }[] = [];
  for (let year = max; year >= min; year--) years.push({ value: String(year), label: String(year) });
  return [
    {
      name: "city",
      label: "City",
      allLabel: "All cities",
      value: filters.city ?? "",
      options: options.cities.map((c) => ({ value: c.slug, label: `${c.name} (${c.count})` })),
    },
    {
      name: "sector",
      label: "Sector",
      allLabel: "All sectors",
      value: filters.sector ? sectorToParam(filters.sector) : "",
      options: options.sectors.map((s) => ({ value: sectorToParam(s.sector), label: SECTOR_LABELS[s.sector] })),
    },
    {
      name: "unit",
      label: "Founders' Alibaba unit",
      allLabel: "All units",
      value: filters.unit ?? "",
      options: options.units.map((u) => ({ value: u.slug, label: u.name })),
    },
    {
      name: "from",
      label: "Founded from",
      allLabel: "Any year",
      value: filters.from ? String(filters.from) : "",
      options: years,
    },
    {
      name: "to",
      label: "Founded to",
      allLabel: "Any year",
      value: filters.to ? String(filters.to) : "",
      options: years,
    },
    ...alumniControls(filters),
  ];
}
