import Link from "next/link";
import { Suspense } from "react";
import { AdminPageHeader } from "@/components/admin/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { getAdminOverview } from "@/lib/data/admin/read";
import { formatWhen } from "@/lib/format/dates";

export default async function AdminHome() {
  return (
    <>
      <AdminPageHeader
        title="Editing the atlas"
        description="Every change is recorded with who made it; nothing is deleted for good."
      />
      <Suspense fallback={<Skeleton className="h-64 w-full" />}>
        <Overview />
      </Suspense>
    </>
  );
}

async function Overview() {
  const overview = await getAdminOverview();
  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
      <ul className="grid content-start gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {overview.counts.map((count) => (
          <li key={count.key}>
            <Card className="relative h-full hover:border-ink-faint">
              <CardHeader>
                <CardTitle>
                  <Link href={`/admin/${count.key}`} className="after:absolute after:inset-0">
                    {count.label}
                  </Link>
                </CardTitle>
              </CardHeader>
              <CardContent className="flex items-baseline gap-2">
                <span className="text-2xl font-semibold text-ink tabular-nums">{count.live}</span>
                {count.deleted > 0 ? <span className="text-xs text-ink-muted">+ {count.deleted} deleted</span> : null}
              </CardContent>
            </Card>
          </li>
        ))}
      </ul>
      <Card>
        <CardHeader>
          <CardTitle>Recent changes</CardTitle>
        </CardHeader>
        <CardContent>
          {overview.recent.length === 0 ? (
            <p className="text-sm text-ink-muted">No changes yet.</p>
          ) : (
            <ol className="grid gap-2 text-sm">
              {overview.recent.map((change) => (
                <li key={change.id} className="flex flex-wrap items-baseline gap-x-2">
                  <Badge
                    variant={change.action === "DELETE" ? "warn" : change.action === "CREATE" ? "tracked" : "neutral"}
                  >
                    {change.action.toLowerCase()}
                  </Badge>
                  {change.href ? (
                    <Link href={change.href} className="underline-offset-2 hover:underline">
                      {change.recordType.toLowerCase().replaceAll("_", " ")} #{change.recordId}
                    </Link>
                  ) : (
                    <span>
                      {change.recordType.toLowerCase().replaceAll("_", " ")} #{change.recordId}
                    </span>
                  )}
                  <span className="text-xs text-ink-muted">
                    {change.actorName} · {formatWhen(change.createdAt)}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
