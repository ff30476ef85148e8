import "server-only";
import { getPrisma } from "@/lib/db";

/** Resolves once the database is open (migrated and seeded if embedded) and answers a query. */
export async function checkDatabase(): Promise<void> {
  const prisma = await getPrisma();
  await prisma.$queryRaw`SELECT 1`;
}
