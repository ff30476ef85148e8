import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { RecordActionForm } from "@/components/admin/record-action-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { restoreVersionAction } from "@/lib/actions/records";
import { entities } from "@/lib/data/admin/entities";
import { getRecordForEdit, getRecordHistory } from "@/lib/data/admin/read";
import { formatWhen } from "@/lib/format/dates";
import { firstParam, idParam } from "@/lib/validation/search-params";
import { isEntityKey } from "@/lib/validation/form-spec";

type Props = {
  params: Promise<{ entity: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { entity, id } = await params;
  return { title: isEntityKey(entity) ? `History of ${entities[entity].singular} #${id}` : "Not found" };
}

const actionWords: Record<string, string> = {
  CREATE: "Created",
  UPDATE: "Edited",
  DELETE: "Deleted",
  RESTORE: "Restored",
};

export default async function RecordHistoryPage({ params, searchParams }: Props) {
  const { entity, id: rawId } = await params;
  const id = idParam(rawId);
  if (!isEntityKey(entity) || id === null) notFound();
  const record = await getRecordForEdit({ key: entity, id });
  if (!record) notFound();
  const history = await getRecordHistory({ key: entity, id });
  const restored = firstParam(await searchParams, "restored");
  return (
    <>
      <AdminPageHeader
        title={`History: ${record.label}`}
        description={`${entities[entity].singular} #${id} · now at version ${record.version}${record.deletedAt ? " · deleted" : ""}`}
        actions={
          <Button asChild variant="outline">
            <Link href={`/admin/${entity}/${id}/edit`}>Edit</Link>
          </Button>
        }
      />
      {restored ? (
        <Alert variant="success" className="mb-4">
          Restored. The restore is itself recorded below, so it can be undone the same way.
        </Alert>
      ) : null}
      {history.length === 0 ? (
        <p className="text-sm text-ink-muted">
          No recorded changes: this record came from the seed data or an import before history was kept.
        </p>
      ) : (
        <ol className="grid gap-4" aria-label="Changes, newest first">
          {history.map((entry, index) => (
            <li key={entry.id} className="rounded-lg border border-rule bg-paper p-4" data-testid="history-entry">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="grid gap-1">
                  <p className="flex flex-wrap items-center gap-2 text-sm">
                    <Badge
                      variant={entry.action === "DELETE" ? "warn" : entry.action === "CREATE" ? "tracked" : "neutral"}
                    >
                      {actionWords[entry.action] ?? entry.action}
                    </Badge>
                    <span className="font-medium text-ink">{entry.actorName}</span>
                    <span className="text-ink-muted">{formatWhen(entry.createdAt)}</span>
                    {entry.version ? <span className="text-ink-muted">→ version {entry.version}</span> : null}
                    {index === 0 ? <Badge>current</Badge> : null}
                  </p>
                  {entry.summary ? <p className="text-sm text-ink-muted">{entry.summary}</p> : null}
                </div>
                {entry.restorable && (index > 0 || record.deletedAt) ? (
                  <RecordActionForm
                    action={restoreVersionAction.bind(null, entity)}
                    fields={{ id, version: record.version, changeId: entry.id }}
                    label={entry.action === "DELETE" ? "Restore as before this deletion" : "Restore this version"}
                    pendingLabel="Restoring…"
                  />
                ) : null}
              </div>
              {entry.changes.length > 0 ? (
                <table className="mt-3 w-full table-fixed border-collapse text-left text-sm">
                  <thead>
                    <tr className="border-b border-rule text-xs tracking-wide text-ink-muted uppercase">
                      <th className="w-1/4 py-1 pr-3 font-semibold">Field</th>
                      <th className="py-1 pr-3 font-semibold">Before</th>
                      <th className="py-1 font-semibold">After</th>
                    </tr>
                  </thead>
                  <tbody>
                    {entry.changes.map((change) => (
                      <tr key={change.field} className="border-b border-rule/60 align-top last:border-0">
                        <th scope="row" className="py-1 pr-3 font-medium">
                          {change.label}
                        </th>
                        <td className="py-1 pr-3 break-words whitespace-pre-wrap text-red-800">
                          {change.before === "—" ? (
                            <span className="text-ink-faint">—</span>
                          ) : (
                            <del className="decoration-red-300">{change.before}</del>
                          )}
                        </td>
                        <td className="py-1 break-words whitespace-pre-wrap text-emerald-800">
                          {change.after === "—" ? (
                            <span className="text-ink-faint">—</span>
                          ) : (
                            <ins className="no-underline">{change.after}</ins>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
