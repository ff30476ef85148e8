import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import { ReleaseCard } from "@/components/releases/release-card";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { listReleases } from "@/lib/data/releases";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("data.meta");
  return { title: t("title"), description: t("description") };
}

const code = (chunks: ReactNode) => <code className="text-xs">{chunks}</code>;

export default async function DownloadDataPage() {
  const t = await getTranslations("data");
  return (
    <div className="grid gap-8">
      <PageHeader eyebrow={t("eyebrow")} title={t("title")}>
        <div className="grid max-w-3xl gap-2 text-sm text-ink-muted">
          <p>{t.rich("intro", { code })}</p>
          <p>
            {t.rich("live", {
              code,
              // The API's documentation is one page in English: no /zh version.
              link: (chunks) => <Link href="/api/docs">{chunks}</Link>,
            })}
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
  const [releases, t] = await Promise.all([listReleases(), getTranslations("data")]);
  if (releases.length === 0) {
    return (
      <p className="rounded-lg border border-rule bg-paper p-4 text-sm text-ink-muted" data-testid="no-releases">
        {t.rich("none", { code: (chunks) => <code>{chunks}</code> })}
      </p>
    );
  }
  return (
    <section aria-label={t("releasesLabel")} className="grid gap-4">
      {releases.map((release, index) => (
        <ReleaseCard key={release.name} release={release} latest={index === 0} />
      ))}
    </section>
  );
}
