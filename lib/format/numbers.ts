// Every number, amount, date and name the app prints goes through lib/format/, so a page, a chart,
// its alt text and its CSV say the same thing the same way. Plain functions: no database, no React.

const integer = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** Counts: "1,234". */
export function formatInteger(value: number): string {
  return integer.format(value);
}

/** Numbers that may have a fraction, to one decimal at most: "12.5", "1,234". */
export function formatNumber(value: number): string {
  return oneDecimal.format(value);
}

/** A percentage to one decimal: "45.2%". */
export function formatPercent(value: number): string {
  return `${oneDecimal.format(value)}%`;
}

/** Shares to whole percent: with a dozen start-ups, decimals would claim a precision we lack. */
export function formatShare(value: number): string {
  return `${integer.format(value)}%`;
}

/** "1 start-up", "12 start-ups". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatInteger(count)} ${count === 1 ? singular : pluralForm}`;
}
