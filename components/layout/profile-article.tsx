import type { ReactNode } from "react";
import { DatedVersionBanner } from "@/components/as-of/dated-version";
import { SourceList } from "@/components/sources/source-list";
import { SourcesProvider } from "@/components/sources/sources-provider";
import { DATED_PAGE_NOTE } from "@/lib/data/as-of/profiles";
import { citedRecords, type SourceNotes } from "@/lib/data/citations";
import { getFactsAsOf } from "@/lib/data/data-as-of";

/**
 * The frame every record's profile page shares: its sources for the footnotes, the banner above a
 * version as it was at a date (`?asOf=`), the page's own sections, and the numbered sources with the
 * date the facts they back were last checked.
 */
export async function ProfileArticle({
  notes,
  version,
  title,
  path,
  gap,
  children,
}: {
  notes: SourceNotes;
  /** The dated version shown, or null for the record as it is now. */
  version: { date: string; label: string } | null;
  /** The record's name, as the banner cites it. */
  title: string;
  /** The profile's English path without a query ("/founders/jack-ma"). */
  path: string;
  /** The space between the page's sections. */
  gap: "gap-8" | "gap-10";
  children: ReactNode;
}) {
  const asOf = await getFactsAsOf({ records: citedRecords(notes) });
  return (
    <SourcesProvider sources={notes.sources}>
      <article className={`grid grid-cols-1 ${gap}`}>
        {version ? (
          <DatedVersionBanner
            title={title}
            path={path}
            date={version.date}
            label={version.label}
            rebuilt={DATED_PAGE_NOTE}
          />
        ) : null}
        {children}
        <SourceList sources={notes.sources} asOf={asOf} />
      </article>
    </SourcesProvider>
  );
}
