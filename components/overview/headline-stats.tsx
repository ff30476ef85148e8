import { formatInteger } from "@/lib/format/numbers";
import type { Locale } from "@/lib/i18n/locales";

/** `key` names the figure for tests and scripts (data-stat), the same in every language. */
export type HeadlineStat = { key?: string; label: string; value: number; hint?: string };

export function HeadlineStats({ stats, locale = "en" }: { stats: HeadlineStat[]; locale?: Locale }) {
  return (
    <dl className="grid grid-cols-2 gap-px overflow-hidden rounded-lg border border-rule bg-rule sm:grid-cols-3 lg:grid-cols-6">
      {stats.map((stat) => (
        <div key={stat.key ?? stat.label} className="bg-paper px-4 py-4">
          <dt className="text-xs font-medium tracking-wide text-ink-muted uppercase">{stat.label}</dt>
          <dd
            className="mt-1 text-3xl font-semibold tracking-tight text-ink tabular-nums"
            data-stat={stat.key ?? stat.label}
          >
            {formatInteger(stat.value, locale)}
          </dd>
          {stat.hint ? <dd className="mt-0.5 text-xs text-ink-faint">{stat.hint}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
