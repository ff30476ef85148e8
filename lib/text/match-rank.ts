/**
 * How well a record's names match what an editor typed, best first: 0 the whole name, 1 the start
 * of a name, 2 the start of a word in it, 3 anywhere in it, 4 not in any name (found through a
 * related record or its id). Case and surrounding spaces do not count.
 */
export function matchRank(query: string, names: readonly (string | null | undefined)[]): number {
  const q = query.trim().toLowerCase();
  if (q === "") return 4;
  let best = 4;
  for (const raw of names) {
    if (!raw) continue;
    const name = raw.trim().toLowerCase();
    if (name === q) return 0;
    if (name.startsWith(q)) best = Math.min(best, 1);
    else if (name.split(/[\s\-–·,.:/()]+/).some((word) => word.startsWith(q))) best = Math.min(best, 2);
    else if (name.includes(q)) best = Math.min(best, 3);
  }
  return best;
}

/**
 * Items in the order a picker should offer them: by match rank, then shorter labels (the closer
 * match), then as they came (the caller's own order, e.g. most recently edited first).
 */
export function rankByMatch<Item>(
  items: readonly Item[],
  query: string,
  namesOf: (item: Item) => readonly (string | null | undefined)[],
  labelOf: (item: Item) => string,
): Item[] {
  return items
    .map((item, index) => ({ item, index, rank: matchRank(query, namesOf(item)), length: labelOf(item).length }))
    .sort((a, b) => a.rank - b.rank || a.length - b.length || a.index - b.index)
    .map((entry) => entry.item);
}
