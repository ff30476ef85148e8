import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { cn } from "@/lib/utils";
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

/** Sort choices as links; choosing the current sort again flips its direction. */
export async function InvestorSortLinks({ params }: { params: InvestorListParams }) {
  const t = await getTranslations("investors.sort");
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-1 text-sm">
      <span className="mr-1 text-ink-muted">{t("by")}</span>
      {SORTS.map((key) => {
        const sort = { key, label: t(key) };
        const active = params.sort === sort.key;
        const order = active ? (params.order === "asc" ? "desc" : "asc") : DEFAULT_INVESTOR_SORT_ORDER[sort.key];
        const arrow = active ? (params.order === "asc" ? "↑" : "↓") : "";
        return (
          <Link
            key={sort.key}
            href={`/investors${investorListQuery({ ...params, sort: sort.key, order, page: 1 })}`}
            aria-current={active ? "true" : undefined}
            className={cn(
              "inline-flex min-h-6 items-center rounded-md px-2 py-1",
              active ? "bg-ink text-paper" : "text-ink-muted hover:bg-paper hover:text-ink",
            )}
          >
            {sort.label} {arrow}
          </Link>
        );
      })}
    </nav>
  );
}
