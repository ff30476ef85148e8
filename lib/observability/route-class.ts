/** Public sections whose pages get a class of their own; any other path is "page:other". */
const PAGE_SECTIONS = new Set([
  "startups",
  "founders",
  "cities",
  "investors",
  "units",
  "charts",
  "network",
  "search",
  "reported-figures",
  "login",
]);
const API_SECTIONS = new Set(["v1", "auth", "startups", "charts", "network", "admin", "health", "ready", "metrics"]);

/**
 * A request's class for metrics and logs: a handful of values per section of the app, never the raw
 * path (slugs and ids would make one time series per record).
 */
export function routeClass(method: string, pathname: string, isServerAction: boolean): string {
  if (pathname.startsWith("/_next/")) return "static";
  if (isServerAction && method === "POST") return "action";
  const [first = "", second = ""] = pathname.split("/").filter(Boolean);
  if (first === "") return "page:home";
  if (first === "api") return `api:${API_SECTIONS.has(second) ? second : "other"}`;
  if (first === "admin") return "admin";
  if (first === "embed") return "embed";
  if (PAGE_SECTIONS.has(first)) return `page:${first}`;
  if (/\.[a-z0-9]+$/i.test(first)) return "static";
  return "page:other";
}
