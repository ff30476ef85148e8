type Named = { nameEn?: string | null; nameZh?: string | null; label?: string | null };

/**
 * How a record is called on a page, in a list or in the admin: English name, else Chinese name,
 * else its descriptive label.
 */
export function displayName(record: Named | null | undefined): string {
  return record?.nameEn ?? record?.nameZh ?? record?.label ?? "(unnamed)";
}

/** The Chinese name when it adds something to the display name. */
export function secondaryName(record: Named): string | null {
  return record.nameEn && record.nameZh ? record.nameZh : null;
}
