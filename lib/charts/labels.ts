import { FundingStage, Sector } from "../generated/prisma/enums";

// The labels themselves live in lib/labels.ts, so charts, lists, forms and CSV files agree.
export { SECTOR_LABELS, STAGE_LABELS as FUNDING_STAGE_LABELS } from "../labels";

export const SECTORS = Object.values(Sector);

/** Sectors appear in URLs in kebab case (?sector=computer-vision), which reads better than the enum. */
export function sectorToParam(sector: Sector): string {
  return sector.toLowerCase().replaceAll("_", "-");
}

export function sectorFromParam(param: string): Sector | null {
  const candidate = param.toUpperCase().replaceAll("-", "_");
  return SECTORS.find((sector) => sector === candidate) ?? null;
}

export type { FundingStage, Sector };

/** A city's or unit's name in a filter menu: in 中文 its Chinese name where the record has one. */
export function optionName(option: { name: string; nameZh: string | null }, locale: "en" | "zh"): string {
  return locale === "zh" && option.nameZh ? option.nameZh : option.name;
}
