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
 * A forged form sent one name both as a value and as a group of fields (`citations=x` beside
 * `citations.0.quote=y`): no schema can read that, so it is refused as an error on that field.
 */
export class FormShapeError extends Error {
  constructor(readonly field: string) {
    super("was sent both as a single value and as a group of fields; reload the form");
  }
}

/**
 * Turns dotted names into nested objects and arrays ("citations.0.sourceId" → citations[0].sourceId).
 * Indexes need not be contiguous (rows removed in the browser leave gaps); gaps are dropped.
 * Throws FormShapeError when a name is both a value and a group.
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
    for (const [i, part] of parts.entries()) {
      const field = parts.slice(0, i + 1).join(".");
      if (i === parts.length - 1) {
        if (Object.hasOwn(node, part)) throw new FormShapeError(field);
        node[part] = value;
        break;
      }
      const nextIsIndex = /^\d+$/.test(parts[i + 1] ?? "");
      if (nextIsIndex && Number(parts[i + 1]) > MAX_INDEX) break;
      node[part] ??= {};
      const child = node[part];
      if (!isGroup(child)) throw new FormShapeError(field);
      node = child;
    }
  }
  return denseGroup(root);
}

/** A group of fields being built: a plain object (a value is a string or an array of them). */
function isGroup(value: unknown): value is NestedValues {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The group with every nested group whose keys are all indexes turned into an array, in index order. */
function denseGroup(group: NestedValues): NestedValues {
  return Object.fromEntries(Object.entries(group).map(([key, value]) => [key, dense(value)]));
}

function dense(value: unknown): unknown {
  if (!isGroup(value)) return value;
  const entries = Object.entries(value);
  if (entries.length > 0 && entries.every(([key]) => /^\d+$/.test(key))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, item]) => dense(item));
  }
  return denseGroup(value);
}
