import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { OrganizationTree } from "@/components/admin/organization-tree";
import { AdminPageHeader } from "@/components/admin/page-header";
import { Link } from "@/components/i18n/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { entities } from "@/lib/data/admin/entities";
import { getOrganizationTree, listRecords } from "@/lib/data/admin/read";
import { formatWhen } from "@/lib/format/dates";
import { formatInteger } from "@/lib/format/numbers";
import { entityMessageKey } from "@/lib/i18n/admin-entities";
import { parsePage } from "@/lib/pagination";
import { firstParam } from "@/lib/validation/search-params";
import { isEntityKey, type EntityKey } from "@/lib/validation/form-spec";

type Props = {
  params: Promise<{ entity: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { entity } = await params;
  const t = await getTranslations("admin");
  return { title: isEntityKey(entity) ? t(`entities.${entityMessageKey(entity)}.title`) : t("errors.notFoundMeta") };
}

export default async function RecordListPage({ params, searchParams }: Props) {
  const { entity } = await params;
  if (!isEntityKey(entity)) notFound();
  const query = await searchParams;
  const q = (firstParam(query, "q") ?? "").slice(0, 100);
  const deleted = firstParam(query, "show") === "deleted";
  const page = parsePage(firstParam(query, "page"));
  const definition = entities[entity];
  const deletedId = firstParam(query, "deleted");
  const t = await getTranslations("admin");
  const names = `entities.${entityMessageKey(entity)}` as const;
  return (
    <>
      <AdminPageHeader
        title={t(`${names}.title`)}
        actions={
          <Button asChild variant="accent">
            <Link href={`/admin/${entity}/new`}>{t("list.new", { entity: t(`${names}.one`) })}</Link>
          </Button>
        }
      />
      {deletedId && /^\d+$/.test(deletedId) ? (
        <Alert variant="success" className="mb-4">
          {t.rich("list.deletedNotice", {
            entity: t(`${names}.one`),
            id: deletedId,
            link: (chunks) => (
              <Link className="underline" href={`/admin/${entity}/${deletedId}/history`}>
                {chunks}
              </Link>
            ),
          })}
        </Alert>
      ) : null}
      {definition.listsTree && !q && !deleted && page === 1 ? (
        <Suspense fallback={<Skeleton className="mb-6 h-40" />}>
          <UnitTree />
        </Suspense>
      ) : null}
      <form method="get" className="mb-4 flex flex-wrap items-end gap-2" role="search">
        <div className="grid min-w-64 flex-1 gap-1">
          <label htmlFor="admin-search" className="text-sm font-medium">
            {t("list.search", { entities: t(`${names}.other`) })}
          </label>
          <Input id="admin-search" name="q" defaultValue={q} placeholder={t("list.searchPlaceholder")} />
        </div>
        <label className="flex h-9 items-center gap-2 text-sm text-ink-muted">
          <input type="checkbox" name="show" value="deleted" defaultChecked={deleted} /> {t("list.deletedOnly")}
        </label>
        <Button type="submit" variant="outline">
          {t("list.submit")}
        </Button>
      </form>
      <Suspense key={`${q}-${deleted}-${page}`} fallback={<Skeleton className="h-96 w-full" />}>
        <RecordTable entity={entity} q={q} deleted={deleted} page={page} />
      </Suspense>
    </>
  );
}

async function RecordTable({
  entity,
  q,
  deleted,
  page,
}: {
  entity: EntityKey;
  q: string;
  deleted: boolean;
  page: number;
}) {
  const locale = await getLocale();
  const [list, t] = await Promise.all([
    listRecords({ key: entity, q, deleted, page, locale }),
    getTranslations("admin"),
  ]);
  const names = `entities.${entityMessageKey(entity)}` as const;
  if (list.total === 0) {
    return (
      <p className="rounded-md border border-dashed border-rule p-6 text-sm text-ink-muted">
        {t(deleted ? "list.emptyDeleted" : "list.empty", { entities: t(`${names}.other`) })}
      </p>
    );
  }
  const link = (p: number) =>
    `/admin/${entity}?${new URLSearchParams({ ...(q ? { q } : {}), ...(deleted ? { show: "deleted" } : {}), page: String(p) })}`;
  return (
    <div className="grid gap-3">
      <p className="text-sm text-ink-muted">
        {t("list.total", {
          count: formatInteger(list.total, locale),
          entities: t(list.total === 1 ? `${names}.one` : `${names}.other`),
        })}
      </p>
      <div className="rounded-lg border border-rule bg-paper">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead className="w-16">#</TableHead>
              <TableHead>{t(`${names}.one`)}</TableHead>
              <TableHead className="hidden sm:table-cell">{t("list.changed")}</TableHead>
              <TableHead className="hidden sm:table-cell">{t("list.version")}</TableHead>
              <TableHead>
                <span className="sr-only">{t("list.actions")}</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.items.map((item) => (
              <TableRow key={item.id}>
                <TableCell className="text-ink-muted tabular-nums">{item.id}</TableCell>
                <TableCell>
                  <Link
                    href={`/admin/${entity}/${item.id}/edit`}
                    className="font-medium underline-offset-2 hover:underline"
                  >
                    {item.label}
                  </Link>
                  {item.deleted ? (
                    <Badge variant="warn" className="ml-2">
                      {t("list.deletedBadge")}
                    </Badge>
                  ) : null}
                  {item.synthetic ? <Badge className="ml-2">{t("list.syntheticBadge")}</Badge> : null}
                </TableCell>
                <TableCell className="hidden text-ink-muted sm:table-cell">{formatWhen(item.updatedAt)}</TableCell>
                <TableCell className="hidden text-ink-muted tabular-nums sm:table-cell">{item.version}</TableCell>
                <TableCell className="text-right">
                  <Link
                    href={`/admin/${entity}/${item.id}/history`}
                    className="text-sm whitespace-nowrap text-ink-muted underline-offset-2 hover:underline"
                  >
                    {t("list.history")}
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {list.pageCount > 1 ? (
        <nav aria-label={t("list.pages")} className="flex items-center gap-3 text-sm">
          {list.page > 1 ? (
            <Link href={link(list.page - 1)} className="underline">
              {t("list.previous")}
            </Link>
          ) : null}
          <span className="text-ink-muted">{t("list.page", { page: list.page, pageCount: list.pageCount })}</span>
          {list.page < list.pageCount ? (
            <Link href={link(list.page + 1)} className="underline">
              {t("list.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

async function UnitTree() {
  const [tree, t] = await Promise.all([getOrganizationTree(), getTranslations("admin.list")]);
  if (tree.length === 0) return null;
  return (
    <section aria-labelledby="unit-tree" className="mb-6 rounded-lg border border-rule bg-paper p-4">
      <h2 id="unit-tree" className="mb-2 text-sm font-semibold">
        {t("unitTree")}
      </h2>
      <OrganizationTree nodes={tree} />
    </section>
  );
}
