// Stands in for lib/db during `npm run bench`: the data layer runs unchanged against the database
// in DATABASE_URL (normally one filled by `npm run db:synthetic`), outside Next.js.
import { openDatabase, type AppPrismaClient, type Database } from "@/lib/db/connection";

let database: Promise<Database> | undefined;

export function getDatabase(): Promise<Database> {
  database ??= openDatabase();
  return database;
}

export async function getPrisma(): Promise<AppPrismaClient> {
  return (await getDatabase()).prisma;
}
