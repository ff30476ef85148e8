import { connection } from "next/server";
import { databaseKnownDown } from "@/lib/data/health";

/**
 * Liveness: 200 while the server serves. It never queries the database; during a database outage
 * the server knows of, it answers 503 (so a load balancer stops sending readers to an instance
 * that can only show the outage page). No internals either way: no message, address or version.
 */
export async function GET() {
  await connection();
  if (await databaseKnownDown()) {
    return Response.json(
      { status: "unavailable" },
      { status: 503, headers: { "Retry-After": "5", "Cache-Control": "no-store" } },
    );
  }
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
