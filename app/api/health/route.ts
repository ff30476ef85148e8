import { checkDatabase } from "@/lib/data/health";
import { messageOf } from "@/lib/errors";

/** Liveness and readiness: answers 200 once the database is open (migrated and seeded if embedded). */
export async function GET() {
  try {
    await checkDatabase();
    return Response.json({ status: "ok" });
  } catch (error) {
    return Response.json({ status: "error", message: messageOf(error) }, { status: 503 });
  }
}
