import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { AdminPageHeader } from "@/components/admin/page-header";
import { PublishReleaseForm } from "@/components/admin/release-form";
import { Link } from "@/components/i18n/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { createReleaseAction } from "@/lib/actions/releases";
import { requireUser } from "@/lib/auth/session";
import { listReleases } from "@/lib/data/releases";
import { formatWhen } from "@/lib/format/dates";
import { newSubmissionKey } from "@/lib/forms/submission-key";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.releases"))("title") };
}

export default async function AdminReleasesPage() {
  await requireUser("admin", "/admin/releases");
  const t = await getTranslations("admin.releases");
  return (
    <>
      <AdminPageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6">
        <Card>
          <CardHeader>
            <CardTitle>{t("newRelease")}</CardTitle>
            <CardDescription>{t.rich("newReleaseHelp", { code: (chunks) => <code>{chunks}</code> })}</CardDescription>
          </CardHeader>
          <CardContent>
            <PublishReleaseForm action={createReleaseAction} submissionKey={newSubmissionKey()} />
          </CardContent>
        </Card>
        <Suspense fallback={<Skeleton className="h-40 w-full" />}>
          <ReleaseList />
        </Suspense>
      </div>
    </>
  );
}

async function ReleaseList() {
  const [releases, t] = await Promise.all([listReleases(), getTranslations("admin.releases")]);
  if (releases.length === 0) return <p className="text-sm text-ink-muted">{t("none")}</p>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t("release")}</TableHead>
          <TableHead>{t("published")}</TableHead>
          <TableHead>{t("by")}</TableHead>
          <TableHead>{t("since")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {releases.map((release) => (
          <TableRow key={release.name}>
            <TableCell>
              <Link href={`/data#${release.name}`} className="font-mono">
                {release.name}
              </Link>
            </TableCell>
            <TableCell>{formatWhen(release.cutAt)}</TableCell>
            <TableCell>{release.createdByName}</TableCell>
            <TableCell>{release.previousName ? t("changes", release.changeCounts) : t("first")}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
