/** What a form field holds once read: one string, or several for repeated names (checkbox groups). */
export type FormValue = string | string[];
export type FormValues = Record<string, FormValue>;
export type NestedValues = { [key: string]: unknown };

/**
 * Reads a FormData into plain values, leaving files out. Names repeated in the form become arrays;
 * "$"-prefixed names (React's action bookkeeping) are dropped.
 */
export function readFormValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const [name, raw] of formData.entries()) {
    if (name.startsWith("$") || typeof raw !== "string") continue;
    const existing = values[name];
    if (existing === undefined) values[name] = raw;
    else values[name] = Array.isArray(existing) ? [...existing, raw] : [existing, raw];
  }
  return values;
}

// Bounds what a forged form can make the server build: no giant sparse arrays, no deep nesting.
const MAX_INDEX = 200;
const MAX_DEPTH = 4;

/**
 * Turns dotted names into nested objects and arrays ("citations.0.sourceId" → citations[0].sourceId).
 * Indexes need not be contiguous (rows removed in the browser leave gaps); gaps are dropped.
 */
export function nestFormValues(values: FormValues): NestedValues {
  const root: NestedValues = {};
  for (const [name, value] of Object.entries(values)) {
    const parts = name.split(".");
    if (
      parts.length > MAX_DEPTH ||
      parts.some((p) => p === "" || p === "__proto__" || p === "constructor" || p === "prototype")
    )
      continue;
    let node: NestedValues = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        node[part] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(parts[i + 1] ?? "");
      if (nextIsIndex && Number(parts[i + 1]) > MAX_INDEX) return;
      node[part] ??= {};
      node = node[part] as NestedValues;
    });
  }
  return denseArrays(root) as NestedValues;
}

function denseArrays(node: unknown): unknown {
  if (typeof node !== "object" || node === null || Array.isArray(node)) return node;
  const entries = Object.entries(node as NestedValues);
  if (entries.length > 0 && entries.every(([key]) => /^\d+$/.test(key))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, value]) => denseArrays(value));
  }
  return Object.fromEntries(entries.map(([key, value]) => [key, denseArrays(value)]));
}
