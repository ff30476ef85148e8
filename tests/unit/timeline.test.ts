import { describe, expect, test } from "vitest";
import {
  dateAtPrecision,
  formatTimelineDate,
  jobEvents,
  sortTimeline,
  timelineDateTime,
  type TimelineEvent,
} from "@/lib/format/timeline";

describe("the dated timeline", () => {
  test("dates are shown as precise as recorded, never more", () => {
    expect(formatTimelineDate(dateAtPrecision("2014-03-12", "YEAR"))).toBe("2014");
    expect(formatTimelineDate(dateAtPrecision("2014-03-12", "MONTH"))).toBe("Mar 2014");
    expect(formatTimelineDate(dateAtPrecision("2014-03-12", "DAY"))).toBe("12 Mar 2014");
    expect(formatTimelineDate(null)).toBe("Date not reported");
    expect(timelineDateTime({ year: 2014, month: 3, day: null })).toBe("2014-03");
  });

  test("oldest first; a year-only event leads its year; undated last", () => {
    const event = (key: string, date: TimelineEvent["date"]): TimelineEvent => ({
      key,
      date,
      kind: "round",
      title: key,
    });
    const sorted = sortTimeline([
      event("undated", null),
      event("mar-2014", { year: 2014, month: 3, day: null }),
      event("2014", { year: 2014, month: null, day: null }),
      event("2013", { year: 2013, month: null, day: null }),
    ]);
    expect(sorted.map((e) => e.key)).toEqual(["2013", "2014", "mar-2014", "undated"]);
  });

  test("a job gives a joining and, unless still there, a leaving event", () => {
    const job = {
      id: 7,
      role: "Director",
      startYear: 2006,
      startMonth: null,
      endYear: 2013,
      endMonth: 9,
      isCurrent: false,
      alibaba: true,
      organization: { nameEn: "Ant Group" },
    };
    expect(jobEvents(job, "Misa Zhu").map((e) => `${formatTimelineDate(e.date)} ${e.title}`)).toEqual([
      "2006 Misa Zhu joined Ant Group",
      "Sep 2013 Misa Zhu left Ant Group (Alibaba Group)",
    ]);
    expect(jobEvents({ ...job, isCurrent: true, endYear: null, endMonth: null })).toHaveLength(1);
  });
});
