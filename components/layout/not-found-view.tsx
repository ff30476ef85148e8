import Link from "next/link";

/** A 404 body for a segment: says what was not found and where to look instead. */
export function NotFoundView({ what, listHref, listLabel }: { what: string; listHref: string; listLabel: string }) {
  return (
    <div className="grid max-w-xl gap-3 rounded-lg border border-rule bg-paper p-6">
      <p className="text-xs font-medium tracking-wide text-ink-muted uppercase">404 · Not found</p>
      <h1 className="font-serif text-2xl font-semibold">No {what} at this address</h1>
      <p className="text-sm text-ink-muted">
        The link may be mistyped, or the record may have been removed or renamed. Use the search box above, or browse{" "}
        <Link href={listHref} className="underline underline-offset-2">
          {listLabel}
        </Link>
        .
      </p>
    </div>
  );
}
