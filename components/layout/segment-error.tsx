"use client";

import Link from "next/link";
import { useEffect } from "react";
// buttonVariants rather than <Button>: Button merges classes with tailwind-merge, and every page with
// an error boundary would load it (9 kB) up front for a message it almost never shows.
import { buttonVariants } from "@/components/ui/button-variants";

/** What a route segment shows when rendering it failed: a plain message, a retry and a way out. */
export function SegmentError({
  error,
  reset,
  what,
}: {
  error: Error & { digest?: string };
  reset: () => void;
  what: string;
}) {
  useEffect(() => {
    // Logged for the operator; the reader sees no stack or message details.
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="grid max-w-xl gap-3 rounded-lg border border-rule bg-paper p-6">
      <h1 className="font-serif text-2xl font-semibold">This {what} could not be loaded</h1>
      <p className="text-sm text-ink-muted">
        Something went wrong on our side while reading the data. Try again; if it keeps happening, the database may be
        unavailable.
        {error.digest ? (
          <span className="block pt-1 font-mono text-xs text-ink-faint">Reference: {error.digest}</span>
        ) : null}
      </p>
      <div className="flex gap-2">
        <button type="button" className={buttonVariants()} onClick={reset}>
          Try again
        </button>
        <Link href="/" className={buttonVariants({ variant: "outline" })}>
          Home
        </Link>
      </div>
    </div>
  );
}
