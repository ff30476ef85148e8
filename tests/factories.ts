// Test factories: each creates one row with unique, valid defaults that a test may override.
// Tests build the rows they need and never depend on rows another test made.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppPrismaClient } from "@/lib/db/connection";

let sequence = 0;
const next = () => `${process.pid}-${++sequence}`;

export function createSource(prisma: AppPrismaClient, data: Partial<Prisma.SourceUncheckedCreateInput> = {}) {
  const n = next();
  return prisma.source.create({
    data: { url: `https://news.example.com/article-${n}`, publisher: "Example News", language: "en", ...data },
  });
}

export function createCity(prisma: AppPrismaClient, data: Partial<Prisma.CityUncheckedCreateInput> = {}) {
  const n = next();
  return prisma.city.create({ data: { slug: `city-${n}`, nameEn: `City ${n}`, country: "CN", ...data } });
}

export function createStartup(prisma: AppPrismaClient, data: Partial<Prisma.StartupUncheckedCreateInput> = {}) {
  const n = next();
  return prisma.startup.create({ data: { slug: `startup-${n}`, nameEn: `Startup ${n}`, ...data } });
}

export function createPerson(prisma: AppPrismaClient, data: Partial<Prisma.PersonUncheckedCreateInput> = {}) {
  const n = next();
  return prisma.person.create({ data: { slug: `person-${n}`, nameEn: `Person ${n}`, ...data } });
}

export function createOrganization(
  prisma: AppPrismaClient,
  data: Partial<Prisma.OrganizationUncheckedCreateInput> = {},
) {
  const n = next();
  return prisma.organization.create({
    data: { slug: `organization-${n}`, nameEn: `Organization ${n}`, kind: "INVESTMENT_FIRM", ...data },
  });
}

export function createEmployment(
  prisma: AppPrismaClient,
  data: Pick<Prisma.EmploymentUncheckedCreateInput, "personId" | "organizationId"> &
    Partial<Prisma.EmploymentUncheckedCreateInput>,
) {
  return prisma.employment.create({ data: { role: "Engineer", ...data } });
}

export function createFounding(
  prisma: AppPrismaClient,
  data: Pick<Prisma.FoundingUncheckedCreateInput, "personId" | "startupId"> &
    Partial<Prisma.FoundingUncheckedCreateInput>,
) {
  return prisma.founding.create({ data: { role: "FOUNDER", ...data } });
}

export function createFundingRound(
  prisma: AppPrismaClient,
  data: Pick<Prisma.FundingRoundUncheckedCreateInput, "startupId"> & Partial<Prisma.FundingRoundUncheckedCreateInput>,
) {
  return prisma.fundingRound.create({ data: { stage: "SERIES_A", amountKind: "UNDISCLOSED", ...data } });
}

export function createInvestment(
  prisma: AppPrismaClient,
  data: Pick<Prisma.InvestmentUncheckedCreateInput, "roundId"> & Partial<Prisma.InvestmentUncheckedCreateInput>,
) {
  return prisma.investment.create({ data });
}

export function createCitation(
  prisma: AppPrismaClient,
  data: Pick<Prisma.CitationUncheckedCreateInput, "sourceId" | "recordType" | "recordId"> &
    Partial<Prisma.CitationUncheckedCreateInput>,
) {
  return prisma.citation.create({ data });
}
