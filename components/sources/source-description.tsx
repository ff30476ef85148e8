import { Badge } from "@/components/ui/badge";
import type { SourceView } from "@/lib/data/citations";
import { formatReportedDate } from "@/lib/format/dates";
import { SOURCE_KIND_LABELS } from "@/lib/sources/kinds";
import { languageName } from "@/lib/sources/languages";
import { displayHost } from "@/lib/urls";

/**
 * The interface's words about one source, already in the page's language (source-text.ts makes them
 * on the server; the footnote card, a client component, gets them as data). The source's own title,
 * publisher and note are data and stay as written.
 */
export type SourceText = {
  /** The title, or what the page is when no title was recorded. */
  linkText: string;
  when: string | null;
  /** The publication date for `<time dateTime>`, as precise as reported. */
  dateTime: string | null;
  dateNotReported: string;
  /** " — read via a copy on …" for a copy, else null. */
  via: string | null;
  kind: string;
  /** Language and retrieval date. */
  details: string[];
  original: string;
  originalUnknown: string;
};

/** The words in English, for callers without a language of their own. */
export function englishSourceText(source: SourceView): SourceText {
  const details: string[] = [];
  if (source.language !== "en") details.push(`in ${languageName(source.language)}`);
  if (source.retrievedOn) details.push(`retrieved ${source.retrievedOn}`);
  return {
    linkText: sourceLinkText(source),
    when: formatReportedDate(source.publishedOn, source.publishedPrecision),
    dateTime: formatReportedDate(source.publishedOn, source.publishedPrecision),
    dateNotReported: "date not reported",
    via:
      source.originalPublisher !== null
        ? ` — read via a ${source.kind === "MIRROR" ? "syndicated copy or mirror" : "copy"} on ${source.publisher}`
        : null,
    kind: source.kind ? SOURCE_KIND_LABELS[source.kind] : "Kind not recorded",
    details,
    original: "the original",
    originalUnknown: "the original\u2019s own address is not recorded",
  };
}

/** The words a link to a source shows: its title, or what it is when no title was recorded. */
export function sourceLinkText(source: SourceView): string {
  return source.title ?? `Untitled page on ${source.url ? displayHost(source.url) : source.publisher}`;
}

/**
 * Who published a source and when, the original first: "South China Morning Post, 2025-04-05 — read
 * via a syndicated copy on news.devevil.com". Shared by the source list and the footnote popovers.
 */
export function SourceByline({ source, text = englishSourceText(source) }: { source: SourceView; text?: SourceText }) {
  return (
    <>
      <span className="font-medium text-ink">{source.originalPublisher ?? source.publisher}</span>
      {", "}
      {text.when ? (
        <time dateTime={text.dateTime ?? undefined}>{text.when}</time>
      ) : (
        <span className="italic">{text.dateNotReported}</span>
      )}
      {text.via}
    </>
  );
}

const kindVariant = (kind: SourceView["kind"]) =>
  kind === "AI_GENERATED" ? "warn" : kind === "MIRROR" || kind === "AGGREGATOR" ? "reported" : "neutral";

export function SourceKindBadge({
  source,
  text = englishSourceText(source),
}: {
  source: SourceView;
  text?: SourceText;
}) {
  return (
    <Badge variant={kindVariant(source.kind)} data-source-kind={source.kind ?? "UNCLASSIFIED"}>
      {text.kind}
    </Badge>
  );
}

/** The small print under a source: language, retrieval date, the original's address, the note. */
export function SourceDetails({ source, text = englishSourceText(source) }: { source: SourceView; text?: SourceText }) {
  const parts = text.details;
  return (
    <>
      {parts.length > 0 ? <span>{parts.join(" · ")}</span> : null}
      {source.originalPublisher ? (
        source.canonicalUrl ? (
          <>
            {parts.length > 0 ? " · " : null}
            <a href={source.canonicalUrl} rel="noreferrer noopener" target="_blank" className="underline">
              {text.original}
            </a>
          </>
        ) : (
          <span>
            {parts.length > 0 ? " · " : null}
            {text.originalUnknown}
          </span>
        )
      ) : null}
      {source.note ? <span className="block">{source.note}</span> : null}
    </>
  );
}
