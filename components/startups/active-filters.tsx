import Link from "next/link";
import { alumniFromNullable, describeAlumni } from "@/lib/charts/alumni";
import { SECTOR_LABELS, STAGE_LABELS, STATUS_LABELS } from "@/lib/labels";
import { startupListQuery, type StartupListParams } from "@/lib/validation/search-params";

export type FilterChip = { key: string; label: string; removeHref: string };

/** One chip per active filter, each with a link that removes just that filter. */
export function activeFilterChips(
  params: StartupListParams,
  names: { city: string | null; unit: string | null; investor: string | null },
  basePath = "/startups",
): FilterChip[] {
  const without = (patch: Partial<StartupListParams>) =>
    `${basePath}${startupListQuery({ ...params, ...patch, page: 1 })}`;
  const chips: FilterChip[] = [];
  if (params.q) chips.push({ key: "q", label: `Name contains “${params.q}”`, removeHref: without({ q: null }) });
  if (params.city)
    chips.push({ key: "city", label: `In ${names.city ?? params.city}`, removeHref: without({ city: null }) });
  if (params.sector)
    chips.push({ key: "sector", label: SECTOR_LABELS[params.sector], removeHref: without({ sector: null }) });
  if (params.status)
    chips.push({ key: "status", label: STATUS_LABELS[params.status], removeHref: without({ status: null }) });
  if (params.unit) {
    chips.push({
      key: "unit",
      label: `Founders from ${names.unit ?? params.unit}`,
      removeHref: without({ unit: null }),
    });
  }
  if (params.investor) {
    chips.push({
      key: "investor",
      label: `Backed by ${names.investor ?? params.investor}`,
      removeHref: without({ investor: null }),
    });
  }
  if (params.stage)
    chips.push({ key: "stage", label: `Reached ${STAGE_LABELS[params.stage]}`, removeHref: without({ stage: null }) });
  if (params.foundedFrom !== null || params.foundedTo !== null) {
    const label =
      params.foundedFrom !== null && params.foundedTo !== null
        ? params.foundedFrom === params.foundedTo
          ? `Founded in ${params.foundedFrom}`
          : `Founded ${params.foundedFrom}–${params.foundedTo}`
        : params.foundedFrom !== null
          ? `Founded ${params.foundedFrom} or later`
          : `Founded ${params.foundedTo} or earlier`;
    chips.push({ key: "years", label, removeHref: without({ foundedFrom: null, foundedTo: null }) });
  }
  if (params.tenure !== null || params.leftWithin !== null) {
    // The definition without its "alumni = founders who" preamble, e.g. "spent at least 5 years at Alibaba Group".
    const definition = describeAlumni(alumniFromNullable(params)).replace(/^alumni = founders who /, "");
    chips.push({
      key: "alumni",
      label: `Founders who ${definition}`,
      removeHref: without({ tenure: null, leftWithin: null }),
    });
  }
  return chips;
}

export function ActiveFilters({ chips }: { chips: FilterChip[] }) {
  if (chips.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Active filters">
      {chips.map((chip) => (
        <li key={chip.key}>
          <Link
            href={chip.removeHref}
            className="inline-flex items-center gap-1 rounded-full border border-rule bg-paper px-2.5 py-0.5 text-xs text-ink hover:border-ink-faint"
            aria-label={`Remove filter: ${chip.label}`}
          >
            {chip.label}
            <span aria-hidden className="text-ink-faint">
              ×
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
