import type { PersonProfile } from "@/lib/data/people";
import type { StartupProfile } from "@/lib/data/startups/profile";
import { dateAtPrecision, jobEvents, sortTimeline, type TimelineEvent } from "@/lib/format/timeline";
import { displayName } from "@/lib/format/names";
import { STAGE_LABELS } from "@/lib/labels";

/** A start-up's life: its founders' departures from Alibaba, its founding and its rounds. */
export function startupTimeline(startup: StartupProfile): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const founder of startup.founders) {
    const who = displayName(founder.person, "person");
    for (const step of founder.career) {
      if (!step.alibaba) continue;
      events.push(
        ...jobEvents(step, who)
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
  events.push({ key: "founded", date: founded, kind: "founded", title: `${displayName(startup)} founded` });
  for (const round of startup.fundingRounds) {
    const investors = round.investors.map((i) => i.nameEn ?? i.nameZh ?? i.slug);
    events.push({
      key: `round-${round.id}`,
      date: dateAtPrecision(round.announcedOn, round.datePrecision),
      kind: "round",
      title: `${round.stageLabel ?? STAGE_LABELS[round.stage]} round`,
      detail: investors.length > 0 ? `Investors: ${investors.join(", ")}` : undefined,
    });
  }
  return sortTimeline(events);
}

/** A founder's career and foundings on one line. */
export function founderTimeline(person: PersonProfile): TimelineEvent[] {
  const events: TimelineEvent[] = person.career.flatMap((step) => jobEvents(step));
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
      title: `Founded ${displayName(startup)}`,
      href: `/startups/${startup.slug}`,
    });
  }
  return sortTimeline(events);
}
