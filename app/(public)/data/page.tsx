import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ReleaseCard } from "@/components/releases/release-card";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { listReleases } from "@/lib/data/releases";

export const metadata: Metadata = {
  title: "Download the data",
  description:
    "The whole public dataset of AI start-ups founded by former Alibaba staff as dated, citable releases: a CSV per table, a data dictionary, one JSON file, a changelog and a SHA-256 checksum.",
};

export default function DownloadDataPage() {
  return (
    <div className="grid gap-8">
      <PageHeader eyebrow="Data" title="Download the data">
        <div className="grid max-w-3xl gap-2 text-sm text-ink-muted">
          <p>
            Each release is the whole public dataset as it was at one moment, in one zip: a CSV file per table
            (start-ups, people, organizations, cities, funding rounds, investments, foundings, employments, sources,
            citations, reported figures), a data dictionary, the same data as one JSON file, and a changelog of the
            records added, changed and removed since the release before. A release never changes once published: cite it
            by name, and check your copy against its SHA-256 checksum (
            <code className="text-xs">sha256sum -c alumni-atlas-….zip.sha256</code>).
          </p>
          <p>
            For data as it is now, use the <Link href="/api/docs">read API</Link>; any profile or chart can also be
            shown as it was on a date with <code className="text-xs">?asOf=YYYY-MM-DD</code>.
          </p>
        </div>
      </PageHeader>
      <Suspense
        fallback={
          <div className="grid gap-4">
            <Skeleton className="h-56" />
            <Skeleton className="h-56" />
          </div>
        }
      >
        <Releases />
      </Suspense>
    </div>
  );
}

async function Releases() {
  const releases = await listReleases();
  if (releases.length === 0) {
    return (
      <p className="rounded-lg border border-rule bg-paper p-4 text-sm text-ink-muted" data-testid="no-releases">
        No release has been published yet. An admin publishes one from the admin&apos;s Releases page, or the operator
        runs <code>npm run release</code>.
      </p>
    );
  }
  return (
    <section aria-label="Releases, newest first" className="grid gap-4">
      {releases.map((release, index) => (
        <ReleaseCard key={release.name} release={release} latest={index === 0} />
      ))}
    </section>
  );
}
