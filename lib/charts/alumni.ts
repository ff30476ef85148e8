import { z } from "zod";

// Who counts as an alumnus: the reader's choice, carried in the URL and applied by the data layer to
// every count, list, chart, export and the network. ITJuzi's "85 start-ups founded by former Alibaba
// staff" says neither how long they stayed nor how long ago they left; this switch says both, and
// every figure prints the definition it was counted under (`describeAlumni`).
//
// - any stint (default): a founder worked anywhere in Alibaba Group, for however long.
// - `tenure=N`: at least N calendar years at Alibaba Group (first year joined to last year there,
//   capped at the founding year), the same span the "Years at Alibaba" chart counts.
// - `leftWithin=N`: the founder left Alibaba at most N years before the start-up was founded
//   (still there when it was founded counts as 0).
// - which part of the group: the `unit` filter (a unit and everything below it in the unit tree).
//
// A start-up counts when one of its founders meets every condition. Under a strict definition a
// start-up whose founders' years are not reported cannot be judged: it is left out, and the number
// left out is stated beside the figure ("years not reported").

/** The largest N the switch accepts: longer than any career at a company founded in 1999. */
export const ALUMNI_MAX_YEARS = 40;

export type AlumniDefinition = { tenure?: number; leftWithin?: number };

export const ALUMNI_PARAMETERS = ["tenure", "leftWithin"] as const;

const yearsSchema = z
  .string()
  .regex(/^\d{1,2}$/, "must be a whole number of years")
  .transform(Number)
  .pipe(z.number().int().min(0).max(ALUMNI_MAX_YEARS, `must be at most ${ALUMNI_MAX_YEARS} years`));

/** One schema per parameter, so each bad value is reported on its own. */
export const alumniParameterSchemas = { tenure: yearsSchema, leftWithin: yearsSchema } as const;

/** The whole definition, for callers that hold it as an object (a JSON body, a cache key). */
export const alumniDefinitionSchema = z
  .object({
    tenure: z.number().int().min(0).max(ALUMNI_MAX_YEARS).optional(),
    leftWithin: z.number().int().min(0).max(ALUMNI_MAX_YEARS).optional(),
  })
  .strict();

export type AlumniProblem = { parameter: string; message: string };

/** Reads the switch from a URL's query; bad values are left out and reported. */
export function parseAlumni(params: URLSearchParams): { alumni: AlumniDefinition; problems: AlumniProblem[] } {
  const alumni: AlumniDefinition = {};
  const problems: AlumniProblem[] = [];
  for (const name of ALUMNI_PARAMETERS) {
    const all = params.getAll(name).filter((value) => value !== "");
    if (all.length === 0) continue;
    if (all.length > 1) {
      problems.push({ parameter: name, message: `${name} was given more than once` });
      continue;
    }
    const result = alumniParameterSchemas[name].safeParse(all[0]);
    if (result.success) alumni[name] = result.data;
    else problems.push({ parameter: name, message: `${name} ${result.error.issues[0]?.message ?? "is invalid"}` });
  }
  return { alumni, problems };
}

/** The definition from fields that hold null when not chosen (the start-up list's parameters). */
export function alumniFromNullable(fields: { tenure: number | null; leftWithin: number | null }): AlumniDefinition {
  const alumni: AlumniDefinition = {};
  if (fields.tenure !== null) alumni.tenure = fields.tenure;
  if (fields.leftWithin !== null) alumni.leftWithin = fields.leftWithin;
  return alumni;
}

/** True when the definition is stricter than "any stint", so unknown years leave records out. */
export function isStrictAlumni(alumni: AlumniDefinition): boolean {
  return alumni.tenure !== undefined || alumni.leftWithin !== undefined;
}

/** The definition in words, printed into subtitles, source lines and CSV headers. */
export function describeAlumni(alumni: AlumniDefinition, unitName?: string | null): string {
  const where = unitName ? `at ${unitName} (Alibaba Group)` : "at Alibaba Group";
  const years = (n: number) => `${n} ${n === 1 ? "year" : "years"}`;
  const parts: string[] = [];
  if (alumni.tenure !== undefined) parts.push(`spent at least ${years(alumni.tenure)} ${where}`);
  else if (unitName && alumni.leftWithin !== undefined) parts.push(`worked ${where}`);
  if (alumni.leftWithin !== undefined) parts.push(`left Alibaba at most ${years(alumni.leftWithin)} before founding`);
  if (parts.length === 0) return `alumni = founders with any stint ${where}`;
  return `alumni = founders who ${parts.join(" and ")}`;
}

/** The sentence stated beside a figure counted under a strict definition. */
export function describeLeftOut(count: number, unit: "start-up" | "founder" = "start-up"): string {
  const noun = count === 1 ? unit : `${unit}s`;
  return `Years not reported: ${count} ${noun} whose founders' Alibaba years are not reported ${count === 1 ? "is" : "are"} counted under "any stint" but left out under this definition.`;
}

export function alumniToSearchParams(alumni: AlumniDefinition, params = new URLSearchParams()): URLSearchParams {
  for (const name of ALUMNI_PARAMETERS) {
    const value = alumni[name];
    if (value !== undefined) params.set(name, String(value));
  }
  return params;
}

/** The switch's menus' words; English unless a page passes its own language's. */
export type AlumniControlWords = {
  tenure: string;
  anyStint: string;
  atLeast: (years: number) => string;
  leftWithin: string;
  anyTime: string;
  sameYear: string;
  atMost: (years: number) => string;
};

const ENGLISH_CONTROL_WORDS: AlumniControlWords = {
  tenure: "Alumni: time at Alibaba",
  anyStint: "Any stint",
  atLeast: (n) => `At least ${n} ${n === 1 ? "year" : "years"}`,
  leftWithin: "Alumni: left before founding",
  anyTime: "Any time",
  sameYear: "Same year or later",
  atMost: (n) => `At most ${n} ${n === 1 ? "year" : "years"} before`,
};

/** The switch's two menus, for any filter form: label, "all" label and options. */
export function alumniControls(alumni: AlumniDefinition, words: AlumniControlWords = ENGLISH_CONTROL_WORDS) {
  const years = [1, 2, 3, 5, 8, 10];
  return [
    {
      name: "tenure" as const,
      label: words.tenure,
      allLabel: words.anyStint,
      value: alumni.tenure === undefined ? "" : String(alumni.tenure),
      options: withChosen(years, alumni.tenure).map((n) => ({ value: String(n), label: words.atLeast(n) })),
    },
    {
      name: "leftWithin" as const,
      label: words.leftWithin,
      allLabel: words.anyTime,
      value: alumni.leftWithin === undefined ? "" : String(alumni.leftWithin),
      options: withChosen([0, ...years], alumni.leftWithin).map((n) => ({
        value: String(n),
        label: n === 0 ? words.sameYear : words.atMost(n),
      })),
    },
  ];
}

function withChosen(values: number[], chosen: number | undefined): number[] {
  return chosen === undefined || values.includes(chosen) ? values : [...values, chosen].sort((a, b) => a - b);
}
