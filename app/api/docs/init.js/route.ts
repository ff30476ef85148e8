// Starts Scalar on /api/docs. A file rather than an inline script, so a strict CSP can allow it.
// Default fonts come from Scalar's CDN, so they are off: the page uses the system's fonts.
const script = `Scalar.createApiReference("#api-reference", {
  url: "/openapi.json",
  withDefaultFonts: false,
  hideClientButton: false,
  metaData: { title: "Alumni Atlas API reference" },
});
`;

export function GET() {
  return new Response(script, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
