// One dated timeline of a start-up's life or a founder's career: events from the records' own dates,
// as precise as reported (a year, a month or a day), never more. Plain data in, plain data out.
import type { Locale } from "../i18n/locales";

export type TimelineDate = { year: number; month: number | null; day: number | null };

export type TimelineEvent = {
  key: string;
  date: TimelineDate | null;
  kind: "founded" | "round" | "joined" | "left" | "invested";
  title: string;
  detail?: string;
  href?: string;
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date as precise as it is known: "2014", "Mar 2014", "12 Mar 2014"; 中文 "2014年", "2014年3月", "2014年3月12日". */
export function formatTimelineDate(date: TimelineDate | null, locale: Locale = "en"): string {
  if (locale === "zh") {
    if (!date) return "日期未披露";
    if (date.month === null) return `${date.year}年`;
    return date.day === null ? `${date.year}年${date.month}月` : `${date.year}年${date.month}月${date.day}日`;
  }
  if (!date) return "Date not reported";
  if (date.month === null) return String(date.year);
  const month = MONTHS[date.month - 1] ?? String(date.month);
  return date.day === null ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}

/** The machine-readable form for <time dateTime>: "2014", "2014-03", "2014-03-12". */
export function timelineDateTime(date: TimelineDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  if (date.month === null) return String(date.year);
  return date.day === null ? `${date.year}-${pad(date.month)}` : `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** An ISO date cut to the precision recorded with it (rounds carry YEAR, MONTH or DAY). */
export function dateAtPrecision(iso: string | null, precision: "YEAR" | "MONTH" | "DAY" | null): TimelineDate | null {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (precision === "YEAR") return { year, month: null, day: null };
  if (precision === "MONTH") return { year, month, day: null };
  return { year, month, day };
}

export function yearMonth(year: number | null, month: number | null): TimelineDate | null {
  return year === null ? null : { year, month: month ?? null, day: null };
}

/**
 * Oldest first. Within a year, an event known only to the year comes first (it may be any month);
 * undated events last, in the order given.
 */
export function sortTimeline(events: TimelineEvent[]): TimelineEvent[] {
  const order = (e: TimelineEvent) =>
    e.date ? e.date.year * 10_000 + (e.date.month ?? 0) * 100 + (e.date.day ?? 0) : Number.MAX_SAFE_INTEGER;
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => order(a.event) - order(b.event) || a.index - b.index)
    .map(({ event }) => event);
}

type Job = {
  id: number;
  role: string | null;
  startYear: number | null;
  startMonth: number | null;
  endYear: number | null;
  endMonth: number | null;
  isCurrent: boolean;
  alibaba: boolean;
  organization: { nameEn: string };
};

/** A job's joining and leaving, each an event when its year is reported. */
export function jobEvents(job: Job, who?: string): TimelineEvent[] {
  const at = job.organization.nameEn;
  const subject = who ? `${who} ` : "";
  const events: TimelineEvent[] = [];
  const start = yearMonth(job.startYear, job.startMonth);
  if (start) {
    events.push({
      key: `job-${job.id}-start`,
      date: start,
      kind: "joined",
      title: `${subject}${who ? "joined" : "Joined"} ${at}`,
      detail: job.role ?? undefined,
    });
  }
  const end = yearMonth(job.endYear, job.endMonth);
  if (end && !job.isCurrent) {
    events.push({
      key: `job-${job.id}-end`,
      date: end,
      kind: "left",
      title: `${subject}${who ? "left" : "Left"} ${at}${job.alibaba ? " (Alibaba Group)" : ""}`,
      detail: job.role ?? undefined,
    });
  }
  return events;
}
