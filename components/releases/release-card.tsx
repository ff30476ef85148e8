import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { ReleaseSummary } from "@/lib/data/releases";
import { formatInteger } from "@/lib/format/numbers";
import { formatWhen } from "@/lib/format/dates";

/** The tables a release holds, in the order of its files (labels in data.release.tables). */
const TABLES = {
  startups: true,
  people: true,
  organizations: true,
  cities: true,
  funding_rounds: true,
  investments: true,
  foundings: true,
  employments: true,
  sources: true,
  citations: true,
  reported_figures: true,
} as const;

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatInteger(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** One release on the download page: what it holds, what changed, how to cite and check it. */
export async function ReleaseCard({ release, latest }: { release: ReleaseSummary; latest: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("data.release"), getLocale()]);
  const { added, changed, removed } = release.changeCounts;
  const tableLabel = (table: string) => (table in TABLES ? t(`tables.${table as keyof typeof TABLES}`) : table);
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
              {t("latest")}
            </Badge>
          ) : null}
        </h2>
        <p className="text-sm text-ink-muted">
          {t.rich("released", {
            released: release.releasedOn,
            cut: formatWhen(release.cutAt),
            releasedTime: (chunks) => <time dateTime={release.releasedOn}>{chunks}</time>,
            cutTime: (chunks) => <time dateTime={release.cutAt}>{chunks}</time>,
          })}
        </p>
      </header>
      <div className="flex flex-wrap items-center gap-3">
        <a
          href={`/data/${release.name}.zip`}
          download
          className="inline-flex items-center rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white no-underline hover:opacity-90"
        >
          {t("download", { file: `${release.name}.zip`, size: formatBytes(release.byteSize) })}
        </a>
        <a href={`/data/${release.name}.zip.sha256`} className="text-sm">
          {t("sha256File")}
        </a>
      </div>
      <p className="text-sm text-ink-muted">
        {Object.entries(release.recordCounts)
          // 中文 puts the count after the table's name: "初创公司 12".
          .map(([table, count]) =>
            locale === "zh"
              ? `${tableLabel(table)} ${formatInteger(count, locale)}`
              : `${formatInteger(count)} ${tableLabel(table)}`,
          )
          .join(" · ")}
      </p>
      <p className="text-sm" data-testid="release-changes">
        {release.previousName
          ? t.rich("since", {
              previous: release.previousName,
              added,
              changed: formatInteger(changed, locale),
              removed: formatInteger(removed, locale),
              previousLink: (chunks) => <a href={`#${release.previousName}`}>{chunks}</a>,
            })
          : t("first")}
      </p>
      <dl className="grid gap-3 text-sm">
        <div className="grid gap-1">
          <dt className="font-medium">{t("citation")}</dt>
          <dd className="rounded-md border border-rule bg-canvas px-3 py-2 break-words" data-testid="release-citation">
            {release.citation}
          </dd>
        </div>
        <div className="grid gap-1">
          <dt className="font-medium">{t("sha256")}</dt>
          <dd className="font-mono text-xs break-all text-ink-muted" data-testid="release-sha256">
            {release.sha256}
          </dd>
        </div>
      </dl>
    </article>
  );
}
