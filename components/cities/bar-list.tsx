import { Link } from "@/components/i18n/link";

export type Bar = { key: string; label: string; value: number; href?: string };

/**
 * Horizontal bars drawn with CSS: readable without JavaScript, printable, and each bar's number
 * is written out so nothing depends on judging lengths.
 */
export function BarList({
  bars,
  label,
  unit = "start-ups",
  valueLabel = (value) => `${value} ${unit}`,
}: {
  bars: Bar[];
  label: string;
  unit?: string;
  /** What a screen reader hears for a bar's number, in the page's language ("3 start-ups"). */
  valueLabel?: (value: number) => string;
}) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <ul className="grid grid-cols-1 gap-1.5" aria-label={label}>
      {bars.map((bar) => (
        <li key={bar.key} className="grid grid-cols-[minmax(5rem,9rem)_1fr_auto] items-center gap-2 text-sm">
          <span className="truncate text-ink-muted">
            {bar.href ? (
              <Link href={bar.href} className="hover:text-ink hover:underline">
                {bar.label}
              </Link>
            ) : (
              bar.label
            )}
          </span>
          <span className="h-3 rounded-sm bg-canvas" aria-hidden>
            <span className="block h-3 rounded-sm bg-tracked" style={{ width: `${(100 * bar.value) / max}%` }} />
          </span>
          <span className="w-10 text-right tabular-nums" aria-label={valueLabel(bar.value)}>
            {bar.value}
          </span>
        </li>
      ))}
    </ul>
  );
}
