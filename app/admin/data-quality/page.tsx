import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Suspense } from "react";
import { AdminPageHeader } from "@/components/admin/page-header";
import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getFieldCoverage, getNameGaps, getSourceGaps, getWeakSupport } from "@/lib/data/admin/quality";
import { formatInteger, formatPercent } from "@/lib/format/numbers";
import { SOURCE_KIND_LABELS } from "@/lib/sources/kinds";

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Data quality" };
}

export default function DataQualityPage() {
  return (
    <>
      <AdminPageHeader
        title="Data quality"
        description="Where the sourcing is thin, and the form that fixes each gap."
      />
      <div className="grid gap-10">
        <Widget id="coverage" title="Facts with a source, per kind of record">
          <Coverage />
        </Widget>
        <Widget id="weak" title="Records resting only on aggregators, copies or AI-generated pages">
          <WeakSupport />
        </Widget>
        <Widget id="sources" title="Sources without a kind, title or date">
          <SourceGaps />
        </Widget>
        <Widget id="names" title="Names without Chinese or romanisation">
          <NameGaps />
        </Widget>
      </div>
    </>
  );
}

function Widget({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="grid gap-3" data-testid={`quality-${id}`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold tracking-tight">
        {title}
      </h2>
      <Suspense fallback={<Skeleton className="h-40 w-full" />}>{children}</Suspense>
    </section>
  );
}

const editLink = (entity: string, id: number) => `/admin/${entity}/${id}/edit`;

async function Coverage() {
  const rows = await getFieldCoverage();
  return (
    <div className="rounded-lg border border-rule bg-paper">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead className="pl-4">Records</TableHead>
            <TableHead className="text-right">Count</TableHead>
            <TableHead className="text-right">Facts sourced</TableHead>
            <TableHead className="pr-4">Most unsourced field</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.recordType}>
              <TableCell className="pl-4">
                <Link href={`/admin/${row.entity}`} className="font-medium underline-offset-2 hover:underline">
                  {row.label}
                </Link>
              </TableCell>
              <TableCell className="text-right tabular-nums">{formatInteger(row.records)}</TableCell>
              <TableCell className="text-right tabular-nums" data-testid={`coverage-${row.entity}`}>
                {row.facts === 0 ? "—" : formatPercent((100 * row.sourcedFacts) / row.facts)}
                <span className="block text-xs text-ink-faint">
                  {formatInteger(row.sourcedFacts)} of {formatInteger(row.facts)}
                </span>
              </TableCell>
              <TableCell className="pr-4 text-sm">
                {row.weakestField ? (
                  <>
                    {row.weakestField.label}{" "}
                    <span className="text-ink-faint">
                      ({formatInteger(row.weakestField.unsourced)} without a source)
                    </span>
                  </>
                ) : (
                  <span className="text-ink-faint">every fact has a source</span>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

async function WeakSupport() {
  const { total, single, items } = await getWeakSupport();
  if (total === 0) return <p className="text-sm text-ink-muted">Every record has a source of its own.</p>;
  return (
    <>
      <p className="text-sm text-ink-muted">
        {formatInteger(total)} records, {formatInteger(single)} of them on a single source. Start-ups and foundings
        among them must not be high confidence (the admin refuses it); for the others, look for an original source.
      </p>
      <ul className="grid gap-1.5 text-sm">
        {items.map((item) => (
          <li key={`${item.recordType}:${item.recordId}`} className="flex flex-wrap items-baseline gap-x-2">
            <Link href={editLink(item.entity, item.recordId)} className="underline underline-offset-2">
              {item.label}
            </Link>
            <span className="text-xs text-ink-faint">{item.entity.replace("-", " ")}</span>
            {item.kinds.map((kind) => (
              <Badge key={kind} variant={kind === "AI_GENERATED" ? "warn" : "reported"}>
                {kind === "UNCLASSIFIED" ? "not classified" : SOURCE_KIND_LABELS[kind]}
              </Badge>
            ))}
            <span className="text-xs text-ink-muted">
              {item.sources} source{item.sources === 1 ? "" : "s"}
              {item.confidence ? ` · ${item.confidence.toLowerCase()} confidence` : ""}
            </span>
          </li>
        ))}
      </ul>
      {total > items.length ? <p className="text-xs text-ink-faint">First {items.length} shown.</p> : null}
    </>
  );
}

async function SourceGaps() {
  const { total, items } = await getSourceGaps();
  if (total === 0) return <p className="text-sm text-ink-muted">Every source has a kind, a title and a date.</p>;
  return (
    <>
      <p className="text-sm text-ink-muted">
        {formatInteger(total)} sources. Record what the page itself shows; where it shows no title or date, leave it
        empty: the public pages say &ldquo;not reported&rdquo;.
      </p>
      <ul className="grid gap-1.5 text-sm">
        {items.map((source) => (
          <li key={source.id} className="flex flex-wrap items-baseline gap-x-2">
            <Link href={editLink("sources", source.id)} className="underline underline-offset-2">
              {source.publisher}
            </Link>
            <span className="max-w-[28rem] truncate text-xs text-ink-faint">{source.url}</span>
            <span className="text-xs text-warn">no {source.missing.join(", no ")}</span>
            <span className="text-xs text-ink-muted">
              cited {source.citations} time{source.citations === 1 ? "" : "s"}
            </span>
          </li>
        ))}
      </ul>
      {total > items.length ? <p className="text-xs text-ink-faint">First {items.length} shown.</p> : null}
    </>
  );
}

async function NameGaps() {
  const { total, items } = await getNameGaps();
  if (total === 0) return <p className="text-sm text-ink-muted">Every name has its Chinese and a romanisation.</p>;
  return (
    <>
      <p className="text-sm text-ink-muted">
        {formatInteger(total)} names. Add the Chinese name only from a source that gives it; romanisations are computed
        from the Chinese.
      </p>
      <ul className="grid gap-1.5 text-sm">
        {items.map((gap) => (
          <li key={`${gap.entity}:${gap.id}`} className="flex flex-wrap items-baseline gap-x-2">
            <Link href={editLink(gap.entity, gap.id)} className="underline underline-offset-2">
              {gap.name}
            </Link>
            <span className="text-xs text-ink-faint">{gap.entity}</span>
            <span className="text-xs text-warn">{gap.problem}</span>
          </li>
        ))}
      </ul>
      {total > items.length ? <p className="text-xs text-ink-faint">First {items.length} shown.</p> : null}
    </>
  );
}
