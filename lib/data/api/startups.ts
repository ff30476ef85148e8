import "server-only";
import { getPrisma } from "@/lib/db";
import { cityLinks, foundingLinks, fundingRoundLinks, startupLinks } from "@/lib/api/links";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApiAlumniCount, ApiFundingRound, ApiInvestment, ApiStartup, ApiStartupListItem } from "@/lib/api/schemas";
import type { StartupListParams } from "@/lib/validation/search-params";
import { alumniFromNullable, describeAlumni } from "@/lib/charts/alumni";
import { getFilterLabels } from "../startups/filter-options";
import { countStartupsLeftOut, findStartups } from "../startups/list";
import {
  PUBLIC,
  cityRefOrNull,
  cityRefSelect,
  decimalText,
  findCitationsOf,
  isoDay,
  organizationRef,
  organizationRefSelect,
  personRef,
  personRefSelect,
  withoutId,
} from "./shared";

// Start-ups for the public API: the list is the browse page's own query (same filters, search,
// sort and order) with synthetic rows left out; a profile is read here in the API's shape.

/**
 * Whether any synthetic start-up exists (a lookup in the partial Startup_synthetic_idx). Real
 * databases have none, and then the API runs the list page's query as it is, fast paths included.
 */
export async function hasSyntheticStartups(): Promise<boolean> {
  const prisma = await getPrisma();
  const [row] = await prisma.$queryRaw<{ found: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "Startup" WHERE synthetic) AS found`;
  return row?.found ?? true;
}

export async function findApiStartups({
  params,
  pageSize,
}: {
  params: StartupListParams;
  pageSize: number;
}): Promise<{ items: ApiStartupListItem[]; total: number; alumni: ApiAlumniCount }> {
  const publicOnly = await hasSyntheticStartups();
  const [result, yearsNotReported, names] = await Promise.all([
    findStartups({ params, pageSize, publicOnly }),
    countStartupsLeftOut(params, publicOnly),
    params.unit ? getFilterLabels(null, params.unit) : null,
  ]);
  return {
    total: result.total,
    // The alumni switch's definition travels with every list, like the charts' subtitles.
    alumni: {
      definition: describeAlumni(alumniFromNullable(params), params.unit ? (names?.unit ?? params.unit) : null),
      yearsNotReported,
    },
    items: result.items.map(({ city, founders, ...item }) => ({
      ...withoutId(item),
      // The list's city as API v1 has always given it (the pages' Chinese name is not part of it).
      city: city ? { slug: city.slug, nameEn: city.nameEn, links: cityLinks(city.slug) } : null,
      founders: founders.map(personRef),
      links: startupLinks(item.slug),
    })),
  };
}

export const investmentSelect = {
  id: true,
  isLead: true,
  note: true,
  organization: { select: organizationRefSelect },
  person: { select: personRefSelect },
} as const;

/** Investments whose investor is public too. */
export const PUBLIC_INVESTMENT: Prisma.InvestmentWhereInput = {
  ...PUBLIC,
  OR: [{ organization: { is: PUBLIC } }, { person: { is: PUBLIC } }],
};

export const fundingRoundSelect = {
  id: true,
  announcedOn: true,
  datePrecision: true,
  announcedUntil: true,
  untilPrecision: true,
  stage: true,
  stageLabel: true,
  amountText: true,
  amountKind: true,
  amountLow: true,
  amountHigh: true,
  currency: true,
  amountUsdLow: true,
  amountUsdHigh: true,
  note: true,
  investments: { where: PUBLIC_INVESTMENT, orderBy: { id: "asc" }, select: investmentSelect },
} as const;

type InvestmentRow = Prisma.InvestmentGetPayload<{ select: typeof investmentSelect }>;

export function investmentView(row: InvestmentRow): ApiInvestment {
  const investor: ApiInvestment["investor"] = row.organization
    ? { type: "organization", organization: organizationRef(row.organization) }
    : { type: "person", person: personRef(row.person!) };
  return { id: row.id, investor, isLead: row.isLead, note: row.note };
}

type RoundRow = Prisma.FundingRoundGetPayload<{ select: typeof fundingRoundSelect }>;

export function fundingRoundView(row: RoundRow): Omit<ApiFundingRound, "startup" | "citations"> {
  return {
    id: row.id,
    announcedOn: isoDay(row.announcedOn),
    datePrecision: row.datePrecision,
    announcedUntil: isoDay(row.announcedUntil),
    untilPrecision: row.untilPrecision,
    stage: row.stage,
    stageLabel: row.stageLabel,
    amountText: row.amountText,
    amountKind: row.amountKind,
    amountLow: decimalText(row.amountLow),
    amountHigh: decimalText(row.amountHigh),
    currency: row.currency,
    amountUsdLow: decimalText(row.amountUsdLow),
    amountUsdHigh: decimalText(row.amountUsdHigh),
    note: row.note,
    investments: row.investments.map(investmentView),
    links: fundingRoundLinks(row.id),
  };
}

export async function getApiStartup({
  slug,
  includeCitations,
}: {
  slug: string;
  includeCitations: boolean;
}): Promise<ApiStartup | null> {
  const prisma = await getPrisma();
  const row = await prisma.startup.findFirst({
    where: { slug, ...PUBLIC },
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameZh: true,
      label: true,
      pinyin: true,
      aliases: true,
      description: true,
      foundedYear: true,
      foundedDate: true,
      foundedPrecision: true,
      locationNote: true,
      sectors: true,
      status: true,
      statusNote: true,
      website: true,
      confidence: true,
      updatedAt: true,
      city: { select: cityRefSelect },
      foundings: {
        where: { ...PUBLIC, person: PUBLIC },
        orderBy: { id: "asc" },
        select: {
          id: true,
          role: true,
          title: true,
          note: true,
          confidence: true,
          person: { select: personRefSelect },
        },
      },
      fundingRounds: {
        where: PUBLIC,
        orderBy: [{ announcedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
        select: fundingRoundSelect,
      },
    },
  });
  if (!row) return null;
  const { id, city, foundings, fundingRounds, foundedDate, updatedAt, ...fields } = row;
  return {
    ...fields,
    foundedDate: isoDay(foundedDate),
    updatedAt: updatedAt.toISOString(),
    city: cityRefOrNull(city),
    foundings: foundings.map(({ person, ...founding }) => ({
      ...founding,
      person: personRef(person),
      links: foundingLinks(founding.id),
    })),
    fundingRounds: fundingRounds.map(fundingRoundView),
    links: startupLinks(row.slug),
    ...(includeCitations ? { citations: await findCitationsOf("STARTUP", id) } : {}),
  };
}
