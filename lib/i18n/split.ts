// Sentences with a blank, for client components that fill the blank themselves: the server
// translates the sentence and hands the browser its pieces, so no translator ships to it.

const MARK = "\u0000";

/**
 * The pieces of a translated message around its arguments, in the order they appear:
 * `split((v) => t("open", v), ["name"])` → ["Open ", ""] for "Open {name}".
 * The arguments must each occur once, in the order named.
 */
export function splitAround(translate: (values: Record<string, string>) => string, names: string[]): string[] {
  const values = Object.fromEntries(names.map((name) => [name, MARK]));
  return translate(values).split(MARK);
}
