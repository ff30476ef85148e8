import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { alumniFromNullable } from "@/lib/charts/alumni";
import { alumniControlsIn } from "./alumni-words";
import type { StartupFilterOptions } from "@/lib/data/startups/filter-options";
import { FundingStage, Sector, StartupStatus } from "@/lib/generated/prisma/enums";
import { labelsFor } from "@/lib/labels";
import { displayName } from "@/lib/format/names";
import { formatInteger } from "@/lib/format/numbers";
import { yearRange } from "@/lib/validation/fields";
import type { StartupListParams } from "@/lib/validation/search-params";

/**
 * The list's filters as a plain GET form: every choice lands in the URL, so results can be shared,
 * bookmarked and walked with the back button, and it works before (or without) JavaScript.
 */
export async function StartupFilters({
  params,
  options,
  action = "/startups",
}: {
  params: StartupListParams;
  options: StartupFilterOptions;
  action?: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("startups.filters"), getLocale()]);
  const labels = labelsFor(locale);
  const years = options.foundedYears;
  const selects: SelectFilter[] = [
    {
      name: "city",
      label: t("city"),
      allLabel: t("anyCity"),
      value: params.city,
      options: options.cities.map((city) => ({
        value: city.slug,
        label: `${displayName(city, "other", locale)} (${formatInteger(city.count, locale)})`,
      })),
    },
    {
      name: "sector",
      label: t("sector"),
      allLabel: t("anySector"),
      value: params.sector,
      options: labelled(Sector, labels.sector),
    },
    {
      name: "status",
      label: t("status"),
      allLabel: t("anyStatus"),
      value: params.status,
      options: labelled(StartupStatus, labels.status),
    },
    {
      name: "unit",
      label: t("unit"),
      allLabel: t("anyUnit"),
      value: params.unit,
      options: options.units.map((unit) => ({
        value: unit.slug,
        label: "\u00a0\u00a0".repeat(unit.depth) + displayName(unit, "other", locale),
      })),
    },
    ...alumniControlsIn(await getTranslations("startups.alumni"), alumniFromNullable(params)),
    {
      name: "stage",
      label: t("stage"),
      allLabel: t("anyStage"),
      value: params.stage,
      options: labelled(FundingStage, labels.stage),
    },
  ];
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t("formLabel")}
      className="grid grid-cols-1 gap-4 rounded-lg border border-rule bg-paper p-4"
    >
      <div className="grid grid-cols-1 gap-1">
        <Label htmlFor="filter-q">{t("name")}</Label>
        <Input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={params.q ?? ""}
          maxLength={100}
          placeholder={t("namePlaceholder")}
          autoComplete="off"
        />
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-1">
        {selects.map((select) => (
          <FilterSelect key={select.name} {...select} />
        ))}
        <fieldset className="grid grid-cols-1 gap-1">
          <legend className="text-sm font-medium text-ink">{t("founded")}</legend>
          <div className="flex items-center gap-1.5">
            <Input
              aria-label={t("foundedFrom")}
              name="from"
              type="number"
              inputMode="numeric"
              min={yearRange.min}
              max={yearRange.max}
              placeholder={years.min ? String(years.min) : t("from")}
              defaultValue={params.foundedFrom ?? ""}
            />
            <span aria-hidden className="text-ink-faint">
              –
            </span>
            <Input
              aria-label={t("foundedTo")}
              name="to"
              type="number"
              inputMode="numeric"
              min={yearRange.min}
              max={yearRange.max}
              placeholder={years.max ? String(years.max) : t("to")}
              defaultValue={params.foundedTo ?? ""}
            />
          </div>
        </fieldset>
      </div>
      {params.investor ? <input type="hidden" name="investor" value={params.investor} /> : null}
      {params.sort !== "name" ? <input type="hidden" name="sort" value={params.sort} /> : null}
      <div className="flex items-center gap-2">
        <Button type="submit">{t("apply")}</Button>
        <Button variant="ghost" asChild>
          <Link href={action}>{t("clear")}</Link>
        </Button>
      </div>
    </form>
  );
}

type SelectFilter = {
  name: string;
  label: string;
  allLabel: string;
  value: string | null | undefined;
  options: readonly { value: string; label: string }[];
};

/** One labelled select of the filter form; an empty value means "any". */
function FilterSelect({ name, label, allLabel, value, options }: SelectFilter) {
  return (
    <div className="grid gap-1">
      <Label htmlFor={`filter-${name}`}>{label}</Label>
      <Select id={`filter-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </div>
  );
}

/** An enum's values as options, in the enum's declared order, with their labels. */
function labelled<T extends string>(values: Record<string, T>, labels: Readonly<Record<T, string>>) {
  return Object.values(values).map((value) => ({ value, label: labels[value] }));
}
