import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { alumniFromNullable } from "@/lib/charts/alumni";
import { alumniConditions } from "./alumni-words";
import { sectorLabel, stageLabel, statusLabel } from "@/lib/labels";
import type { Locale } from "@/lib/i18n/locales";
import { startupListQuery, type StartupListParams } from "@/lib/validation/search-params";

export type FilterChip = { key: string; label: string; removeHref: string };

/** One chip per active filter, each with a link that removes just that filter (an English path: links localize it). */
export async function activeFilterChips(
  params: StartupListParams,
  names: { city: string | null; unit: string | null; investor: string | null },
  basePath = "/startups",
  locale?: Locale,
): Promise<FilterChip[]> {
  // The CSV route (no language of its own) asks for English; a page's language comes from its request.
  const language = locale ?? (await getLocale());
  const t = await getTranslations({ locale: language, namespace: "startups.chips" });
  const without = (patch: Partial<StartupListParams>) =>
    `${basePath}${startupListQuery({ ...params, ...patch, page: 1 })}`;
  const chips: FilterChip[] = [];
  if (params.q) chips.push({ key: "q", label: t("q", { q: params.q }), removeHref: without({ q: null }) });
  if (params.city)
    chips.push({
      key: "city",
      label: t("city", { city: names.city ?? params.city }),
      removeHref: without({ city: null }),
    });
  if (params.sector)
    chips.push({ key: "sector", label: sectorLabel(params.sector, language), removeHref: without({ sector: null }) });
  if (params.status)
    chips.push({ key: "status", label: statusLabel(params.status, language), removeHref: without({ status: null }) });
  if (params.unit) {
    chips.push({
      key: "unit",
      label: t("unit", { unit: names.unit ?? params.unit }),
      removeHref: without({ unit: null }),
    });
  }
  if (params.investor) {
    chips.push({
      key: "investor",
      label: t("investor", { investor: names.investor ?? params.investor }),
      removeHref: without({ investor: null }),
    });
  }
  if (params.stage)
    chips.push({
      key: "stage",
      label: t("stage", { stage: stageLabel(params.stage, language) }),
      removeHref: without({ stage: null }),
    });
  if (params.foundedFrom !== null || params.foundedTo !== null) {
    const label =
      params.foundedFrom !== null && params.foundedTo !== null
        ? params.foundedFrom === params.foundedTo
          ? t("foundedIn", { year: String(params.foundedFrom) })
          : t("foundedBetween", { from: String(params.foundedFrom), to: String(params.foundedTo) })
        : params.foundedFrom !== null
          ? t("foundedFrom", { year: String(params.foundedFrom) })
          : t("foundedTo", { year: String(params.foundedTo) });
    chips.push({ key: "years", label, removeHref: without({ foundedFrom: null, foundedTo: null }) });
  }
  if (params.tenure !== null || params.leftWithin !== null) {
    // The definition without its "alumni = founders who" preamble, e.g. "spent at least 5 years at Alibaba Group".
    const alumniWords = await getTranslations({ locale: language, namespace: "startups.alumni" });
    const definition = alumniConditions(alumniWords, alumniFromNullable(params)) ?? "";
    chips.push({
      key: "alumni",
      label: t("alumni", { definition }),
      removeHref: without({ tenure: null, leftWithin: null }),
    });
  }
  return chips;
}

export async function ActiveFilters({ chips }: { chips: FilterChip[] }) {
  if (chips.length === 0) return null;
  const t = await getTranslations("startups.chips");
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={t("label")}>
      {chips.map((chip) => (
        <li key={chip.key}>
          <Link
            href={chip.removeHref}
            className="inline-flex items-center gap-1 rounded-full border border-rule bg-paper px-2.5 py-0.5 text-xs text-ink hover:border-ink-faint"
            aria-label={t("remove", { label: chip.label })}
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
