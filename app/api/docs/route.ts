import { scalarVersion } from "@/lib/routing/api/docs";

// Scalar reads its options from the element's attributes (in 1.46 createApiReference() warned
// "Document not found in configList" and showed only skeletons for 25 s here). Its default fonts come from its CDN: off, the page uses
// the system's. Its AI agent, telemetry and developer tools talk to its servers: off.
const SCALAR_CONFIGURATION = JSON.stringify({
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  showDeveloperTools: "never",
}).replaceAll('"', "&quot;");

// Interactive documentation of /api/v1: Scalar's standalone bundle, served from our own package
// copy (./standalone.js), reading /openapi.json.
const page = (version: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Alumni Atlas API reference</title>
    <meta name="description" content="Interactive reference of the Alumni Atlas public read API (/api/v1)." />
  </head>
  <body>
    <noscript>The API reference needs JavaScript; the document itself is at <a href="/openapi.json">/openapi.json</a>.</noscript>
    <script id="api-reference" data-url="/openapi.json" data-configuration="${SCALAR_CONFIGURATION}"></script>
    <script src="/api/docs/standalone.js?v=${version}"></script>
  </body>
</html>
`;

// Scalar's bundle names its own CDN (fonts) and services (a request proxy, an API registry search)
// in places its options do not switch off; the browser is told to load nothing from elsewhere.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

export async function GET() {
  return new Response(page(await scalarVersion()), {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": CONTENT_SECURITY_POLICY,
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
