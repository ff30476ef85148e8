import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/*
 * The one definition of an investor, used by every count, list and search: an organisation of any
 * kind (a fund, a company, an Alibaba unit such as Alibaba Group itself, a government body) or a
 * person, not deleted, with at least one live investment in a live funding round of a live start-up.
 * The top-investors chart (lib/data/charts/top-investors.ts) applies the same rule in its own,
 * faster form; tests/integration/sources.test.ts ("one definition of investor") checks that the
 * counts agree.
 */

/** Live investments (alias i) whose round and start-up are live: the investments that count. */
export function countingInvestment(alias = "i"): Prisma.Sql {
  const i = Prisma.raw(`"${alias}"`);
  return Prisma.sql`${i}."deletedAt" IS NULL AND EXISTS (
    SELECT 1 FROM "FundingRound" ir JOIN "Startup" ist ON ist.id = ir."startupId" AND ist."deletedAt" IS NULL
    WHERE ir.id = ${i}."roundId" AND ir."deletedAt" IS NULL)`;
}

/** The organisation (alias o) is an investor. */
export function organizationIsInvestor(alias = "o"): Prisma.Sql {
  const o = Prisma.raw(`"${alias}"`);
  return Prisma.sql`${o}."deletedAt" IS NULL AND EXISTS (
    SELECT 1 FROM "Investment" oi WHERE oi."organizationId" = ${o}.id AND ${countingInvestment("oi")})`;
}

/** The person (alias p) is an investor. */
export function personIsInvestor(alias = "p"): Prisma.Sql {
  const p = Prisma.raw(`"${alias}"`);
  return Prisma.sql`${p}."deletedAt" IS NULL AND EXISTS (
    SELECT 1 FROM "Investment" pi WHERE pi."personId" = ${p}.id AND ${countingInvestment("pi")})`;
}

/** How many investors there are, as one scalar subquery. */
export const investorCount = Prisma.sql`(
  (SELECT count(*) FROM "Organization" o WHERE ${organizationIsInvestor("o")})
  + (SELECT count(*) FROM "Person" p WHERE ${personIsInvestor("p")}))`;
