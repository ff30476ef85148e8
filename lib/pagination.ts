import { z } from "zod";

// Every list in the app, public or admin, is read a page at a time: the page size, the deepest
// page, how a page number is read from the URL and the shape of a page all live here.

export const PAGE_SIZE = 25;
/** Deep offsets are slow and nobody reads page 5,000; the filters are the way to narrow down. */
export const MAX_PAGE = 400;

/** One page of a list, with what the pager needs to link to the others. */
export type Paginated<T> = { items: T[]; total: number; page: number; pageSize: number; pageCount: number };

/** What a list reader takes: the parsed URL parameters (page included) and, for tests, a page size. */
export type ListOptions<Params extends { page: number }> = { params: Params; pageSize?: number };

/** How many pages `total` items fill; an empty list still has its (empty) page 1. */
export function pageCountOf(total: number, pageSize: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The rows to skip before `page`. */
export function pageOffset(page: number, pageSize: number = PAGE_SIZE): number {
  return (page - 1) * pageSize;
}

export function paginated<T>(
  items: T[],
  { total, page, pageSize = PAGE_SIZE }: { total: number; page: number; pageSize?: number },
): Paginated<T> {
  return { items, total, page, pageSize, pageCount: pageCountOf(total, pageSize) };
}

const pageSchema = z.coerce.number().int().min(1);

/**
 * The page number in a URL's `page` parameter: page 1 when it is absent or not a whole number from
 * 1, and at most MAX_PAGE. URLs are edited by hand, so nothing throws; what was wrong with the value
 * is added to `issues` for pages that say so.
 */
export function parsePage(value: string | undefined, issues: string[] = []): number {
  if (value === undefined) return 1;
  const result = pageSchema.safeParse(value);
  if (!result.success) {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    issues.push(`Ignored page number ${JSON.stringify(shown)}: ${result.error.issues[0]?.message ?? "not valid"}.`);
    return 1;
  }
  if (result.data > MAX_PAGE) {
    issues.push(`Only the first ${MAX_PAGE} pages are shown; narrow the list with the filters instead.`);
    return MAX_PAGE;
  }
  return result.data;
}
