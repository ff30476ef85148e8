import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { FigureCard } from "@/components/reported/figure-card";
import { Skeleton } from "@/components/ui/skeleton";
import { PageHeader } from "@/components/ui/page-header";
import { getOverviewCounts } from "@/lib/data/overview";
import { findReportedFigures, type ReportedFigureView } from "@/lib/data/reported-figures";
import { formatInteger } from "@/lib/format/numbers";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: "Reported figures",
    description:
      "Every figure others have reported about start-ups founded by former Alibaba staff — ITJuzi's 85, 前橙会's and 初橙资本's counts — with who reported it, when, what it counts and its source, beside what this database tracks.",
  };
}

export default function ReportedFiguresPage() {
  return (
    <div className="grid gap-8">
      <PageHeader eyebrow="Data" title="Reported figures">
        <p className="max-w-3xl text-sm text-ink-muted">
          Counts and shares published by others, each with who reported it, when, what it counts and the source we read
          it in. They are kept apart from the records tracked in this database and never added to them; where a figure
          measures the same thing as the database, the tracked value stands beside it.
        </p>
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
  const [figures, counts] = await Promise.all([findReportedFigures(), getOverviewCounts()]);
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
        What we are missing
      </h2>
      <p className="text-ink-muted">
        ITJuzi counted <strong className="text-reported">{formatInteger(headline.value)}</strong> AI start-ups founded
        by former Alibaba employees by the end of 2024; this database tracks{" "}
        <strong className="text-tracked">{formatInteger(counts.startups)}</strong>, each with its sources
        {missing > 0 ? (
          <>
            {" "}
            &mdash; about <strong data-testid="missing-count">{formatInteger(missing)}</strong> are not here yet
          </>
        ) : null}
        . ITJuzi&rsquo;s list itself is not public, so the tracked records are a researched subset, not a reconstruction
        of it: a start-up is added only once a source we can cite names it and its founder&rsquo;s time at Alibaba
        Group.{" "}
        <Link href="/startups" className="underline">
          Browse the tracked start-ups
        </Link>
        .
      </p>
      <p className="text-ink-muted">
        Know one that is missing?{" "}
        <Link href="/suggest" className="font-medium text-accent underline">
          Suggest a start-up
        </Link>{" "}
        with the article or announcement you read it in; an editor checks the source before adding it. Spotted a wrong
        fact? Every footnote has a &ldquo;Flag this fact&rdquo; link.
      </p>
    </section>
  );
}

async function Figures() {
  const figures = await findReportedFigures();
  if (figures.length === 0) return <p className="text-sm text-ink-muted">No reported figures are recorded yet.</p>;
  const groups: { id: string; title: string; intro: string; items: ReportedFigureView[] }[] = [
    {
      id: "compared",
      title: "Compared with what is tracked here",
      intro: "The same population as this database: AI start-ups founded by former Alibaba staff.",
      items: figures.filter((f) => f.tracked),
    },
    {
      id: "alibaba",
      title: "Alibaba alumni: other counts",
      intro:
        "Counts about Alibaba's former employees and their companies, in all sectors, from alumni associations, investors and databases.",
      items: figures.filter((f) => !f.tracked && f.alibabaSpecific),
    },
    {
      id: "context",
      title: "Context",
      intro: "Figures that are not about Alibaba alone: other companies' alumni, the wider AI and hardware markets.",
      items: figures.filter((f) => !f.alibabaSpecific),
    },
  ];
  return (
    <div className="grid gap-10">
      {groups
        .filter((group) => group.items.length > 0)
        .map((group) => (
          <section key={group.id} aria-labelledby={`${group.id}-heading`} className="grid gap-3">
            <div>
              <h2 id={`${group.id}-heading`} className="text-lg font-semibold tracking-tight">
                {group.title} <span className="text-sm font-normal text-ink-faint">({group.items.length})</span>
              </h2>
              <p className="text-sm text-ink-muted">{group.intro}</p>
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
