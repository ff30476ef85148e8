/**
 * Secrets that must never reach a log line, whatever code wrote it: connection strings (with or
 * without a password), credentials in any URL, session tokens and cookie values. Applied to every
 * message and error the logger writes, and to the objects it serializes via `redactPaths`.
 */
const RULES: [RegExp, string][] = [
  // A database connection string names the host, the user and often the password: all of it goes.
  [/\b(postgres(?:ql)?|redis|rediss|mysql|mongodb(?:\+srv)?):\/\/[^\s"'`<>]+/gi, "$1://[redacted]"],
  // user:password@ in any other URL.
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@"'`<>]+@/gi, "$1[redacted]@"],
  // Cookie and Set-Cookie headers, whole.
  [/\b((?:set-)?cookie)(["']?\s*[:=]\s*["']?)[^\n"']+/gi, "$1$2[redacted]"],
  // A session token, secret or password however it is named: a quoted JSON value whole, else up to a separator.
  [/\b([a-z0-9_.-]*(?:token|secret|password))("\s*:\s*")(?:[^"\\]|\\.)*/gi, "$1$2[redacted]"],
  [/\b([a-z0-9_.-]*(?:token|secret|password))(['"]?\s*[:=]\s*['"]?)(?!\[redacted\])[^\s"';&,}]+/gi, "$1$2[redacted]"],
  // Authorization: Bearer …
  [/\b(authorization)(["']?\s*[:=]\s*["']?)[^\n"']+/gi, "$1$2[redacted]"],
];

export function redactSecrets(text: string): string {
  let result = text;
  for (const [pattern, replacement] of RULES) result = result.replace(pattern, replacement);
  return result;
}

/** Object paths pino censors before anything is written. */
export const redactPaths = [
  "password",
  "*.password",
  "token",
  "*.token",
  "cookie",
  "*.cookie",
  "headers.cookie",
  "headers.authorization",
  'headers["set-cookie"]',
  "req.headers.cookie",
  "req.headers.authorization",
  "connectionString",
  "*.connectionString",
  "url",
];
