import Link from "next/link";
import { cn } from "@/lib/utils";

/** Previous / next links with "page x of y"; `href` builds each page's URL so filters stay in it. */
export function Pagination({
  page,
  pageCount,
  href,
  className,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  className?: string;
}) {
  if (pageCount <= 1 && page <= 1) return null;
  const linkClass = "rounded-md border border-rule bg-paper px-3 py-1.5 text-sm hover:bg-canvas";
  const disabledClass = "rounded-md border border-rule px-3 py-1.5 text-sm text-ink-faint";
  return (
    <nav aria-label="Pages" className={cn("flex items-center justify-between gap-3", className)}>
      {page > 1 ? (
        <Link href={href(Math.min(page - 1, pageCount))} className={linkClass} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span className={disabledClass} aria-hidden>
          ← Previous
        </span>
      )}
      <span className="text-sm text-ink-muted">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={linkClass} rel="next">
          Next →
        </Link>
      ) : (
        <span className={disabledClass} aria-hidden>
          Next →
        </span>
      )}
    </nav>
  );
}
