import { getPrisma } from "@/lib/db";

/** Liveness and readiness: answers 200 once the database is open (migrated and seeded if embedded). */
export async function GET() {
  try {
    const prisma = await getPrisma();
    await prisma.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch (error) {
    return Response.json({ status: "error", message: (error as Error).message }, { status: 503 });
  }
}
