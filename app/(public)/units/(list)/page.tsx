import type { Metadata } from "next";
import Link from "next/link";
import { ListCsvLink } from "@/components/layout/list-csv-link";
import { PageHeader } from "@/components/ui/page-header";
import { getUnitTree } from "@/lib/data/units";
import { formatInteger } from "@/lib/format/numbers";

export const metadata: Metadata = {
  title: "Alibaba units",
  description:
    "Alibaba Group's units — DAMO Academy, Alibaba Cloud, Taobao and more — and how many tracked start-up founders came out of each.",
};

export default async function UnitsPage() {
  const units = await getUnitTree();
  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader eyebrow="Browse" title="Alibaba units">
        The founder factory: each unit of Alibaba Group with the number of tracked start-up founders who worked there
        (its sub-units included).
      </PageHeader>
      <div className="flex justify-end">
        <ListCsvLink href="/api/units/csv" />
      </div>
      {units.length === 0 ? (
        <p className="text-sm text-ink-muted">No Alibaba units are recorded yet.</p>
      ) : (
        <ul
          className="divide-y divide-rule overflow-hidden rounded-lg border border-rule bg-paper"
          data-testid="unit-tree"
        >
          {units.map((unit) => (
            <li
              key={unit.slug}
              className="flex items-center justify-between gap-3 py-2.5 pr-4"
              style={{ paddingLeft: `${1 + unit.depth * 1.25}rem` }}
            >
              <span>
                {unit.depth > 0 ? (
                  <span aria-hidden className="mr-1.5 text-ink-faint">
                    └
                  </span>
                ) : null}
                <Link
                  href={`/units/${unit.slug}`}
                  className={
                    unit.depth === 0
                      ? "font-semibold underline-offset-2 hover:underline"
                      : "underline-offset-2 hover:underline"
                  }
                >
                  {unit.nameEn}
                </Link>
                {unit.nameZh ? (
                  <span lang="zh" className="ml-2 text-sm text-ink-muted">
                    {unit.nameZh}
                  </span>
                ) : null}
              </span>
              <span className="shrink-0 text-sm text-ink-muted tabular-nums">
                {unit.alumniFounders > 0
                  ? `${formatInteger(unit.alumniFounders)} founder${unit.alumniFounders === 1 ? "" : "s"}`
                  : "—"}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
