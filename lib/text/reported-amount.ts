/*
 * An amount of money read the way sources write it: "US$20 million", "more than US$20 million",
 * "超2亿元", "数千万元", "5000万-1亿元", "RMB 230 million", "tens of millions of dollars". The words
 * are kept by the caller; this module only says what they mean, as a kind (exact, range, lower
 * bound, undisclosed), a low and a high end as decimal strings (no floating point on the way), and
 * the currency when the words name one. Nothing is guessed: "2亿" with no 元 or $ has no currency,
 * and a bare "$" could be any dollar, so it is refused.
 */

export type ReportedAmountKind = "EXACT" | "RANGE" | "AT_LEAST" | "UNDISCLOSED";

export type ReportedAmount = {
  kind: ReportedAmountKind;
  /** The amount, or the low end of a range or a lower bound, as a decimal string ("200000000"). */
  low: string | null;
  /** The high end of a range; null for an exact amount, a lower bound or an undisclosed one. */
  high: string | null;
  /** ISO 4217, when the words name the currency; null when they do not. */
  currency: string | null;
};

export type ReportedAmountResult = { ok: true; amount: ReportedAmount } | { ok: false; message: string };

export const REPORTED_AMOUNT_EXAMPLES = "超2亿元, 数千万元, 5000万–1亿元, more than US$20 million or RMB 230 million";

const UNDISCLOSED =
  /^(?:undisclosed|not disclosed|amount not disclosed|未披露|未透露|金额未披露|金额未透露|未公开|金额未公开)$/i;

// Longest first, so "千万" is read before "万" and "million" before "m".
const UNITS: [string, number][] = [
  ["万亿", 12],
  ["千亿", 11],
  ["百亿", 10],
  ["十亿", 9],
  ["亿", 8],
  ["千万", 7],
  ["百万", 6],
  ["十万", 5],
  ["万", 4],
  ["千", 3],
  ["trillion", 12],
  ["billion", 9],
  ["million", 6],
  ["thousand", 3],
  ["bn", 9],
  ["mn", 6],
  ["tn", 12],
  ["b", 9],
  ["m", 6],
  ["k", 3],
];

// Words and signs that name a currency, before or after the number. "¥" is read as the renminbi:
// the start-ups tracked here are Chinese and Japanese yen would be written JPY.
const CURRENCY_WORDS: [RegExp, string][] = [
  [/^(?:US\$|USD|U\.S\.\s?dollars?|US dollars?|dollars? \(US\)|美元|美金)/i, "USD"],
  [/^(?:HK\$|HKD|Hong Kong dollars?|港元|港币)/i, "HKD"],
  [/^(?:S\$|SGD|Singapore dollars?|新加坡元)/i, "SGD"],
  [/^(?:RMB|CNY|yuan|renminbi|人民币元|人民币|元|¥|￥)/i, "CNY"],
  [/^(?:€|EUR|euros?|欧元)/i, "EUR"],
  [/^(?:£|GBP|pounds? sterling|英镑)/i, "GBP"],
  [/^(?:JPY|yen|日元)/i, "JPY"],
];

const LOWER_BOUND_BEFORE =
  /^(?:more than|over|above|at least|in excess of|upwards of|超过|超|过|逾|不低于|不少于|至少|上)\s*/i;
const LOWER_BOUND_AFTER = /^(?:以上|多|余|\+|or more|plus)\s*/i;
const APPROXIMATE = /^(?:about|around|approximately|roughly|nearly|almost|近|约|大约|接近)\s*/i;

// "数千万" (several ten-millions) is read as 1 to 10 of the unit: 10–100 million, as the reports mean it.
const SEVERAL_BEFORE = /^(?:数|几)/;
const SEVERAL_ENGLISH: [RegExp, number][] = [
  [/^hundreds of millions/i, 8],
  [/^tens of millions/i, 7],
  [/^millions/i, 6],
  [/^hundreds of thousands/i, 5],
  [/^tens of thousands/i, 4],
  [/^billions/i, 9],
  [/^tens of billions/i, 10],
];

const RANGE_SEPARATOR = /^\s*(?:-|–|—|~|～|至|到|to)\s*/i;

type Reader = { rest: string };

function skipSpace(reader: Reader) {
  reader.rest = reader.rest.replace(/^[\s,]+/, "");
}

function readCurrency(reader: Reader): string | null {
  skipSpace(reader);
  for (const [pattern, code] of CURRENCY_WORDS) {
    const match = pattern.exec(reader.rest);
    if (match) {
      reader.rest = reader.rest.slice(match[0].length);
      return code;
    }
  }
  // Any other ISO-looking code before or after the number ("CHF 3 million"): the form checks it.
  const code = /^([A-Z]{3})(?![A-Za-z])/.exec(reader.rest);
  if (code) {
    reader.rest = reader.rest.slice(code[0].length);
    return code[1]!;
  }
  return null;
}

function readUnit(reader: Reader): number | null {
  skipSpace(reader);
  for (const [word, power] of UNITS) {
    const candidate = reader.rest.slice(0, word.length);
    const next = reader.rest.charAt(word.length);
    // A Latin unit must end the word ("m" in "m," or "m " but not the "m" of "more").
    if (candidate.toLowerCase() === word && !(/[a-z]/i.test(word) && /[a-z]/i.test(next))) {
      reader.rest = reader.rest.slice(word.length);
      return power;
    }
  }
  return null;
}

/** "2.35" × 10^8 → "235000000"; null when the result would need more than two decimals. */
export function shiftDecimal(number: string, power: number): string | null {
  const [whole = "0", fraction = ""] = number.split(".");
  const digits = whole + fraction;
  const point = whole.length + power;
  let integer: string;
  let decimals: string;
  if (point >= digits.length) {
    integer = digits + "0".repeat(point - digits.length);
    decimals = "";
  } else {
    integer = digits.slice(0, point);
    decimals = digits.slice(point).replace(/0+$/, "");
  }
  if (decimals.length > 2) return null;
  integer = integer.replace(/^0+(?=\d)/, "") || "0";
  return decimals ? `${integer}.${decimals}` : integer;
}

type Bound = { value: string | null; power: number | null; several: number | null; currency: string | null };

function readBound(reader: Reader): Bound | { error: string } {
  const currencyBefore = readCurrency(reader);
  skipSpace(reader);
  if (SEVERAL_BEFORE.test(reader.rest)) {
    reader.rest = reader.rest.slice(1);
    const power = readUnit(reader);
    if (power === null) return { error: "says “数” or “几” without a unit such as 万, 千万 or 亿" };
    return { value: null, power: null, several: power, currency: currencyBefore ?? readCurrency(reader) };
  }
  for (const [pattern, power] of SEVERAL_ENGLISH) {
    const match = pattern.exec(reader.rest);
    if (match) {
      reader.rest = reader.rest.slice(match[0].length).replace(/^\s*of\s*/i, "");
      return { value: null, power: null, several: power, currency: currencyBefore ?? readCurrency(reader) };
    }
  }
  if (/^\$/.test(reader.rest)) return { error: "has a bare “$”: write US$, HK$ or S$ so the dollar is known" };
  const number = /^\d+(?:,\d{3})*(?:\.\d+)?|^\d+(?:\.\d+)?/.exec(reader.rest);
  // "上亿", "过亿": a Chinese unit alone is one of it.
  if (!number && /^[十百千万亿]/.test(reader.rest)) {
    const power = readUnit(reader);
    if (power !== null) return { value: "1", power, several: null, currency: currencyBefore ?? readCurrency(reader) };
  }
  if (!number) return { error: "has no number where one was expected" };
  reader.rest = reader.rest.slice(number[0].length);
  const power = readUnit(reader);
  const currencyAfter = readCurrency(reader);
  if (currencyBefore && currencyAfter && currencyBefore !== currencyAfter) {
    return { error: `names two currencies (${currencyBefore} and ${currencyAfter})` };
  }
  return { value: number[0].replaceAll(",", ""), power, several: null, currency: currencyBefore ?? currencyAfter };
}

function fail(message: string): ReportedAmountResult {
  return { ok: false, message: `${message}; write it like ${REPORTED_AMOUNT_EXAMPLES}` };
}

/** Reads an amount as a source states it. */
export function parseReportedAmount(input: string): ReportedAmountResult {
  const text = input.normalize("NFKC").trim().replace(/\s+/g, " ");
  if (text === "") return { ok: false, message: "is empty" };
  if (UNDISCLOSED.test(text))
    return { ok: true, amount: { kind: "UNDISCLOSED", low: null, high: null, currency: null } };
  const reader: Reader = { rest: text };
  if (APPROXIMATE.test(reader.rest)) {
    return fail("is approximate (“about”, “近”): state the amount the source gives, or give a range");
  }
  let lowerBound = false;
  const bound = LOWER_BOUND_BEFORE.exec(reader.rest);
  if (bound) {
    lowerBound = true;
    reader.rest = reader.rest.slice(bound[0].length);
  }
  const first = readBound(reader);
  if ("error" in first) return fail(first.error);
  let second: Bound | null = null;
  const separator = RANGE_SEPARATOR.exec(reader.rest);
  if (separator && first.several === null) {
    reader.rest = reader.rest.slice(separator[0].length);
    const read = readBound(reader);
    if ("error" in read) return fail(read.error);
    second = read;
  }
  skipSpace(reader);
  const after = LOWER_BOUND_AFTER.exec(reader.rest);
  if (after) {
    lowerBound = true;
    reader.rest = reader.rest.slice(after[0].length);
  }
  const trailingCurrency = readCurrency(reader);
  skipSpace(reader);
  // "in funding", "融资" and the like after the amount say nothing about it.
  reader.rest = reader.rest.replace(/^(?:in funding|of funding|融资|的融资|资金)$/i, "");
  if (reader.rest !== "") return fail(`has words that could not be read: “${reader.rest}”`);

  const currencies = new Set(
    [first.currency, second?.currency, trailingCurrency].filter((c): c is string => c != null),
  );
  if (currencies.size > 1) return fail(`names two currencies (${[...currencies].join(" and ")})`);
  const currency = currencies.size === 1 ? [...currencies][0]! : null;

  if (first.several !== null) {
    if (lowerBound) return fail("is both a lower bound and a vague range");
    const low = shiftDecimal("1", first.several)!;
    const high = shiftDecimal("1", first.several + 1)!;
    return { ok: true, amount: { kind: "RANGE", low, high, currency } };
  }
  // "5–10 million": the low end takes the high end's unit when it has none of its own.
  const lowPower = first.power ?? second?.power ?? 0;
  const low = shiftDecimal(first.value!, lowPower);
  if (low === null) return fail("is more precise than a cent");
  if (second === null) {
    return { ok: true, amount: { kind: lowerBound ? "AT_LEAST" : "EXACT", low, high: null, currency } };
  }
  if (second.several !== null) return fail("mixes a number with a vague amount");
  if (lowerBound) return fail("is both a lower bound and a range");
  const high = shiftDecimal(second.value!, second.power ?? 0);
  if (high === null) return fail("is more precise than a cent");
  if (compareDecimals(low, high) >= 0) return fail("has a range whose high end is not above its low end");
  return { ok: true, amount: { kind: "RANGE", low, high, currency } };
}

/** Compares two non-negative decimal strings without converting them to floating point. */
export function compareDecimals(a: string, b: string): number {
  const [aWhole = "0", aFraction = ""] = a.split(".");
  const [bWhole = "0", bFraction = ""] = b.split(".");
  if (aWhole.length !== bWhole.length) return aWhole.length < bWhole.length ? -1 : 1;
  const left = aWhole + aFraction.padEnd(2, "0");
  const right = bWhole + bFraction.padEnd(2, "0");
  return left === right ? 0 : left < right ? -1 : 1;
}
