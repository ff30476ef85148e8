/** A post-sign-in destination: only a path on this site, never another origin ("//evil", "https://…"). */
export function safeNextPath(value: unknown, fallback = "/admin"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\"))
    return fallback;
  return value.length > 500 ? fallback : value;
}
