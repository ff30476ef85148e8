import "server-only";
import { connection } from "next/server";
import type { PrismaClient } from "../generated/prisma/client";
import { getDatabase } from "./database";

/**
 * The app's entry to the database (scripts and instrumentation import ./database directly).
 * Reading the database makes a render dynamic: pages always show the data as it is now, and
 * `next build` never opens the database.
 */
export async function getPrisma(): Promise<PrismaClient> {
  await connection();
  return (await getDatabase()).prisma;
}
