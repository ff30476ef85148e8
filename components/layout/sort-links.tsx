import { Link } from "@/components/i18n/link";
import { cn } from "@/lib/utils";
import type { SortOrder } from "@/lib/validation/search-params";

/**
 * A list's sort choices as links; choosing the current sort again flips its direction, choosing another
 * starts with that sort's own default order. Words and addresses are the caller's.
 */
export function SortLinks<Sort extends string>({
  sorts,
  current,
  defaultOrder,
  href,
  words,
  linkClassName,
}: {
  sorts: { key: Sort; label: string }[];
  current: { sort: Sort; order: SortOrder };
  defaultOrder: Record<Sort, SortOrder>;
  /** The English path and query of the list sorted so, from its first page. */
  href: (sort: Sort, order: SortOrder) => string;
  words: { label: string; by: string };
  /** Classes before the shared ones on every link. */
  linkClassName?: string;
}) {
  return (
    <nav aria-label={words.label} className="flex flex-wrap items-center gap-1 text-sm">
      <span className="mr-1 text-ink-muted">{words.by}</span>
      {sorts.map((sort) => {
        const active = current.sort === sort.key;
        const order = active ? (current.order === "asc" ? "desc" : "asc") : defaultOrder[sort.key];
        const arrow = active ? (current.order === "asc" ? "↑" : "↓") : "";
        return (
          <Link
            key={sort.key}
            href={href(sort.key, order)}
            aria-current={active ? "true" : undefined}
            className={cn(
              linkClassName,
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
