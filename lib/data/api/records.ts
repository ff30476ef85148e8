import "server-only";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FundingStage } from "@/lib/generated/prisma/enums";
import type { KeysetCursor } from "@/lib/api/cursor";
import { employmentLinks, foundingLinks } from "@/lib/api/links";
import type { ApiEmployment, ApiFounding, ApiFundingRound } from "@/lib/api/schemas";
import {
  PUBLIC,
  findCitationsOf,
  inOrder,
  keysetIds,
  organizationRef,
  organizationRefSelect,
  personRef,
  personRefSelect,
  startupRef,
  startupRefSelect,
} from "./shared";
import { fundingRoundSelect, fundingRoundView } from "./startups";

// Funding rounds (with their investments), foundings and employments: the records that join
// start-ups, people and organisations. Listed by id; a row shows only when both ends are public.

const bySlug = (table: string, slug: string) =>
  Prisma.sql`(SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE slug = ${slug} AND "deletedAt" IS NULL AND NOT synthetic)`;

const roundSelect = { ...fundingRoundSelect, startup: { select: startupRefSelect } } as const;

function roundView(row: Prisma.FundingRoundGetPayload<{ select: typeof roundSelect }>): ApiFundingRound {
  return { ...fundingRoundView(row), startup: startupRef(row.startup) };
}

export async function findApiFundingRounds({
  startup,
  investor,
  stage,
  after,
  limit,
}: {
  startup: string | null;
  investor: string | null;
  stage: FundingStage | null;
  after: KeysetCursor | null;
  limit: number;
}): Promise<{ items: ApiFundingRound[]; next: KeysetCursor | null }> {
  const where: Prisma.Sql[] = [
    Prisma.sql`EXISTS (SELECT 1 FROM "Startup" s WHERE s.id = r."startupId" AND s."deletedAt" IS NULL AND NOT s.synthetic)`,
  ];
  if (startup) where.push(Prisma.sql`r."startupId" = ${bySlug("Startup", startup)}`);
  if (stage) where.push(Prisma.sql`r.stage = ${stage}::"FundingStage"`);
  if (investor) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Investment" i WHERE i."roundId" = r.id
      AND i."deletedAt" IS NULL AND NOT i.synthetic AND i."organizationId" = ${bySlug("Organization", investor)})`);
  }
  const { ids, next } = await keysetIds({ table: "FundingRound", alias: "r", where, sortKey: null, after, limit });
  const prisma = await getPrisma();
  const rows = await prisma.fundingRound.findMany({ where: { id: { in: ids } }, select: roundSelect });
  return { items: inOrder(ids, rows).map(roundView), next };
}

export async function getApiFundingRound({
  id,
  includeCitations,
}: {
  id: number;
  includeCitations: boolean;
}): Promise<ApiFundingRound | null> {
  const prisma = await getPrisma();
  const row = await prisma.fundingRound.findFirst({ where: { id, ...PUBLIC, startup: PUBLIC }, select: roundSelect });
  if (!row) return null;
  return {
    ...roundView(row),
    ...(includeCitations ? { citations: await findCitationsOf("FUNDING_ROUND", id) } : {}),
  };
}

const foundingSelect = {
  id: true,
  role: true,
  title: true,
  note: true,
  confidence: true,
  person: { select: personRefSelect },
  startup: { select: startupRefSelect },
} as const;

function foundingView(row: Prisma.FoundingGetPayload<{ select: typeof foundingSelect }>): ApiFounding {
  return { ...row, person: personRef(row.person), startup: startupRef(row.startup), links: foundingLinks(row.id) };
}

const publicEnds = (...tables: [string, string][]) =>
  tables.map(
    ([table, column]) =>
      Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(`"${table}"`)} x WHERE x.id = ${Prisma.raw(column)}
        AND x."deletedAt" IS NULL AND NOT x.synthetic)`,
  );

export async function findApiFoundings({
  startup,
  person,
  after,
  limit,
}: {
  startup: string | null;
  person: string | null;
  after: KeysetCursor | null;
  limit: number;
}): Promise<{ items: ApiFounding[]; next: KeysetCursor | null }> {
  const where = publicEnds(["Startup", `f."startupId"`], ["Person", `f."personId"`]);
  if (startup) where.push(Prisma.sql`f."startupId" = ${bySlug("Startup", startup)}`);
  if (person) where.push(Prisma.sql`f."personId" = ${bySlug("Person", person)}`);
  const { ids, next } = await keysetIds({ table: "Founding", alias: "f", where, sortKey: null, after, limit });
  const prisma = await getPrisma();
  const rows = await prisma.founding.findMany({ where: { id: { in: ids } }, select: foundingSelect });
  return { items: inOrder(ids, rows).map(foundingView), next };
}

export async function getApiFounding({
  id,
  includeCitations,
}: {
  id: number;
  includeCitations: boolean;
}): Promise<ApiFounding | null> {
  const prisma = await getPrisma();
  const row = await prisma.founding.findFirst({
    where: { id, ...PUBLIC, startup: PUBLIC, person: PUBLIC },
    select: foundingSelect,
  });
  if (!row) return null;
  return { ...foundingView(row), ...(includeCitations ? { citations: await findCitationsOf("FOUNDING", id) } : {}) };
}

const employmentSelect = {
  id: true,
  role: true,
  startYear: true,
  startMonth: true,
  endYear: true,
  endMonth: true,
  isCurrent: true,
  endNotStated: true,
  note: true,
  person: { select: personRefSelect },
  organization: { select: organizationRefSelect },
} as const;

function employmentView(row: Prisma.EmploymentGetPayload<{ select: typeof employmentSelect }>): ApiEmployment {
  return {
    ...row,
    person: personRef(row.person),
    organization: organizationRef(row.organization),
    links: employmentLinks(row.id),
  };
}

export async function findApiEmployments({
  person,
  organization,
  after,
  limit,
}: {
  person: string | null;
  organization: string | null;
  after: KeysetCursor | null;
  limit: number;
}): Promise<{ items: ApiEmployment[]; next: KeysetCursor | null }> {
  const where = publicEnds(["Person", `e."personId"`], ["Organization", `e."organizationId"`]);
  if (person) where.push(Prisma.sql`e."personId" = ${bySlug("Person", person)}`);
  if (organization) where.push(Prisma.sql`e."organizationId" = ${bySlug("Organization", organization)}`);
  const { ids, next } = await keysetIds({ table: "Employment", alias: "e", where, sortKey: null, after, limit });
  const prisma = await getPrisma();
  const rows = await prisma.employment.findMany({ where: { id: { in: ids } }, select: employmentSelect });
  return { items: inOrder(ids, rows).map(employmentView), next };
}

export async function getApiEmployment({
  id,
  includeCitations,
}: {
  id: number;
  includeCitations: boolean;
}): Promise<ApiEmployment | null> {
  const prisma = await getPrisma();
  const row = await prisma.employment.findFirst({
    where: { id, ...PUBLIC, person: PUBLIC, organization: PUBLIC },
    select: employmentSelect,
  });
  if (!row) return null;
  return {
    ...employmentView(row),
    ...(includeCitations ? { citations: await findCitationsOf("EMPLOYMENT", id) } : {}),
  };
}
