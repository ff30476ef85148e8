import { getTranslations } from "next-intl/server";
import { SortLinks } from "@/components/layout/sort-links";
import {
  DEFAULT_INVESTOR_SORT_ORDER,
  investorListQuery,
  type InvestorListParams,
  type InvestorSort,
} from "@/lib/validation/search-params";

const SORTS: InvestorSort[] = ["name", "portfolio", "rounds", "led"];

/** How the list is sorted, in words: "largest portfolio first" (investors.sort.<sort><Asc|Desc>). */
export function investorSortDescriptionKey(sort: InvestorSort, order: "asc" | "desc") {
  return `${sort}${order === "asc" ? "Asc" : "Desc"}` as const;
}

/** The investor list's sort choices. */
export async function InvestorSortLinks({ params }: { params: InvestorListParams }) {
  const t = await getTranslations("investors.sort");
  return (
    <SortLinks
      sorts={SORTS.map((key) => ({ key, label: t(key) }))}
      current={params}
      defaultOrder={DEFAULT_INVESTOR_SORT_ORDER}
      href={(sort, order) => `/investors${investorListQuery({ ...params, sort, order, page: 1 })}`}
      words={{ label: t("label"), by: t("by") }}
      linkClassName="inline-flex min-h-6 items-center"
    />
  );
}
