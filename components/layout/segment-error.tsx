"use client";

import Link from "next/link";
import { useEffect } from "react";
// buttonVariants rather than <Button>: Button merges classes with tailwind-merge, and every page with
// an error boundary would load it (9 kB) up front for a message it almost never shows.
import { buttonVariants } from "@/components/ui/button-variants";
import { useLocale } from "@/components/i18n/locale-context";
import { localizedPath } from "@/lib/i18n/locales";
// Only this part of the messages: an error boundary's words ship with every page that has one.
import en from "@/lib/i18n/messages/en/errors.json";
import zh from "@/lib/i18n/messages/zh/errors.json";

const words = { en: en.segment, zh: zh.segment };

/** What failed to load, as each segment's error.tsx names it. */
export type SegmentWhat = keyof typeof en.segment.what;

/** What a route segment shows when rendering it failed: a plain message, a retry and a way out. */
export function SegmentError({
  error,
  reset,
  what,
}: {
  error: Error & { digest?: string };
  reset: () => void;
  what: SegmentWhat;
}) {
  const locale = useLocale();
  const t = words[locale];
  useEffect(() => {
    // Logged for the operator; the reader sees no stack or message details.
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="grid max-w-xl gap-3 rounded-lg border border-rule bg-paper p-6">
      <h1 className="font-serif text-2xl font-semibold">{t.title.replace("{what}", t.what[what])}</h1>
      <p className="text-sm text-ink-muted">
        {t.body}
        {error.digest ? (
          <span className="block pt-1 font-mono text-xs text-ink-faint">
            {t.reference.replace("{digest}", error.digest)}
          </span>
        ) : null}
      </p>
      <div className="flex gap-2">
        <button type="button" className={buttonVariants()} onClick={reset}>
          {t.retry}
        </button>
        <Link href={localizedPath("/", locale)} className={buttonVariants({ variant: "outline" })}>
          {t.home}
        </Link>
      </div>
    </div>
  );
}
