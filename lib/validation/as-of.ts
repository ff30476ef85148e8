import { z } from "zod";
import type { Locale } from "../i18n/locales";

// `?asOf=YYYY-MM-DD` on profile and chart pages: the page as it was at the end of that day (UTC),
// rebuilt from the change history. One parser, so every page refuses a bad date in the same words.

// An exact instant (RFC 3339, e.g. 2026-11-30T16:50:00Z) is taken too, for citing a moment within a day.

export type AsOfRequest =
  | {
      ok: true;
      /** As given: the version's name in URLs and citations. */
      date: string;
      at: Date;
      /** In words: "the end of 2026-11-30 (UTC)" or "2026-11-30 16:50:00 UTC". */
      label: string;
    }
  | { ok: false; message: string };

const isoDate = z.iso.date();
const isoInstant = z.iso.datetime({ offset: true });

/** Null when the page was asked for as it is now (no asOf, or an empty one). */
export function parseAsOf(raw: string | string[] | undefined, now: Date = new Date()): AsOfRequest | null {
  if (raw === undefined || raw === "") return null;
  if (Array.isArray(raw)) return { ok: false, message: "asOf was given more than once; give one date." };
  const shown = JSON.stringify(raw.slice(0, 40));
  if (isoInstant.safeParse(raw).success) {
    const at = new Date(raw);
    if (at > now) return { ok: false, message: `asOf=${shown} is in the future; the history only goes up to now.` };
    return { ok: true, date: raw, at, label: `${at.toISOString().slice(0, 19).replace("T", " ")} UTC` };
  }
  if (!isoDate.safeParse(raw).success) {
    return {
      ok: false,
      message: `asOf=${shown} is not a date this page understands: write it as YYYY-MM-DD, a real calendar day (e.g. ${now.toISOString().slice(0, 10)}), or an exact instant such as ${now.toISOString().slice(0, 19)}Z.`,
    };
  }
  if (raw > now.toISOString().slice(0, 10)) {
    return { ok: false, message: `asOf=${shown} is in the future; the history only goes up to today.` };
  }
  return { ok: true, date: raw, at: new Date(`${raw}T23:59:59.999Z`), label: `the end of ${raw} (UTC)` };
}

/** The suggested citation of a dated version of a page. */
export function versionCitation(
  {
    title,
    date,
    url,
    accessed,
  }: {
    title: string;
    date: string;
    url: string;
    accessed: string;
  },
  locale: Locale = "en",
) {
  // 中文 cites the way Chinese readers expect: the site's Chinese name, the title in 《》, 访问于.
  if (locale === "zh") return `阿里系 AI 创业图谱：《${title}》，截至 ${date} 的版本。${url}（访问于 ${accessed}）。`;
  return `Alumni Atlas. "${title}", version as of ${date}. ${url} (accessed ${accessed}).`;
}
