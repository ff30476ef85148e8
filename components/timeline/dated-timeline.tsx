import { getLocale } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { formatTimelineDate, timelineDateTime, type TimelineEvent } from "@/lib/format/timeline";
import { cn } from "@/lib/utils";

const DOT: Record<TimelineEvent["kind"], string> = {
  founded: "bg-accent",
  round: "bg-emerald-600",
  joined: "bg-ink-faint",
  left: "bg-violet-600",
  invested: "bg-emerald-600",
};

/** Events on one dated line, oldest first, each date as precise as reported. */
export async function DatedTimeline({ events, empty }: { events: TimelineEvent[]; empty: string }) {
  const locale = await getLocale();
  if (events.length === 0) return <p className="text-sm text-ink-muted">{empty}</p>;
  return (
    <ol className="relative grid gap-3 border-l-2 border-rule pl-5" data-testid="dated-timeline">
      {events.map((event) => (
        <li key={event.key} className="relative">
          <span
            aria-hidden
            className={cn("absolute top-1.5 -left-[1.6rem] size-3 rounded-full border-2 border-paper", DOT[event.kind])}
          />
          <p className="font-mono text-xs text-ink-muted tabular-nums">
            {event.date ? (
              <time dateTime={timelineDateTime(event.date)}>{formatTimelineDate(event.date, locale)}</time>
            ) : (
              formatTimelineDate(null, locale)
            )}
          </p>
          <p className="text-sm text-ink">
            {event.href ? (
              <Link href={event.href} className="underline-offset-2 hover:underline">
                {event.title}
              </Link>
            ) : (
              event.title
            )}
          </p>
          {event.detail ? <p className="text-xs text-ink-muted">{event.detail}</p> : null}
        </li>
      ))}
    </ol>
  );
}
