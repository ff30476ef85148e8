import { Badge } from "@/components/ui/badge";
import type { SourceView } from "@/lib/data/citations";
import { formatReportedDate } from "@/lib/format/dates";
import { SOURCE_KIND_LABELS } from "@/lib/sources/kinds";
import { languageName } from "@/lib/sources/languages";
import { displayHost } from "@/lib/urls";

/** The words a link to a source shows: its title, or what it is when no title was recorded. */
export function sourceLinkText(source: SourceView): string {
  return source.title ?? `Untitled page on ${source.url ? displayHost(source.url) : source.publisher}`;
}

/**
 * Who published a source and when, the original first: "South China Morning Post, 2025-04-05 — read
 * via a syndicated copy on news.devevil.com". Shared by the source list and the footnote popovers.
 */
export function SourceByline({ source }: { source: SourceView }) {
  const when = formatReportedDate(source.publishedOn, source.publishedPrecision);
  const copy = source.originalPublisher !== null;
  return (
    <>
      <span className="font-medium text-ink">{source.originalPublisher ?? source.publisher}</span>
      {", "}
      {when ? <time dateTime={when}>{when}</time> : <span className="italic">date not reported</span>}
      {copy ? (
        <>
          {" — read via a "}
          {source.kind === "MIRROR" ? "syndicated copy or mirror" : "copy"} on {source.publisher}
        </>
      ) : null}
    </>
  );
}

const kindVariant = (kind: SourceView["kind"]) =>
  kind === "AI_GENERATED" ? "warn" : kind === "MIRROR" || kind === "AGGREGATOR" ? "reported" : "neutral";

export function SourceKindBadge({ source }: { source: SourceView }) {
  return (
    <Badge variant={kindVariant(source.kind)} data-source-kind={source.kind ?? "UNCLASSIFIED"}>
      {source.kind ? SOURCE_KIND_LABELS[source.kind] : "Kind not recorded"}
    </Badge>
  );
}

/** The small print under a source: language, retrieval date, the original's address, the note. */
export function SourceDetails({ source }: { source: SourceView }) {
  const parts: string[] = [];
  if (source.language !== "en") parts.push(`in ${languageName(source.language)}`);
  if (source.retrievedOn) parts.push(`retrieved ${source.retrievedOn}`);
  return (
    <>
      {parts.length > 0 ? <span>{parts.join(" · ")}</span> : null}
      {source.originalPublisher ? (
        source.canonicalUrl ? (
          <>
            {parts.length > 0 ? " · " : null}
            <a href={source.canonicalUrl} rel="noreferrer noopener" target="_blank" className="underline">
              the original
            </a>
          </>
        ) : (
          <span>
            {parts.length > 0 ? " · " : null}
            the original&rsquo;s own address is not recorded
          </span>
        )
      ) : null}
      {source.note ? <span className="block">{source.note}</span> : null}
    </>
  );
}
