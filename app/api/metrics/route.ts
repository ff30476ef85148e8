import { timingSafeEqual } from "node:crypto";
import { connection } from "next/server";
import { renderMetrics } from "@/lib/observability/metrics";

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Prometheus metrics, for a scraper holding METRICS_TOKEN (`Authorization: Bearer <token>`).
 * Without METRICS_TOKEN the endpoint does not exist (404): nothing is exposed by default.
 */
export async function GET(request: Request) {
  await connection();
  const token = process.env.METRICS_TOKEN;
  if (!token) return new Response("Not found", { status: 404 });
  const given = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
  if (!sameToken(given, token)) {
    return new Response("Unauthorized", {
      status: 401,
      headers: { "WWW-Authenticate": 'Bearer realm="metrics"', "Cache-Control": "no-store" },
    });
  }
  const { contentType, body } = await renderMetrics();
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
}
