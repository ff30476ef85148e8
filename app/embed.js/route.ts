import { embedHostScript } from "@/lib/charts/embed-script";

/** GET /embed.js: the script a newsroom pastes beside a responsive embed (lib/charts/embed-script.ts). */
export function GET() {
  return new Response(embedHostScript(), {
    headers: {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "public, max-age=3600",
      // Loaded by other sites' pages.
      "cross-origin-resource-policy": "cross-origin",
    },
  });
}
