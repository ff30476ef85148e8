import "server-only";
import { createHash } from "node:crypto";
import type { EntityKey } from "@/lib/validation/form-spec";

/**
 * The framework cache's tags for public reads (lib/data/cached-read.ts) and the writes that
 * invalidate them (lib/actions/safe-action.ts). A read is tagged with the public page it serves
 * (`page:/startups/rokid`, `page:/`), matching the paths each kind of record declares it shows on
 * (`publicPaths` in lib/data/admin/entities.ts), plus the kind-wide tags below for what a page
 * shows of other records.
 */
export function pageTag(path: string): string {
  const tag = `page:${path}`;
  // Next ignores (and warns about) tags longer than 256 characters: a long path, such as a hostile
  // slug on a 404, is named by its hash instead, the same on read and on write.
  return tag.length <= MAX_TAG_LENGTH ? tag : `page#${createHash("sha256").update(path).digest("hex")}`;
}

const MAX_TAG_LENGTH = 256;

/** Every chart's data: written by the kinds of record charts count (not sources, citations or reported figures). */
export const CHARTS_TAG = "charts";

/**
 * Pages that show records by name: a profile shows founders, city, investors, related start-ups and
 * units, with their sources in footnotes; lists and search show founders, cities and counts. Any
 * kind of record can appear on any of them, so every record write marks them all stale; a stale
 * page is served while it is recomputed (lib/data/cached-read.ts).
 */
export const RECORDS_TAG = "records";

const CHART_KINDS: ReadonlySet<EntityKey> = new Set<EntityKey>([
  "startups",
  "people",
  "cities",
  "organizations",
  "employments",
  "foundings",
  "funding-rounds",
  "investments",
]);

/** What a record write of `kind` on `paths` (its public pages before and after) invalidates. */
export function tagsForRecordWrite(kind: EntityKey, paths: readonly string[]): string[] {
  const tags = new Set(paths.filter((path) => path.startsWith("/") && !path.startsWith("/admin")).map(pageTag));
  tags.add(RECORDS_TAG);
  if (CHART_KINDS.has(kind)) tags.add(CHARTS_TAG);
  return [...tags];
}
