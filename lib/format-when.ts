/** A stored instant as "2026-11-23 15:44 UTC": unambiguous for editors in different time zones. */
export function formatWhen(iso: string | Date): string {
  const value = typeof iso === "string" ? iso : iso.toISOString();
  return `${value.slice(0, 16).replace("T", " ")} UTC`;
}
