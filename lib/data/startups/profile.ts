import "server-only";
import { cachedRead } from "@/lib/data/cached-read";
import { RECORDS_TAG, pageTag } from "@/lib/data/cache-tags";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  AmountKind,
  Confidence,
  DatePrecision,
  FoundingRole,
  FundingStage,
  Sector,
  StartupStatus,
} from "@/lib/generated/prisma/enums";
import { getAlibabaCareers, type CareerStep } from "../careers";
import { getCitations, type RecordRef, type SourceNotes } from "../citations";
import { findRelatedStartups, type RelatedStartups } from "./related";
import { formatIsoDate } from "@/lib/format/dates";
import { estimateUsd, type UsdEstimate } from "@/lib/format/money";
import { findExchangeRates } from "../exchange-rates";

export type FundingRoundView = {
  id: number;
  announcedOn: string | null;
  announcedUntil: string | null;
  untilPrecision: DatePrecision | null;
  datePrecision: DatePrecision | null;
  stage: FundingStage;
  stageLabel: string | null;
  amountKind: AmountKind;
  /** The amount in the source's own words, when it was typed so ("数千万元"). */
  amountText: string | null;
  amountLow: string | null;
  amountHigh: string | null;
  currency: string | null;
  amountUsdLow: string | null;
  amountUsdHigh: string | null;
  /** A non-dollar amount in US dollars through a stored, dated rate, or why it is not converted. */
  usdEstimate: UsdEstimate | null;
  note: string | null;
  investors: {
    id: number;
    kind: "organization" | "person";
    slug: string;
    nameEn: string | null;
    nameZh: string | null;
    isLead: boolean;
    note: string | null;
  }[];
};

export type StartupFounder = {
  foundingId: number;
  role: FoundingRole;
  title: string | null;
  note: string | null;
  confidence: Confidence;
  person: {
    id: number;
    slug: string;
    nameEn: string | null;
    nameZh: string | null;
    label: string | null;
    bio: string | null;
  };
  career: CareerStep[];
};

export type StartupProfile = {
  id: number;
  slug: string;
  nameEn: string | null;
  nameZh: string | null;
  label: string | null;
  aliases: string[];
  description: string | null;
  foundedYear: number | null;
  foundedDate: string | null;
  foundedPrecision: DatePrecision | null;
  locationNote: string | null;
  sectors: Sector[];
  status: StartupStatus | null;
  statusNote: string | null;
  website: string | null;
  confidence: Confidence;
  updatedAt: string;
  city: { slug: string; nameEn: string; nameZh: string | null } | null;
  founders: StartupFounder[];
  fundingRounds: FundingRoundView[];
  /** The rounds disclosed in US dollars, added up (low ends). */
  totalFundingUsd: number | null;
  /** The same with the rounds converted at stored rates, and the dates of those rates; null when none was converted. */
  estimatedFundingUsd: { total: number; rateDates: string[] } | null;
  /** Rounds with an amount that is neither in US dollars nor converted (no rate, or no currency). */
  unconvertedRounds: number;
  related: RelatedStartups;
  sources: SourceNotes;
};

const decimalText = (value: Prisma.Decimal | null): string | null => (value === null ? null : value.toString());

const loadStartupProfile = cache(async (slug: string, deleted = false): Promise<StartupProfile | null> => {
  const prisma = await getPrisma();
  const startup = await prisma.startup.findFirst({
    where: { slug, deletedAt: deleted ? { not: null } : null },
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameZh: true,
      label: true,
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
      city: { select: { slug: true, nameEn: true, nameZh: true, deletedAt: true } },
      foundings: {
        where: { deletedAt: null, person: { deletedAt: null } },
        orderBy: { id: "asc" },
        select: {
          id: true,
          role: true,
          title: true,
          note: true,
          confidence: true,
          person: { select: { id: true, slug: true, nameEn: true, nameZh: true, label: true, bio: true } },
        },
      },
      fundingRounds: {
        where: { deletedAt: null },
        // Dated rounds in order; undated ones after, in the order they were recorded.
        orderBy: [{ announcedOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
        select: {
          id: true,
          announcedOn: true,
          datePrecision: true,
          announcedUntil: true,
          untilPrecision: true,
          stage: true,
          stageLabel: true,
          amountKind: true,
          amountText: true,
          amountLow: true,
          amountHigh: true,
          currency: true,
          amountUsdLow: true,
          amountUsdHigh: true,
          note: true,
          investments: {
            where: { deletedAt: null },
            orderBy: [{ isLead: "desc" }, { id: "asc" }],
            select: {
              id: true,
              isLead: true,
              note: true,
              organization: { select: { slug: true, nameEn: true, nameZh: true, deletedAt: true } },
              person: { select: { slug: true, nameEn: true, nameZh: true, label: true, deletedAt: true } },
            },
          },
        },
      },
    },
  });
  if (!startup) return null;

  const personIds = startup.foundings.map((f) => f.person.id);
  const careers = await getAlibabaCareers({ personIds });

  const rates = await findExchangeRates(prisma, {
    currencies: startup.fundingRounds.flatMap((round) => (round.currency ? [round.currency] : [])),
  });
  const fundingRounds: FundingRoundView[] = startup.fundingRounds.map((round) => ({
    id: round.id,
    announcedOn: formatIsoDate(round.announcedOn),
    datePrecision: round.datePrecision,
    announcedUntil: formatIsoDate(round.announcedUntil),
    untilPrecision: round.untilPrecision,
    stage: round.stage,
    stageLabel: round.stageLabel,
    amountKind: round.amountKind,
    amountText: round.amountText,
    amountLow: decimalText(round.amountLow),
    amountHigh: decimalText(round.amountHigh),
    currency: round.currency,
    amountUsdLow: decimalText(round.amountUsdLow),
    amountUsdHigh: decimalText(round.amountUsdHigh),
    usdEstimate: estimateUsd(
      {
        amountKind: round.amountKind,
        amountLow: decimalText(round.amountLow),
        amountHigh: decimalText(round.amountHigh),
        currency: round.currency,
        announcedOn: formatIsoDate(round.announcedOn),
      },
      rates,
    ),
    note: round.note,
    investors: round.investments.flatMap((investment) => {
      const organization =
        investment.organization && !investment.organization.deletedAt ? investment.organization : null;
      const person = investment.person && !investment.person.deletedAt ? investment.person : null;
      const who = organization ?? person;
      if (!who) return [];
      return [
        {
          id: investment.id,
          kind: organization ? ("organization" as const) : ("person" as const),
          slug: who.slug,
          nameEn: who.nameEn,
          nameZh: who.nameZh,
          isLead: investment.isLead,
          note: investment.note,
        },
      ];
    }),
  }));
  const usdAmounts = startup.fundingRounds.flatMap((round) => (round.amountUsdLow ? [Number(round.amountUsdLow)] : []));
  const converted = fundingRounds.flatMap((round) => (round.usdEstimate?.converted ? [round.usdEstimate] : []));
  const totalFundingUsd = usdAmounts.length ? usdAmounts.reduce((a, b) => a + b, 0) : null;

  const records: RecordRef[] = [
    { recordType: "STARTUP", recordId: startup.id },
    ...startup.foundings.map((f) => ({ recordType: "FOUNDING" as const, recordId: f.id })),
    ...careers.flatMap((c) => c.steps.map((step) => ({ recordType: "EMPLOYMENT" as const, recordId: step.id }))),
    ...startup.fundingRounds.map((r) => ({ recordType: "FUNDING_ROUND" as const, recordId: r.id })),
    ...startup.fundingRounds.flatMap((r) =>
      r.investments.map((i) => ({ recordType: "INVESTMENT" as const, recordId: i.id })),
    ),
  ];
  const [sources, related] = await Promise.all([getCitations({ records }), findRelatedStartups(startup.id)]);

  const city = startup.city && !startup.city.deletedAt ? startup.city : null;
  return {
    id: startup.id,
    slug: startup.slug,
    nameEn: startup.nameEn,
    nameZh: startup.nameZh,
    label: startup.label,
    aliases: startup.aliases,
    description: startup.description,
    foundedYear: startup.foundedYear,
    foundedDate: formatIsoDate(startup.foundedDate),
    foundedPrecision: startup.foundedPrecision,
    locationNote: startup.locationNote,
    sectors: startup.sectors,
    status: startup.status,
    statusNote: startup.statusNote,
    website: startup.website,
    confidence: startup.confidence,
    updatedAt: startup.updatedAt.toISOString(),
    city: city ? { slug: city.slug, nameEn: city.nameEn, nameZh: city.nameZh } : null,
    founders: startup.foundings.map((f) => ({
      foundingId: f.id,
      role: f.role,
      title: f.title,
      note: f.note,
      confidence: f.confidence,
      person: f.person,
      career: careers.find((c) => c.personId === f.person.id)?.steps ?? [],
    })),
    fundingRounds,
    totalFundingUsd,
    estimatedFundingUsd: converted.length
      ? {
          total: (totalFundingUsd ?? 0) + converted.reduce((sum, estimate) => sum + estimate.low, 0),
          rateDates: [...new Set(converted.map((estimate) => estimate.rate.rateOn))].sort(),
        }
      : null,
    unconvertedRounds: fundingRounds.filter((round) => round.usdEstimate && !round.usdEstimate.converted).length,
    related,
    sources,
  };
});

/** A start-up's profile: names, facts, founders with their Alibaba careers, rounds, related start-ups, sources. */
export const getStartupBySlug = cachedRead(
  "startup",
  ({ slug }: { slug: string }) => [pageTag(`/startups/${slug}`), RECORDS_TAG],
  ({ slug }: { slug: string }): Promise<StartupProfile | null> => loadStartupProfile(slug),
);

/**
 * A start-up deleted since, for its page `?asOf=` a date before the deletion (lib/data/as-of/profiles.ts
 * decides whether it existed then). Not cached: asked for only by dated views of deleted records.
 */
export const getDeletedStartupBySlug = (slug: string): Promise<StartupProfile | null> => loadStartupProfile(slug, true);
