import { z } from "zod";

// `?asOf=YYYY-MM-DD` on profile and chart pages: the page as it was at the end of that day (UTC),
// rebuilt from the change history. One parser, so every page refuses a bad date in the same words.

export type AsOfRequest = { ok: true; date: string; at: Date } | { ok: false; message: string };

const isoDate = z.iso.date();

/** Null when the page was asked for as it is now (no asOf, or an empty one). */
export function parseAsOf(raw: string | string[] | undefined, now: Date = new Date()): AsOfRequest | null {
  if (raw === undefined || raw === "") return null;
  if (Array.isArray(raw)) return { ok: false, message: "asOf was given more than once; give one date." };
  const shown = JSON.stringify(raw.slice(0, 40));
  if (!isoDate.safeParse(raw).success) {
    return {
      ok: false,
      message: `asOf=${shown} is not a date this page understands: write it as YYYY-MM-DD, a real calendar day (e.g. ${now.toISOString().slice(0, 10)}).`,
    };
  }
  if (raw > now.toISOString().slice(0, 10)) {
    return { ok: false, message: `asOf=${shown} is in the future; the history only goes up to today.` };
  }
  return { ok: true, date: raw, at: new Date(`${raw}T23:59:59.999Z`) };
}

/** The suggested citation of a dated version of a page. */
export function versionCitation({
  title,
  date,
  url,
  accessed,
}: {
  title: string;
  date: string;
  url: string;
  accessed: string;
}) {
  return `Alumni Atlas. "${title}", version as of ${date}. ${url} (accessed ${accessed}).`;
}
