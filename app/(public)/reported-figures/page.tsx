import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Link } from "@/components/i18n/link";
import { FigureCard } from "@/components/reported/figure-card";
import { Skeleton } from "@/components/ui/skeleton";
import { PageHeader } from "@/components/ui/page-header";
import { getOverviewCounts } from "@/lib/data/overview";
import { findReportedFigures, type ReportedFigureView } from "@/lib/data/reported-figures";
import { formatInteger } from "@/lib/format/numbers";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reported.meta");
  return { title: t("title"), description: t("description") };
}

export default async function ReportedFiguresPage() {
  const t = await getTranslations("reported");
  return (
    <div className="grid gap-8">
      <PageHeader eyebrow={t("eyebrow")} title={t("title")}>
        <p className="max-w-3xl text-sm text-ink-muted">{t("intro")}</p>
      </PageHeader>
      <Suspense fallback={<Skeleton className="h-24 w-full" />}>
        <Gap />
      </Suspense>
      <Suspense
        fallback={
          <div className="grid gap-4">
            <Skeleton className="h-48" />
            <Skeleton className="h-48" />
            <Skeleton className="h-48" />
          </div>
        }
      >
        <Figures />
      </Suspense>
    </div>
  );
}

/** How far the tracked records fall short of the headline reported count, and how readers can help. */
async function Gap() {
  const [figures, counts, t, locale] = await Promise.all([
    findReportedFigures(),
    getOverviewCounts(),
    getTranslations("reported.gap"),
    getLocale(),
  ]);
  const headline = figures.find((figure) => figure.slug === "itjuzi-alibaba-alumni-ai-startups-2024");
  if (!headline?.value) return null;
  const missing = headline.value - counts.startups;
  return (
    <section
      id="missing"
      aria-labelledby="gap-heading"
      className="grid scroll-mt-20 gap-2 rounded-lg border border-rule bg-paper p-4 text-sm"
      data-testid="tracked-gap"
    >
      <h2 id="gap-heading" className="text-base font-semibold">
        {t("heading")}
      </h2>
      <p className="text-ink-muted">
        {t.rich("counted", {
          reported: formatInteger(headline.value, locale),
          tracked: formatInteger(counts.startups, locale),
          strongReported: (chunks) => <strong className="text-reported">{chunks}</strong>,
          strongTracked: (chunks) => <strong className="text-tracked">{chunks}</strong>,
        })}
        {missing > 0
          ? t.rich("missing", {
              missing: formatInteger(missing, locale),
              strongMissing: (chunks) => <strong data-testid="missing-count">{chunks}</strong>,
            })
          : null}
        {t.rich("subset", {
          link: (chunks) => (
            <Link href="/startups" className="underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <p className="text-ink-muted">
        {t.rich("suggest", {
          link: (chunks) => (
            <Link href="/suggest" className="font-medium text-accent underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </section>
  );
}

async function Figures() {
  const [figures, t] = await Promise.all([findReportedFigures(), getTranslations("reported")]);
  if (figures.length === 0) return <p className="text-sm text-ink-muted">{t("none")}</p>;
  const groups: { id: "compared" | "alibaba" | "context"; items: ReportedFigureView[] }[] = [
    { id: "compared", items: figures.filter((f) => f.tracked) },
    { id: "alibaba", items: figures.filter((f) => !f.tracked && f.alibabaSpecific) },
    { id: "context", items: figures.filter((f) => !f.alibabaSpecific) },
  ];
  return (
    <div className="grid gap-10">
      {groups
        .filter((group) => group.items.length > 0)
        .map((group) => (
          <section key={group.id} aria-labelledby={`${group.id}-heading`} className="grid gap-3">
            <div>
              <h2 id={`${group.id}-heading`} className="text-lg font-semibold tracking-tight">
                {t(`groups.${group.id}.title`)}{" "}
                <span className="text-sm font-normal text-ink-faint">({group.items.length})</span>
              </h2>
              <p className="text-sm text-ink-muted">{t(`groups.${group.id}.intro`)}</p>
            </div>
            <div className="grid gap-3">
              {group.items.map((figure) => (
                <FigureCard key={figure.slug} figure={figure} />
              ))}
            </div>
          </section>
        ))}
    </div>
  );
}
