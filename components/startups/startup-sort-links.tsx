import { getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { cn } from "@/lib/utils";
import {
  DEFAULT_SORT_ORDER,
  startupListQuery,
  type StartupListParams,
  type StartupSort,
} from "@/lib/validation/search-params";

const SORTS: StartupSort[] = ["name", "founded", "funding"];

/** Sort choices as links; choosing the current sort again flips its direction. */
export async function SortLinks({ params, basePath = "/startups" }: { params: StartupListParams; basePath?: string }) {
  const t = await getTranslations("startups.sort");
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-1 text-sm">
      <span className="mr-1 text-ink-muted">{t("by")}</span>
      {SORTS.map((key) => {
        const sort = { key, label: t(key) };
        const active = params.sort === sort.key;
        const order = active ? (params.order === "asc" ? "desc" : "asc") : DEFAULT_SORT_ORDER[sort.key];
        const arrow = active ? (params.order === "asc" ? "↑" : "↓") : "";
        return (
          <Link
            key={sort.key}
            href={`${basePath}${startupListQuery({ ...params, sort: sort.key, order, page: 1 })}`}
            aria-current={active ? "true" : undefined}
            className={cn(
              "rounded-md px-2 py-1",
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
