import "server-only";
import { connection } from "next/server";
import type { AppPrismaClient } from "./connection";
import { getDatabase } from "./database";

/**
 * The app's entry to the database (scripts and instrumentation import ./database directly).
 * Reading the database makes a render dynamic: pages always show the data as it is now, and
 * `next build` never opens the database.
 */
export async function getPrisma(): Promise<AppPrismaClient> {
  await connection();
  return (await getDatabase()).prisma;
}
