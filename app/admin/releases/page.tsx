import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { AdminPageHeader } from "@/components/admin/page-header";
import { PublishReleaseForm } from "@/components/admin/release-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { createReleaseAction } from "@/lib/actions/releases";
import { requireUser } from "@/lib/auth/session";
import { listReleases } from "@/lib/data/releases";
import { formatWhen } from "@/lib/format/dates";
import { newSubmissionKey } from "@/lib/forms/submission-key";

export const metadata: Metadata = { title: "Dataset releases" };

export default async function AdminReleasesPage() {
  await requireUser("admin", "/admin/releases");
  return (
    <>
      <AdminPageHeader
        title="Dataset releases"
        description="Publish the public data as a dated, checksummed zip. Releases are listed at /data and never change."
      />
      <div className="grid gap-6">
        <Card>
          <CardHeader>
            <CardTitle>New release</CardTitle>
            <CardDescription>
              Takes the public records as they are now (nothing deleted, nothing synthetic) and lists what changed since
              the last release. The same as <code>npm run release</code> on the server.
            </CardDescription>
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
  const releases = await listReleases();
  if (releases.length === 0) return <p className="text-sm text-ink-muted">No release yet.</p>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Release</TableHead>
          <TableHead>Published</TableHead>
          <TableHead>By</TableHead>
          <TableHead>Since the previous release</TableHead>
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
            <TableCell>
              {release.previousName
                ? `${release.changeCounts.added} added, ${release.changeCounts.changed} changed, ${release.changeCounts.removed} removed`
                : "first release"}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
