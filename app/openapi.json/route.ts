import { buildOpenApiDocument } from "@/lib/api/openapi";

// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the handlers parse with.
let document: string | null = null;

export function GET() {
  document ??= JSON.stringify(buildOpenApiDocument());
  return new Response(document, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
