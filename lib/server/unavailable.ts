/** Seconds a client is told to wait during a database outage (Retry-After); outages seen so far last seconds. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

const MESSAGE = "The data is briefly unavailable. Alumni Atlas cannot reach its database right now.";

// Self-contained (no scripts, no stylesheet, no font files): it is served while the app itself
// cannot render, and must look like ours without anything the database would have provided.
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="${OUTAGE_RETRY_AFTER_SECONDS * 2}">
<title>Briefly unavailable · Alumni Atlas</title>
<style>
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #faf8f3; color: #1f1d1a;
    font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif; }
  main { max-width: 34rem; margin: 2rem; padding: 2rem; border: 1px solid #e4ded2; border-radius: 0.75rem; background: #fff; }
  .brand { font-size: 0.8rem; letter-spacing: 0.08em; text-transform: uppercase; color: #8a8275; margin: 0 0 1rem; }
  h1 { font-family: Georgia, "Noto Serif", "Noto Serif CJK SC", serif; font-size: 1.6rem; margin: 0 0 0.75rem; }
  p { line-height: 1.55; margin: 0 0 0.75rem; color: #4a453d; }
  a { color: #9a3412; }
</style>
</head>
<body>
<main role="alert">
  <p class="brand">Alumni Atlas</p>
  <h1>The data is briefly unavailable</h1>
  <p>We cannot reach our database right now. This usually passes within seconds: this page tries again by itself, or you can <a href="">reload it</a>.</p>
  <p>Nothing you were reading has been lost. If you were editing, your form is still open in its own tab: save again once this page loads.</p>
</main>
</body>
</html>
`;

/** The answer to any request while the database is down: our page for a browser, JSON for the API. */
export function unavailableResponse(pathname: string): { headers: Record<string, string>; body: string } {
  const api = pathname.startsWith("/api/");
  const body = api ? JSON.stringify({ error: "unavailable", message: MESSAGE }) : PAGE;
  return {
    body,
    headers: {
      "Content-Type": api ? "application/json; charset=utf-8" : "text/html; charset=utf-8",
      "Content-Length": String(Buffer.byteLength(body)),
      "Retry-After": String(OUTAGE_RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
      // Served outside Next.js, so outside proxy.ts's headers: its own, strict (inline style only;
      // no frame-ancestors rule, so an embedded chart's frame shows the outage too).
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    },
  };
}
