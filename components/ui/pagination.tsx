import Link from "next/link";
import { cn } from "@/lib/utils";

export type PaginationLabels = { label: string; previous: string; next: string; status?: string };

const ENGLISH: PaginationLabels = { label: "Pages", previous: "← Previous", next: "Next →" };

/** Previous / next links with "page x of y"; `href` builds each page's URL so filters stay in it. */
export function Pagination({
  page,
  pageCount,
  href,
  className,
  labels = ENGLISH,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  className?: string;
  /** The words, translated by the page (this primitive knows no language); `status` is "Page x of y" already filled in. */
  labels?: PaginationLabels;
}) {
  if (pageCount <= 1 && page <= 1) return null;
  const linkClass = "rounded-md border border-rule bg-paper px-3 py-1.5 text-sm hover:bg-canvas";
  const disabledClass = "rounded-md border border-rule px-3 py-1.5 text-sm text-ink-faint";
  return (
    <nav aria-label={labels.label} className={cn("flex items-center justify-between gap-3", className)}>
      {page > 1 ? (
        <Link href={href(Math.min(page - 1, pageCount))} className={linkClass} rel="prev">
          {labels.previous}
        </Link>
      ) : (
        <span className={disabledClass} aria-hidden>
          {labels.previous}
        </span>
      )}
      <span className="text-sm text-ink-muted">{labels.status ?? `Page ${page} of ${pageCount}`}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={linkClass} rel="next">
          {labels.next}
        </Link>
      ) : (
        <span className={disabledClass} aria-hidden>
          {labels.next}
        </span>
      )}
    </nav>
  );
}
