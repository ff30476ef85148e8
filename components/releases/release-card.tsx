import { Badge } from "@/components/ui/badge";
import type { ReleaseSummary } from "@/lib/data/releases";
import { formatInteger, plural } from "@/lib/format/numbers";
import { formatWhen } from "@/lib/format/dates";

const TABLE_LABELS: Record<string, string> = {
  startups: "start-ups",
  people: "people",
  organizations: "organizations",
  cities: "cities",
  funding_rounds: "funding rounds",
  investments: "investments",
  foundings: "foundings",
  employments: "employments",
  sources: "sources",
  citations: "citations",
  reported_figures: "reported figures",
};

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatInteger(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** One release on the download page: what it holds, what changed, how to cite and check it. */
export function ReleaseCard({ release, latest }: { release: ReleaseSummary; latest: boolean }) {
  const { added, changed, removed } = release.changeCounts;
  return (
    <article
      id={release.name}
      aria-labelledby={`${release.name}-title`}
      className="grid scroll-mt-20 gap-4 rounded-lg border border-rule bg-paper p-4 sm:p-5"
      data-testid="release"
    >
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${release.name}-title`} className="font-mono text-base font-semibold break-all text-ink sm:text-lg">
          {release.name}
          {latest ? (
            <Badge className="ml-2 align-middle font-sans" variant="accent">
              latest
            </Badge>
          ) : null}
        </h2>
        <p className="text-sm text-ink-muted">
          Released <time dateTime={release.releasedOn}>{release.releasedOn}</time> · data as of{" "}
          <time dateTime={release.cutAt}>{formatWhen(release.cutAt)}</time>
        </p>
      </header>
      <div className="flex flex-wrap items-center gap-3">
        <a
          href={`/data/${release.name}.zip`}
          download
          className="inline-flex items-center rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white no-underline hover:opacity-90"
        >
          Download {release.name}.zip ({formatBytes(release.byteSize)})
        </a>
        <a href={`/data/${release.name}.zip.sha256`} className="text-sm">
          SHA-256 file
        </a>
      </div>
      <p className="text-sm text-ink-muted">
        {Object.entries(release.recordCounts)
          .map(([table, count]) => `${formatInteger(count)} ${TABLE_LABELS[table] ?? table}`)
          .join(" · ")}
      </p>
      <p className="text-sm" data-testid="release-changes">
        {release.previousName ? (
          <>
            Since <a href={`#${release.previousName}`}>{release.previousName}</a>: {plural(added, "record")} added,{" "}
            {formatInteger(changed)} changed, {formatInteger(removed)} removed (the full list is CHANGELOG.csv in the
            zip).
          </>
        ) : (
          "The first release: every record in it is new."
        )}
      </p>
      <dl className="grid gap-3 text-sm">
        <div className="grid gap-1">
          <dt className="font-medium">Suggested citation</dt>
          <dd className="rounded-md border border-rule bg-canvas px-3 py-2 break-words" data-testid="release-citation">
            {release.citation}
          </dd>
        </div>
        <div className="grid gap-1">
          <dt className="font-medium">SHA-256 checksum</dt>
          <dd className="font-mono text-xs break-all text-ink-muted" data-testid="release-sha256">
            {release.sha256}
          </dd>
        </div>
      </dl>
    </article>
  );
}
