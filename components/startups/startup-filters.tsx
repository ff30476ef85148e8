import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { alumniControls, alumniFromNullable } from "@/lib/charts/alumni";
import type { StartupFilterOptions } from "@/lib/data/startups/filter-options";
import { FundingStage, Sector, StartupStatus } from "@/lib/generated/prisma/enums";
import { SECTOR_LABELS, STAGE_LABELS, STATUS_LABELS } from "@/lib/labels";
import { yearRange } from "@/lib/validation/fields";
import type { StartupListParams } from "@/lib/validation/search-params";

/**
 * The list's filters as a plain GET form: every choice lands in the URL, so results can be shared,
 * bookmarked and walked with the back button, and it works before (or without) JavaScript.
 */
export function StartupFilters({
  params,
  options,
  action = "/startups",
}: {
  params: StartupListParams;
  options: StartupFilterOptions;
  action?: string;
}) {
  const field = "grid gap-1";
  const years = options.foundedYears;
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label="Filter start-ups"
      className="grid grid-cols-1 gap-4 rounded-lg border border-rule bg-paper p-4"
    >
      <div className="grid grid-cols-1 gap-1">
        <Label htmlFor="filter-q">Name</Label>
        <Input
          id="filter-q"
          name="q"
          type="search"
          defaultValue={params.q ?? ""}
          maxLength={100}
          placeholder="English, 中文, alias or pinyin"
          autoComplete="off"
        />
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-1">
        <div className={field}>
          <Label htmlFor="filter-city">City</Label>
          <Select id="filter-city" name="city" defaultValue={params.city ?? ""}>
            <option value="">Any city</option>
            {options.cities.map((city) => (
              <option key={city.slug} value={city.slug}>
                {city.nameEn} ({city.count})
              </option>
            ))}
          </Select>
        </div>
        <div className={field}>
          <Label htmlFor="filter-sector">Sector</Label>
          <Select id="filter-sector" name="sector" defaultValue={params.sector ?? ""}>
            <option value="">Any sector</option>
            {Object.values(Sector).map((sector) => (
              <option key={sector} value={sector}>
                {SECTOR_LABELS[sector]}
              </option>
            ))}
          </Select>
        </div>
        <div className={field}>
          <Label htmlFor="filter-status">Status</Label>
          <Select id="filter-status" name="status" defaultValue={params.status ?? ""}>
            <option value="">Any status</option>
            {Object.values(StartupStatus).map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </Select>
        </div>
        <div className={field}>
          <Label htmlFor="filter-unit">Founders came from</Label>
          <Select id="filter-unit" name="unit" defaultValue={params.unit ?? ""}>
            <option value="">Any Alibaba unit</option>
            {options.units.map((unit) => (
              <option key={unit.slug} value={unit.slug}>
                {"\u00a0\u00a0".repeat(unit.depth)}
                {unit.nameEn}
              </option>
            ))}
          </Select>
        </div>
        {alumniControls(alumniFromNullable(params)).map((control) => (
          <div key={control.name} className={field}>
            <Label htmlFor={`filter-${control.name}`}>{control.label}</Label>
            <Select id={`filter-${control.name}`} name={control.name} defaultValue={control.value}>
              <option value="">{control.allLabel}</option>
              {control.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          </div>
        ))}
        <div className={field}>
          <Label htmlFor="filter-stage">Funding stage reached</Label>
          <Select id="filter-stage" name="stage" defaultValue={params.stage ?? ""}>
            <option value="">Any stage</option>
            {Object.values(FundingStage).map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_LABELS[stage]}
              </option>
            ))}
          </Select>
        </div>
        <fieldset className="grid grid-cols-1 gap-1">
          <legend className="text-sm font-medium text-ink">Founded</legend>
          <div className="flex items-center gap-1.5">
            <Input
              aria-label="Founded from year"
              name="from"
              type="number"
              inputMode="numeric"
              min={yearRange.min}
              max={yearRange.max}
              placeholder={years.min ? String(years.min) : "from"}
              defaultValue={params.foundedFrom ?? ""}
            />
            <span aria-hidden className="text-ink-faint">
              –
            </span>
            <Input
              aria-label="Founded to year"
              name="to"
              type="number"
              inputMode="numeric"
              min={yearRange.min}
              max={yearRange.max}
              placeholder={years.max ? String(years.max) : "to"}
              defaultValue={params.foundedTo ?? ""}
            />
          </div>
        </fieldset>
      </div>
      {params.investor ? <input type="hidden" name="investor" value={params.investor} /> : null}
      {params.sort !== "name" ? <input type="hidden" name="sort" value={params.sort} /> : null}
      <div className="flex items-center gap-2">
        <Button type="submit">Apply filters</Button>
        <Button variant="ghost" asChild>
          <Link href={action}>Clear all</Link>
        </Button>
      </div>
    </form>
  );
}
