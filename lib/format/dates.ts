import type { DatePrecision } from "../generated/prisma/enums";
import type { Locale } from "../i18n/locales";

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

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A year as a page says it: "2014", 中文 "2014年". */
export function formatYear(year: number, locale: Locale = "en"): string {
  return locale === "zh" ? `${year}年` : String(year);
}

/** What a page says where a date was not reported. */
export function dateNotReported(locale: Locale = "en"): string {
  return locale === "zh" ? "日期未披露" : "date not reported";
}

/**
 * A date in words, only as precise as it was reported: "2023", "July 2023", "5 July 2023"; 中文
 * "2023年", "2023年7月", "2023年7月5日". Null when no date was reported (see dateNotReported).
 * For <time dateTime> use formatReportedDate, which keeps the ISO form.
 */
export function formatDateAsReported(
  isoDate: string | null,
  precision: DatePrecision | string | null,
  locale: Locale = "en",
): string | null {
  const match = isoDate ? /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (precision === "YEAR") return formatYear(year, locale);
  if (locale === "zh") return precision === "MONTH" ? `${year}年${month}月` : `${year}年${month}月${day}日`;
  const monthName = MONTHS_EN[month - 1] ?? String(month);
  return precision === "MONTH" ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** The years of a job as reported, never guessing an end that was not reported. */
export function formatCareerYears(
  step: {
    startYear: number | null;
    endYear: number | null;
    isCurrent: boolean;
    endNotStated?: boolean;
  },
  locale: Locale = "en",
): string {
  if (locale === "zh") return careerYearsZh(step);
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

function careerYearsZh(step: {
  startYear: number | null;
  endYear: number | null;
  isCurrent: boolean;
  endNotStated?: boolean;
}): string {
  const start = step.startYear;
  if (step.endNotStated) return start !== null ? `${start}年起（离任时间未说明）` : "任职年份未说明";
  if (step.isCurrent) return start !== null ? `${start}年至今` : "在任；入职年份未披露";
  if (step.endYear !== null)
    return start !== null
      ? start === step.endYear
        ? `${start}年`
        : `${start}–${step.endYear}年`
      : `至${step.endYear}年；入职年份未披露`;
  return start !== null ? `${start}年起（已离任，离任年份未披露）` : "任职年份未披露";
}

/** A value from a record's history as a person reads it: dates as dates, instants in UTC, lists joined. */
export function formatSnapshotValue(
  value: string | number | boolean | null | string[] | undefined,
  locale: Locale = "en",
): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length === 0 ? "—" : value.join(locale === "zh" ? "、" : ", ");
  if (typeof value === "boolean") return locale === "zh" ? (value ? "是" : "否") : value ? "yes" : "no";
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value)) return value.slice(0, 10);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatWhen(value);
  return String(value);
}

/** A wait in words, rounded up: "45 seconds", "1 minute", "12 minutes", "2 hours"; 中文 "45秒", "12分钟", "2小时". */
export function formatDuration(seconds: number, locale: Locale = "en"): string {
  const zh = locale === "zh";
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return zh ? `${s}秒` : `${s} second${s === 1 ? "" : "s"}`;
  const minutes = Math.ceil(s / 60);
  if (minutes < 120) return zh ? `${minutes}分钟` : `${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.ceil(minutes / 60);
  return zh ? `${hours}小时` : `${hours} hours`;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * A reported figure's "as of" in the page's language. The label is the record's own words, but the
 * common date shapes ("2024", "end of 2024", "c. 2025", "September 2025") are dates, which 中文 writes
 * its own way (2024年底, 约2025年, 2025年9月); anything else stays as written, `asWritten` saying so.
 */
export function formatAsOfLabel(label: string, locale: Locale = "en"): { text: string; asWritten: boolean } {
  if (locale !== "zh") return { text: label, asWritten: false };
  const trimmed = label.trim();
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})$/.exec(trimmed))) return { text: `${match[1]}年`, asWritten: false };
  if ((match = /^end of (\d{4})$/i.exec(trimmed))) return { text: `${match[1]}年底`, asWritten: false };
  if ((match = /^(?:c\.|circa|about) ?(\d{4})$/i.exec(trimmed))) return { text: `约${match[1]}年`, asWritten: false };
  if ((match = /^([A-Za-z]+) (\d{4})$/.exec(trimmed))) {
    const month = MONTHS.indexOf(match[1]!.toLowerCase());
    if (month >= 0) return { text: `${match[2]}年${month + 1}月`, asWritten: false };
  }
  return { text: label, asWritten: true };
}
