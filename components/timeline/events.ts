import { getLocale, getTranslations } from "next-intl/server";
import { joinNames } from "@/lib/format/text";
import type { PersonProfile } from "@/lib/data/people";
import type { StartupProfile } from "@/lib/data/startups/profile";
import { dateAtPrecision, jobEvents, sortTimeline, type TimelineEvent } from "@/lib/format/timeline";
import { displayName } from "@/lib/format/names";
import { stageLabel } from "@/lib/labels";
import type { Locale } from "@/lib/i18n/locales";

type Translate = Awaited<ReturnType<typeof getTranslations<"startups.timeline">>>;

/** A job's joining and leaving, in the page's language (jobEvents gives the dates and kinds). */
function translatedJobEvents(
  t: Translate,
  locale: Locale,
  step: Parameters<typeof jobEvents>[0],
  who?: string,
): TimelineEvent[] {
  return jobEvents(step, who).map((event) => ({
    ...event,
    title: t(event.kind === "left" ? "left" : "joined", {
      who: who ?? "none",
      at: displayName(step.organization, "other", locale),
      alibaba: String(event.kind === "left" && step.alibaba),
    }),
  }));
}

/** A start-up's life: its founders' departures from Alibaba, its founding and its rounds. */
export async function startupTimeline(startup: StartupProfile): Promise<TimelineEvent[]> {
  const locale = await getLocale();
  const t = await getTranslations("startups.timeline");
  const events: TimelineEvent[] = [];
  for (const founder of startup.founders) {
    const who = displayName(founder.person, "person", locale);
    for (const step of founder.career) {
      if (!step.alibaba) continue;
      events.push(
        ...translatedJobEvents(t, locale, step, who)
          .filter((event) => event.kind === "left")
          .map((event) => ({ ...event, href: `/founders/${founder.person.slug}` })),
      );
    }
  }
  const founded = startup.foundedDate
    ? dateAtPrecision(startup.foundedDate, "DAY")
    : startup.foundedYear !== null
      ? { year: startup.foundedYear, month: null, day: null }
      : null;
  events.push({
    key: "founded",
    date: founded,
    kind: "founded",
    title: t("founded", { name: displayName(startup, "other", locale) }),
  });
  for (const round of startup.fundingRounds) {
    const investors = round.investors.map((i) => (i.nameEn || i.nameZh ? displayName(i, "other", locale) : i.slug));
    events.push({
      key: `round-${round.id}`,
      date: dateAtPrecision(round.announcedOn, round.datePrecision),
      kind: "round",
      title: t("round", { stage: round.stageLabel ?? stageLabel(round.stage, locale) }),
      detail: investors.length > 0 ? t("investors", { investors: joinNames(investors, locale) }) : undefined,
    });
  }
  return sortTimeline(events);
}

/** A founder's career and foundings on one line. */
export async function founderTimeline(person: PersonProfile): Promise<TimelineEvent[]> {
  const locale = await getLocale();
  const t = await getTranslations("startups.timeline");
  const events: TimelineEvent[] = person.career.flatMap((step) => translatedJobEvents(t, locale, step));
  for (const founding of person.foundings) {
    const { startup } = founding;
    events.push({
      key: `founding-${founding.id}`,
      date: startup.foundedDate
        ? dateAtPrecision(startup.foundedDate, "DAY")
        : startup.foundedYear !== null
          ? { year: startup.foundedYear, month: null, day: null }
          : null,
      kind: "founded",
      title: t("foundedBy", { name: displayName(startup, "other", locale) }),
      href: `/startups/${startup.slug}`,
    });
  }
  return sortTimeline(events);
}
