import Link from "next/link";
import { Suspense } from "react";
import { ChartGrid } from "@/components/dashboard/chart-grid";
import { HeadlineStats } from "@/components/overview/headline-stats";
import { ReportedVsTracked } from "@/components/overview/reported-vs-tracked";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { describeAlumni } from "@/lib/charts/alumni";
import { getDataAsOf } from "@/lib/data/data-as-of";
import { getOverviewCounts, getRecentStartups } from "@/lib/data/overview";
import { getComparableReportedFigures } from "@/lib/data/reported-figures";
import { displayName, secondaryName } from "@/lib/format/names";

export default function HomePage() {
  return (
    <div className="grid gap-10">
      <section className="grid gap-3">
        <h1 className="max-w-3xl font-serif text-3xl leading-tight font-semibold tracking-tight text-ink sm:text-4xl">
          The AI start-ups founded by former Alibaba Group employees
        </h1>
        <p className="max-w-3xl text-base text-ink-muted">
          Founders and their Alibaba careers, cities, investors and funding rounds, each fact with the source it came
          from. Figures reported elsewhere stand beside what this database tracks, never mixed with it.
        </p>
      </section>

      {/* Skeletons as tall as what replaces them at each breakpoint, so nothing below moves (CLS). */}
      <Suspense fallback={<Skeleton className="h-[348px] w-full sm:h-[259px] md:h-[227px] lg:h-[138px]" />}>
        <Headline />
      </Suspense>

      <section aria-labelledby="reported-heading" className="grid gap-4">
        <div>
          <h2 id="reported-heading" className="text-lg font-semibold tracking-tight">
            Reported figures and what is tracked here
          </h2>
          <p className="text-sm text-ink-muted">
            ITJuzi&rsquo;s list behind its count is not public; this database holds a researched, sourced subset.{" "}
            <Link href="/reported-figures" className="font-medium text-accent underline-offset-4 hover:underline">
              All reported figures, with their sources →
            </Link>
          </p>
        </div>
        <Suspense
          fallback={
            <div className="grid gap-4 md:grid-cols-2">
              <Skeleton className="h-[295px] sm:h-[231px] md:h-[291px] lg:h-[251px]" />
              <Skeleton className="h-[295px] sm:h-[231px] md:h-[291px] lg:h-[251px]" />
            </div>
          }
        >
          <Comparisons />
        </Suspense>
      </section>

      <section aria-labelledby="recent-heading" className="grid gap-4">
        <h2 id="recent-heading" className="text-lg font-semibold tracking-tight">
          Recently updated start-ups
        </h2>
        <Suspense fallback={<Skeleton className="h-[1204px] w-full sm:h-[620px] lg:h-[304px]" />}>
          <RecentStartups />
        </Suspense>
      </section>

      <section aria-labelledby="charts-heading" className="grid gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <div>
            <h2 id="charts-heading" className="text-lg font-semibold tracking-tight">
              Charts
            </h2>
            <p className="text-sm text-ink-muted">
              Each with its source line and as-of date; open one to filter it, download PNG, SVG or CSV, or embed it.
            </p>
          </div>
          <Link href="/charts" className="text-sm font-medium text-accent underline-offset-4 hover:underline">
            All charts →
          </Link>
        </div>
        <ChartGrid />
      </section>
    </div>
  );
}

async function Headline() {
  const [counts, asOf] = await Promise.all([getOverviewCounts(), getDataAsOf()]);
  return (
    <section aria-label="Tracked in this database" className="grid gap-2">
      <HeadlineStats
        stats={[
          { label: "Start-ups", value: counts.startups },
          { label: "Founders", value: counts.founders },
          { label: "Cities", value: counts.cities },
          { label: "Funding rounds", value: counts.fundingRounds },
          { label: "Investors", value: counts.investors },
          { label: "Sources", value: counts.sources },
        ]}
      />
      <p className="text-xs text-ink-faint" data-testid="data-as-of">
        Tracked in this database
        {asOf ? (
          <>
            , data as of <time dateTime={asOf.date}>{asOf.date}</time>: the latest change to a fact (
            {asOf.basis === "edited" ? "an editor’s change" : "the date the research was compiled"})
          </>
        ) : null}
        .
      </p>
      {/* The headline counts every tracked start-up: the default definition, the one ITJuzi's count leaves unstated
          too, so "reported" and "tracked" below compare like with like. The list and the charts narrow it. */}
      <p className="text-xs text-ink-faint" data-testid="alumni-definition">
        Counted with {describeAlumni({})}.{" "}
        <Link href="/startups" className="underline underline-offset-2">
          Narrow the definition on the start-up list
        </Link>
        .
      </p>
    </section>
  );
}

async function Comparisons() {
  const figures = await getComparableReportedFigures();
  if (figures.length === 0) {
    return <p className="text-sm text-ink-muted">No reported figures are recorded yet.</p>;
  }
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {figures.map((figure) => (
        <ReportedVsTracked
          key={figure.slug}
          comparison={{
            slug: figure.slug,
            title: figure.scopeCity
              ? `Share based in ${figure.scopeCity.nameEn}`
              : "AI start-ups founded by former Alibaba staff",
            reported: {
              value: figure.value,
              valueText: figure.valueText,
              unit: figure.unit,
              asOfLabel: figure.asOfLabel,
              scope: figure.scope,
            },
            tracked: figure.tracked,
            sourceLine: figure.originalDataSource ?? figure.source.publisher,
            source: figure.source,
            cityLink: figure.scopeCity
              ? { href: `/cities/${figure.scopeCity.slug}`, label: `${figure.scopeCity.nameEn} start-ups` }
              : null,
          }}
        />
      ))}
    </div>
  );
}

async function RecentStartups() {
  const startups = await getRecentStartups(8);
  if (startups.length === 0) return <p className="text-sm text-ink-muted">No start-ups are tracked yet.</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {startups.map((startup) => (
        <li key={startup.slug}>
          <Card className="relative h-full transition-colors hover:border-ink-faint">
            <CardHeader>
              <CardTitle>
                <Link href={`/startups/${startup.slug}`} className="after:absolute after:inset-0">
                  {displayName(startup)}
                </Link>
              </CardTitle>
              {secondaryName(startup) ? <p className="text-sm text-ink-muted">{secondaryName(startup)}</p> : null}
            </CardHeader>
            <CardContent className="text-sm text-ink-muted">
              <p>
                {[startup.city?.nameEn, startup.foundedYear ? `founded ${startup.foundedYear}` : null]
                  .filter(Boolean)
                  .join(" · ") || "City and year not reported"}
              </p>
              {startup.founders.length > 0 ? <p className="mt-1 text-ink">{startup.founders.join(", ")}</p> : null}
            </CardContent>
          </Card>
        </li>
      ))}
    </ul>
  );
}
