import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { AdminPageHeader } from "@/components/admin/page-header";
import { Link } from "@/components/i18n/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { getAdminOverview } from "@/lib/data/admin/read";
import { formatWhen } from "@/lib/format/dates";
import { formatInteger } from "@/lib/format/numbers";
import { entityMessageKey } from "@/lib/i18n/admin-entities";
import { localizeActorName } from "@/lib/i18n/admin-forms";

export default async function AdminHome() {
  const t = await getTranslations("admin.dashboard");
  return (
    <>
      <AdminPageHeader title={t("title")} description={t("description")} />
      <Suspense fallback={<Skeleton className="h-64 w-full" />}>
        <Overview />
      </Suspense>
    </>
  );
}

async function Overview() {
  const [overview, t, locale] = await Promise.all([getAdminOverview(), getTranslations("admin"), getLocale()]);
  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
      <ul className="grid grid-cols-2 content-start gap-3 lg:grid-cols-3">
        {overview.counts.map((count) => (
          <li key={count.key}>
            <Card className="relative h-full hover:border-ink-faint">
              <CardHeader>
                <CardTitle>
                  <Link href={`/admin/${count.key}`} className="after:absolute after:inset-0">
                    {t(`entities.${entityMessageKey(count.key)}.title`)}
                  </Link>
                </CardTitle>
              </CardHeader>
              <CardContent className="flex flex-wrap items-baseline gap-x-2">
                <span className="text-2xl font-semibold text-ink tabular-nums">
                  {formatInteger(count.live, locale)}
                </span>
                {count.deleted > 0 ? (
                  <span className="text-xs text-ink-muted">
                    {t("dashboard.deleted", { count: formatInteger(count.deleted, locale) })}
                  </span>
                ) : null}
              </CardContent>
            </Card>
          </li>
        ))}
      </ul>
      <Card>
        <CardHeader>
          <CardTitle>{t("dashboard.recent")}</CardTitle>
        </CardHeader>
        <CardContent>
          {overview.recent.length === 0 ? (
            <p className="text-sm text-ink-muted">{t("dashboard.noChanges")}</p>
          ) : (
            <ol className="grid gap-2 text-sm">
              {overview.recent.map((change) => {
                const name = t("dashboard.record", {
                  kind: t(`entities.${change.entity ? entityMessageKey(change.entity) : "users"}.one`),
                  id: change.recordId,
                });
                return (
                  <li key={change.id} className="flex flex-wrap items-baseline gap-x-2">
                    <Badge
                      variant={change.action === "DELETE" ? "warn" : change.action === "CREATE" ? "tracked" : "neutral"}
                    >
                      {t(`changeActions.short.${change.action}`)}
                    </Badge>
                    {change.href ? (
                      <Link href={change.href} className="underline-offset-2 hover:underline">
                        {name}
                      </Link>
                    ) : (
                      <span>{name}</span>
                    )}
                    <span className="text-xs text-ink-muted">
                      {localizeActorName(change.actorName, locale)} · {formatWhen(change.createdAt)}
                    </span>
                  </li>
                );
              })}
            </ol>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
