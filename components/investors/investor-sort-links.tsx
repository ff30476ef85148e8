import Link from "next/link";
import { cn } from "@/lib/utils";
import {
  DEFAULT_INVESTOR_SORT_ORDER,
  investorListQuery,
  type InvestorListParams,
  type InvestorSort,
} from "@/lib/validation/search-params";

const SORTS: { key: InvestorSort; label: string }[] = [
  { key: "name", label: "Name" },
  { key: "portfolio", label: "Portfolio" },
  { key: "rounds", label: "Rounds" },
  { key: "led", label: "Led" },
];

export const INVESTOR_SORT_DESCRIPTIONS: Record<InvestorSort, Record<"asc" | "desc", string>> = {
  name: { asc: "A→Z", desc: "Z→A" },
  portfolio: { desc: "largest portfolio first", asc: "smallest portfolio first" },
  rounds: { desc: "most rounds first", asc: "fewest rounds first" },
  led: { desc: "most rounds led first", asc: "fewest rounds led first" },
};

/** Sort choices as links; choosing the current sort again flips its direction. */
export function InvestorSortLinks({ params }: { params: InvestorListParams }) {
  return (
    <nav aria-label="Sort" className="flex flex-wrap items-center gap-1 text-sm">
      <span className="mr-1 text-ink-muted">Sort by</span>
      {SORTS.map((sort) => {
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
