import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Suspense } from "react";
import { AdminPageHeader } from "@/components/admin/page-header";
import { Link } from "@/components/i18n/link";
import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getFieldCoverage, getNameGaps, getSourceGaps, getWeakSupport } from "@/lib/data/admin/quality";
import { formatInteger, formatPercent } from "@/lib/format/numbers";
import { entityMessageKey } from "@/lib/i18n/admin-entities";
import { sourceKindLabel } from "@/lib/sources/kinds";
import type { EntityKey } from "@/lib/validation/form-spec";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.quality"))("title") };
}

export default async function DataQualityPage() {
  const t = await getTranslations("admin.quality");
  return (
    <>
      <AdminPageHeader title={t("title")} description={t("description")} />
      <div className="grid grid-cols-1 gap-10">
        <Widget id="coverage" title={t("coverage")}>
          <Coverage />
        </Widget>
        <Widget id="weak" title={t("weak")}>
          <WeakSupport />
        </Widget>
        <Widget id="sources" title={t("sources")}>
          <SourceGaps />
        </Widget>
        <Widget id="names" title={t("names")}>
          <NameGaps />
        </Widget>
      </div>
    </>
  );
}

function Widget({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="grid grid-cols-1 gap-3" data-testid={`quality-${id}`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold tracking-tight">
        {title}
      </h2>
      <Suspense fallback={<Skeleton className="h-40 w-full" />}>{children}</Suspense>
    </section>
  );
}

const editLink = (entity: string, id: number) => `/admin/${entity}/${id}/edit`;

/** The page's words, its kinds of record's names and its locale, for each widget. */
async function words() {
  const [t, tAdmin, locale] = await Promise.all([
    getTranslations("admin.quality"),
    getTranslations("admin"),
    getLocale(),
  ]);
  const kind = (entity: EntityKey, form: "one" | "other" | "title" = "one") =>
    tAdmin(`entities.${entityMessageKey(entity)}.${form}`);
  return { t, kind, locale, integer: (n: number) => formatInteger(n, locale) };
}

async function Coverage() {
  const [rows, { t, kind, locale, integer }] = await Promise.all([getFieldCoverage(), words()]);
  return (
    <div className="rounded-lg border border-rule bg-paper">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead className="pl-4 whitespace-nowrap">{t("records")}</TableHead>
            <TableHead className="text-right whitespace-nowrap">{t("count")}</TableHead>
            <TableHead className="text-right">{t("factsSourced")}</TableHead>
            <TableHead className="pr-4">{t("weakestField")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.recordType}>
              <TableCell className="pl-4 whitespace-nowrap">
                <Link href={`/admin/${row.entity}`} className="font-medium underline-offset-2 hover:underline">
                  {kind(row.entity, "title")}
                </Link>
              </TableCell>
              <TableCell className="text-right tabular-nums">{integer(row.records)}</TableCell>
              <TableCell className="text-right tabular-nums" data-testid={`coverage-${row.entity}`}>
                {row.facts === 0 ? "—" : formatPercent((100 * row.sourcedFacts) / row.facts, locale)}
                <span className="block text-xs text-ink-faint">
                  {t("sourcedOf", { sourced: integer(row.sourcedFacts), facts: integer(row.facts) })}
                </span>
              </TableCell>
              <TableCell className="pr-4 text-sm">
                {row.weakestField ? (
                  <>
                    {row.weakestField.label}{" "}
                    <span className="text-ink-faint">
                      {t("withoutSource", { count: integer(row.weakestField.unsourced) })}
                    </span>
                  </>
                ) : (
                  <span className="text-ink-faint">{t("everyFact")}</span>
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
  const [{ total, single, items }, { t, kind, locale, integer }] = await Promise.all([
    getLocale().then((locale) => getWeakSupport(locale)),
    words(),
  ]);
  if (total === 0) return <p className="text-sm text-ink-muted">{t("weakNone")}</p>;
  return (
    <>
      <p className="text-sm text-ink-muted">{t("weakIntro", { total: integer(total), single: integer(single) })}</p>
      <ul className="grid grid-cols-1 gap-1.5 text-sm">
        {items.map((item) => (
          <li key={`${item.recordType}:${item.recordId}`} className="flex flex-wrap items-baseline gap-x-2">
            <Link href={editLink(item.entity, item.recordId)} className="underline underline-offset-2">
              {item.label}
            </Link>
            <span className="text-xs text-ink-faint">{kind(item.entity)}</span>
            {item.kinds.map((sourceKind) => (
              <Badge key={sourceKind} variant={sourceKind === "AI_GENERATED" ? "warn" : "reported"}>
                {sourceKind === "UNCLASSIFIED" ? t("notClassified") : sourceKindLabel(sourceKind, locale)}
              </Badge>
            ))}
            <span className="text-xs text-ink-muted">
              {t("sourceCount", { count: item.sources })}
              {item.confidence === "HIGH" || item.confidence === "MEDIUM" || item.confidence === "LOW"
                ? t("confidence", { level: t(`confidenceLevels.${item.confidence}`) })
                : ""}
            </span>
          </li>
        ))}
      </ul>
      {total > items.length ? (
        <p className="text-xs text-ink-faint">{t("firstShown", { count: items.length })}</p>
      ) : null}
    </>
  );
}

async function SourceGaps() {
  const [{ total, items }, { t, integer }] = await Promise.all([getSourceGaps(), words()]);
  if (total === 0) return <p className="text-sm text-ink-muted">{t("sourcesNone")}</p>;
  return (
    <>
      <p className="text-sm text-ink-muted">{t("sourcesIntro", { total: integer(total) })}</p>
      <ul className="grid grid-cols-1 gap-1.5 text-sm">
        {items.map((source) => (
          <li key={source.id} className="flex flex-wrap items-baseline gap-x-2">
            <Link href={editLink("sources", source.id)} className="underline underline-offset-2">
              {source.publisher}
            </Link>
            <span className="max-w-full truncate text-xs text-ink-faint sm:max-w-[28rem]">{source.url}</span>
            <span className="text-xs text-warn">
              {source.missing.map((field) => t("missing", { fields: t(`missingFields.${field}`) })).join(", ")}
            </span>
            <span className="text-xs text-ink-muted">{t("cited", { count: source.citations })}</span>
          </li>
        ))}
      </ul>
      {total > items.length ? (
        <p className="text-xs text-ink-faint">{t("firstShown", { count: items.length })}</p>
      ) : null}
    </>
  );
}

async function NameGaps() {
  const [{ total, items }, { t, kind, integer }] = await Promise.all([getNameGaps(), words()]);
  if (total === 0) return <p className="text-sm text-ink-muted">{t("namesNone")}</p>;
  return (
    <>
      <p className="text-sm text-ink-muted">{t("namesIntro", { total: integer(total) })}</p>
      <ul className="grid grid-cols-1 gap-1.5 text-sm">
        {items.map((gap) => (
          <li key={`${gap.entity}:${gap.id}`} className="flex flex-wrap items-baseline gap-x-2">
            <Link href={editLink(gap.entity, gap.id)} className="underline underline-offset-2">
              {gap.name}
            </Link>
            <span className="text-xs text-ink-faint">{kind(gap.entity)}</span>
            <span className="text-xs text-warn">
              {t(gap.problem === "no Chinese name" ? "problems.noChineseName" : "problems.noRomanisation")}
            </span>
          </li>
        ))}
      </ul>
      {total > items.length ? (
        <p className="text-xs text-ink-faint">{t("firstShown", { count: items.length })}</p>
      ) : null}
    </>
  );
}
