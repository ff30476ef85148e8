import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/components/i18n/link";
import { Alert } from "@/components/ui/alert";
import { localizedPath } from "@/lib/i18n/locales";
import { KeepAsOf } from "./keep-as-of";
import { versionCitation } from "@/lib/validation/as-of";

/** The site's origin for a citable URL: SITE_URL when set, else the address the reader used. */
async function siteOrigin(): Promise<string> {
  if (process.env.SITE_URL) return process.env.SITE_URL.replace(/\/$/, "");
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  return `${requestHeaders.get("x-forwarded-proto") ?? "http"}://${host}`;
}

/**
 * Above a page shown `?asOf=`: says which version this is and what was rebuilt, and offers the
 * version's URL, date and a suggested citation. Its own words are in the page's language; the label,
 * heading and `rebuilt` a caller passes are the caller's to translate. The cited URL keeps the
 * reader's language (/zh/... on a 中文 page).
 */
export async function DatedVersionBanner({
  title,
  path,
  date,
  rebuilt,
  label,
  query = `asOf=${encodeURIComponent(date)}`,
  heading,
  livePath = path,
  extra = null,
  keepAsOf = query.startsWith("asOf=") || query.includes("&asOf=") ? date : null,
}: {
  /** What is being cited: the record's name or the chart's title. */
  title: string;
  /** The page's path without a query. */
  path: string;
  /** The version's date (or instant) as given in ?asOf=. */
  date: string;
  /** The same in words. */
  label?: string;
  /** What the page shows as it was (the rest is as it is now). */
  rebuilt: string;
  /** The query that pins this version (default asOf=date). */
  query?: string;
  heading?: string;
  /** The page as it is now (default: path). */
  livePath?: string;
  /** A further sentence under the heading. */
  extra?: ReactNode;
  /** The date the page's links keep (default: when the version is pinned by asOf). */
  keepAsOf?: string | null;
}) {
  const [t, locale, origin] = await Promise.all([getTranslations("asOf.banner"), getLocale(), siteOrigin()]);
  const shownLabel = label ?? t("defaultLabel", { date });
  const shownHeading = heading ?? t("defaultHeading", { label: shownLabel });
  const url = `${origin}${localizedPath(path, locale)}?${query}`;
  const citation = versionCitation({ title, date, url, accessed: new Date().toISOString().slice(0, 10) }, locale);
  return (
    <section aria-label={t("label")} className="grid gap-3" data-testid="dated-version">
      {keepAsOf ? <KeepAsOf asOf={keepAsOf} /> : null}
      <Alert variant="warning">
        <p>
          <strong className="font-semibold">{shownHeading}</strong> {rebuilt}{" "}
          <Link href={livePath} data-live-link className="font-medium underline underline-offset-2">
            {t("live")}
          </Link>
          {locale === "zh" ? "。" : "."}
        </p>
        {extra ? <p className="mt-1">{extra}</p> : null}
      </Alert>
      <details className="rounded-lg border border-rule bg-paper px-4 py-3 text-sm" open>
        <summary className="cursor-pointer font-medium">{t("cite")}</summary>
        <dl className="mt-3 grid gap-2 sm:grid-cols-[8rem_minmax(0,1fr)]">
          <dt className="text-ink-muted">{t("url")}</dt>
          <dd className="font-mono text-xs break-all" data-testid="cite-url">
            {url}
          </dd>
          <dt className="text-ink-muted">{t("date")}</dt>
          <dd>
            <time dateTime={date}>{date}</time>
          </dd>
          <dt className="text-ink-muted">{t("citation")}</dt>
          <dd className="break-words" data-testid="cite-citation">
            {citation}
          </dd>
        </dl>
      </details>
    </section>
  );
}

/** Instead of the page, when `?asOf=` cannot be honoured: a bad date, or a record not there yet. */
export async function DatedVersionProblem({ message, path }: { message: string; path: string }) {
  const [t, locale] = await Promise.all([getTranslations("asOf.problem"), getLocale()]);
  return (
    <div className="grid gap-3" data-testid="as-of-problem">
      <Alert variant="error">
        <p>{message}</p>
      </Alert>
      <p className="text-sm">
        <Link href={path} className="font-medium underline underline-offset-2">
          {t("live")}
        </Link>
        {locale === "zh" ? "。" : "."}
      </p>
    </div>
  );
}
