import { scalarBundle } from "@/lib/routing/api/docs";

// The docs page asks for the bundle with ?v=<Scalar's version>, so it may be cached for long.
export async function GET() {
  return new Response(new Uint8Array(await scalarBundle()), {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "public, max-age=604800, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
