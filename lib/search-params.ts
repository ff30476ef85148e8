export type SearchParams = Record<string, string | string[] | undefined>;

/** One value of a query parameter; repeated or missing parameters never throw. */
export function firstParam(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A positive page number from the URL; anything else is page 1. */
export function pageParam(params: SearchParams): number {
  const value = firstParam(params, "page");
  return value && /^\d{1,6}$/.test(value) ? Math.max(1, Number(value)) : 1;
}

/** A record id from a route segment, or null when it is not one. */
export function idParam(value: string): number | null {
  return /^\d{1,10}$/.test(value) && Number(value) > 0 && Number(value) <= 2_147_483_647 ? Number(value) : null;
}
