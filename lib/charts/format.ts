const integerFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const compactFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

export function formatCount(value: number): string {
  return integerFormat.format(value);
}

/** Shares to whole percent: with a dozen start-ups, decimals would claim a precision we lack. */
export function formatShare(value: number): string {
  return `${integerFormat.format(value)}%`;
}

/** US-dollar amounts the way newspapers print them: US$8.3m, US$1.5bn. */
export function formatUsd(value: number): string {
  if (value >= 1e9) return `US$${compactFormat.format(value / 1e9)}bn`;
  if (value >= 1e6) return `US$${compactFormat.format(value / 1e6)}m`;
  if (value >= 1e3) return `US$${compactFormat.format(value / 1e3)}k`;
  return `US$${integerFormat.format(value)}`;
}

export function formatUsdRange(low: number, high: number): string {
  return high > low ? `${formatUsd(low)}–${formatUsd(high).replace("US$", "")}` : formatUsd(low);
}

/** "1 start-up", "12 start-ups". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

/** Joins "a", "b" and "c" the English way. */
export function listOf(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** Drops CJK characters (and the brackets they leave empty): for the OG image, whose font lacks them. */
export function withoutCjk(text: string): string {
  return text
    .replace(/[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+/g, "")
    .replace(/\(\s*\)|（\s*）/g, "")
    .replace(/\s{2,}/g, " ")
    .replace(/\s+([,.;])/g, "$1")
    .trim();
}
