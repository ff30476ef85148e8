import "server-only";
import { getPrisma } from "@/lib/db";
import { readChartDataVersion } from "../charts/cache";

/**
 * The data version the API's ETags carry: the counter every write to a public table bumps
 * (migrations 20261124091000 and 20261130140512). One indexed single-row read, and the only
 * database work a 304 does. Null when the counter row is missing (then nothing is tagged).
 */
export async function readApiDataVersion(): Promise<string | null> {
  return readChartDataVersion(await getPrisma());
}
