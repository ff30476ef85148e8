import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { OrganizationTree } from "@/components/admin/organization-tree";
import { AdminPageHeader } from "@/components/admin/page-header";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { entities } from "@/lib/data/admin/entities";
import { getOrganizationTree, listRecords } from "@/lib/data/admin/read";
import { formatWhen } from "@/lib/format/dates";
import { parsePage } from "@/lib/pagination";
import { firstParam } from "@/lib/validation/search-params";
import { isEntityKey, type EntityKey } from "@/lib/validation/form-spec";

type Props = {
  params: Promise<{ entity: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { entity } = await params;
  return { title: isEntityKey(entity) ? entities[entity].plural : "Not found" };
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
  return (
    <>
      <AdminPageHeader
        title={definition.plural}
        actions={
          <Button asChild variant="accent">
            <Link href={`/admin/${entity}/new`}>New {definition.singular}</Link>
          </Button>
        }
      />
      {deletedId && /^\d+$/.test(deletedId) ? (
        <Alert variant="success" className="mb-4">
          Deleted {definition.singular} #{deletedId}. It can be restored from{" "}
          <Link className="underline" href={`/admin/${entity}/${deletedId}/history`}>
            its history
          </Link>
          .
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
            Search {definition.plural.toLowerCase()}
          </label>
          <Input id="admin-search" name="q" defaultValue={q} placeholder="Name, Chinese name, pinyin or id" />
        </div>
        <label className="flex h-9 items-center gap-2 text-sm text-ink-muted">
          <input type="checkbox" name="show" value="deleted" defaultChecked={deleted} /> Deleted only
        </label>
        <Button type="submit" variant="outline">
          Search
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
  const list = await listRecords({ key: entity, q, deleted, page });
  const definition = entities[entity];
  if (list.total === 0) {
    return (
      <p className="rounded-md border border-dashed border-rule p-6 text-sm text-ink-muted">
        No {deleted ? "deleted " : ""}
        {definition.plural.toLowerCase()} match.
      </p>
    );
  }
  const link = (p: number) =>
    `/admin/${entity}?${new URLSearchParams({ ...(q ? { q } : {}), ...(deleted ? { show: "deleted" } : {}), page: String(p) })}`;
  return (
    <div className="grid gap-3">
      <p className="text-sm text-ink-muted">
        {list.total} {list.total === 1 ? definition.singular : definition.plural.toLowerCase()}, most recently changed
        first.
      </p>
      <div className="rounded-lg border border-rule bg-paper">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead className="w-16">#</TableHead>
              <TableHead>{definition.singular}</TableHead>
              <TableHead className="hidden sm:table-cell">Changed</TableHead>
              <TableHead className="hidden sm:table-cell">Version</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
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
                      deleted
                    </Badge>
                  ) : null}
                  {item.synthetic ? <Badge className="ml-2">synthetic</Badge> : null}
                </TableCell>
                <TableCell className="hidden text-ink-muted sm:table-cell">{formatWhen(item.updatedAt)}</TableCell>
                <TableCell className="hidden text-ink-muted tabular-nums sm:table-cell">{item.version}</TableCell>
                <TableCell className="text-right">
                  <Link
                    href={`/admin/${entity}/${item.id}/history`}
                    className="text-sm text-ink-muted underline-offset-2 hover:underline"
                  >
                    History
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {list.pageCount > 1 ? (
        <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
          {list.page > 1 ? (
            <Link href={link(list.page - 1)} className="underline">
              Previous
            </Link>
          ) : null}
          <span className="text-ink-muted">
            Page {list.page} of {list.pageCount}
          </span>
          {list.page < list.pageCount ? (
            <Link href={link(list.page + 1)} className="underline">
              Next
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

async function UnitTree() {
  const tree = await getOrganizationTree();
  if (tree.length === 0) return null;
  return (
    <section aria-labelledby="unit-tree" className="mb-6 rounded-lg border border-rule bg-paper p-4">
      <h2 id="unit-tree" className="mb-2 text-sm font-semibold">
        Alibaba Group units
      </h2>
      <OrganizationTree nodes={tree} />
    </section>
  );
}
