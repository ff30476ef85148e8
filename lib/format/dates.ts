import type { DatePrecision } from "../generated/prisma/enums";

/** A day as an ISO date (2025-04-05): unambiguous for readers everywhere. */
export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The same for a value that may be missing or unreadable (a stored ISO string): null then. */
export function formatIsoDate(date: Date | string | null | undefined): string | null {
  if (!date) return null;
  const d = typeof date === "string" ? new Date(date) : date;
  return Number.isNaN(d.getTime()) ? null : formatDay(d);
}

/** A stored instant as "2026-11-23 15:44 UTC": unambiguous for editors in different time zones. */
export function formatWhen(iso: string | Date): string {
  const value = typeof iso === "string" ? iso : iso.toISOString();
  return `${value.slice(0, 16).replace("T", " ")} UTC`;
}

/** A date only as precise as it was reported: 2018, 2018-01 or 2018-01-15; null when not reported. */
export function formatReportedDate(isoDate: string | null, precision: DatePrecision | string | null): string | null {
  if (!isoDate) return null;
  if (precision === "YEAR") return isoDate.slice(0, 4);
  if (precision === "MONTH") return isoDate.slice(0, 7);
  return isoDate.slice(0, 10);
}

/** The years of a job as reported, never guessing an end that was not reported. */
export function formatCareerYears(step: {
  startYear: number | null;
  endYear: number | null;
  isCurrent: boolean;
  endNotStated?: boolean;
}): string {
  const start = step.startYear === null ? null : String(step.startYear);
  if (step.endNotStated) return start ? `${start} – end not stated` : "Years not stated";
  if (step.isCurrent) return start ? `${start} – present` : "Current; start year not reported";
  if (step.endYear !== null)
    return start
      ? start === String(step.endYear)
        ? start
        : `${start}–${step.endYear}`
      : `Until ${step.endYear}; start year not reported`;
  // endYear null and not current: they left, but when was not reported.
  return start ? `${start} – left, year not reported` : "Years not reported";
}

/** A value from a record's history as a person reads it: dates as dates, instants in UTC, lists joined. */
export function formatSnapshotValue(value: string | number | boolean | null | string[] | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length === 0 ? "—" : value.join(", ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value)) return value.slice(0, 10);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatWhen(value);
  return String(value);
}

/** A wait in words, rounded up: "45 seconds", "1 minute", "12 minutes", "2 hours". */
export function formatDuration(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `${s} second${s === 1 ? "" : "s"}`;
  const minutes = Math.ceil(s / 60);
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} hours`;
}
