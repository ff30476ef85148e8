/** A record's columns as plain JSON: decimals and dates as strings, so history can be stored and compared. */
export type Snapshot = Record<string, string | number | boolean | null | string[]>;

export function toSnapshot(row: Record<string, unknown>): Snapshot {
  const snapshot: Snapshot = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === null || value === undefined) snapshot[key] = null;
    else if (value instanceof Date) snapshot[key] = value.toISOString();
    else if (typeof value === "bigint") snapshot[key] = value.toString();
    else if (typeof value === "object" && !Array.isArray(value) && "toFixed" in value) snapshot[key] = String(value);
    else if (Array.isArray(value)) snapshot[key] = value.map(String);
    else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
      snapshot[key] = value;
  }
  return snapshot;
}

// Bookkeeping columns change on every save and say nothing about the record itself.
const BOOKKEEPING = new Set(["id", "createdAt", "updatedAt", "version"]);

export type FieldChange = { field: string; before: Snapshot[string] | undefined; after: Snapshot[string] | undefined };

/** The fields that differ between two snapshots, in a stable order. */
export function diffSnapshots(before: Snapshot | null, after: Snapshot | null): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const field of keys) {
    if (BOOKKEEPING.has(field)) continue;
    const a = before?.[field];
    const b = after?.[field];
    if (JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)) changes.push({ field, before: a, after: b });
  }
  return changes;
}
