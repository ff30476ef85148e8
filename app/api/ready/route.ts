import { connection } from "next/server";
import { checkReadiness } from "@/lib/data/health";

/** Readiness: 200 when the database answers and has every migration this build expects; 503 otherwise. */
export async function GET() {
  await connection();
  const { ready, checks } = await checkReadiness();
  return Response.json(
    { status: ready ? "ready" : "not ready", checks },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
