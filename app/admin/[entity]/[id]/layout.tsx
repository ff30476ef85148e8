import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getRecordForEdit } from "@/lib/data/admin/read";
import { isEntityKey } from "@/lib/validation/form-spec";
import { idParam } from "@/lib/validation/search-params";

/**
 * A record that does not exist (or a malformed id) is a 404, answered before the edit and history
 * pages stream; they read the same cached record.
 */
export default async function RecordLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ entity: string; id: string }>;
}) {
  const { entity, id: rawId } = await params;
  const id = idParam(rawId);
  if (!isEntityKey(entity) || id === null || !(await getRecordForEdit({ key: entity, id }))) notFound();
  return children;
}
