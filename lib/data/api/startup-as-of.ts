import "server-only";
import { getPrisma } from "@/lib/db";
import { foundingLinks, fundingRoundLinks, startupLinks } from "@/lib/api/links";
import {
  foundingSchema,
  fundingRoundSchema,
  startupSchema,
  type ApiCitation,
  type ApiFundingRound,
  type ApiStartup,
} from "@/lib/api/schemas";
import { toSnapshot, type Snapshot } from "@/lib/history/snapshot";
import { isSector } from "@/lib/labels";
import { childrenAt, snapshotsAt } from "./as-of";
import {
  PUBLIC,
  cityRefOrNull,
  cityRefSelect,
  citationView,
  organizationRef,
  organizationRefSelect,
  personRef,
  personRefSelect,
  sourceRefSelect,
} from "./shared";

// A start-up's API record as it was on a date (?asOf=): its own fields, foundings, rounds with
// investments and citations rebuilt from the history (lib/data/api/as-of.ts). People, investors,
// cities and sources it points at are named as they are now. A record that is deleted or synthetic
// today is not shown at any date.

const str = (value: Snapshot[string] | undefined): string | null => (typeof value === "string" ? value : null);
const num = (value: Snapshot[string] | undefined): number | null =>
  typeof value === "number"
    ? value
    : typeof value === "string" && value !== "" && !Number.isNaN(Number(value))
      ? Number(value)
      : null;
const strs = (value: Snapshot[string] | undefined): string[] => (Array.isArray(value) ? value : []);
const day = (value: Snapshot[string] | undefined): string | null => str(value)?.slice(0, 10) ?? null;
/** Decimals are stored as text in snapshots; keep the API's plain decimal form. */
const decimal = (value: Snapshot[string] | undefined): string | null => {
  const text = str(value) ?? (typeof value === "number" ? String(value) : null);
  return text !== null && /^-?\d+(\.\d+)?$/.test(text) ? text : null;
};

/** Rows as snapshots, for the history to start from. */
const snapshots = <T extends Record<string, unknown>>(rows: T[]) => rows.map((row) => toSnapshot(row));

export async function getApiStartupAsOf({
  slug,
  at,
  includeCitations,
}: {
  slug: string;
  /** The end of the requested day. */
  at: Date;
  includeCitations: boolean;
}): Promise<ApiStartup | null> {
  const prisma = await getPrisma();
  const row = await prisma.startup.findFirst({ where: { slug, ...PUBLIC } });
  if (!row) return null;
  const state = (
    await snapshotsAt({ recordType: "STARTUP", ids: [row.id], current: new Map([[row.id, toSnapshot(row)]]), at })
  ).get(row.id);
  if (!state) return null;

  const [city, foundings, rounds] = await Promise.all([
    num(state.cityId) === null
      ? null
      : prisma.city.findUnique({ where: { id: num(state.cityId)! }, select: cityRefSelect }),
    childrenAt({
      recordType: "FOUNDING",
      column: "startupId",
      parentId: row.id,
      at,
      currentRows: async (ids) =>
        snapshots(await prisma.founding.findMany({ where: ids.length ? { id: { in: ids } } : { startupId: row.id } })),
    }),
    childrenAt({
      recordType: "FUNDING_ROUND",
      column: "startupId",
      parentId: row.id,
      at,
      currentRows: async (ids) =>
        snapshots(
          await prisma.fundingRound.findMany({ where: ids.length ? { id: { in: ids } } : { startupId: row.id } }),
        ),
    }),
  ]);

  const people = new Map(
    (
      await prisma.person.findMany({
        where: { ...PUBLIC, id: { in: foundings.map((founding) => num(founding.personId) ?? 0) } },
        select: { id: true, ...personRefSelect },
      })
    ).map((person) => [person.id, person]),
  );

  const fundingRounds: Omit<ApiFundingRound, "startup" | "citations">[] = [];
  for (const round of rounds) {
    const investments = await childrenAt({
      recordType: "INVESTMENT",
      column: "roundId",
      parentId: Number(round.id),
      at,
      currentRows: async (ids) =>
        snapshots(
          await prisma.investment.findMany({ where: ids.length ? { id: { in: ids } } : { roundId: Number(round.id) } }),
        ),
    });
    const [organizations, investors] = await Promise.all([
      prisma.organization.findMany({
        where: { ...PUBLIC, id: { in: investments.map((i) => num(i.organizationId) ?? 0) } },
        select: { id: true, ...organizationRefSelect },
      }),
      prisma.person.findMany({
        where: { ...PUBLIC, id: { in: investments.map((i) => num(i.personId) ?? 0) } },
        select: { id: true, ...personRefSelect },
      }),
    ]);
    fundingRounds.push({
      id: Number(round.id),
      announcedOn: day(round.announcedOn),
      datePrecision: fundingRoundSchema.shape.datePrecision.parse(str(round.datePrecision)),
      announcedUntil: day(round.announcedUntil),
      untilPrecision: fundingRoundSchema.shape.untilPrecision.parse(str(round.untilPrecision)),
      stage: fundingRoundSchema.shape.stage.parse(str(round.stage)),
      stageLabel: str(round.stageLabel),
      amountText: str(round.amountText),
      amountKind: fundingRoundSchema.shape.amountKind.parse(str(round.amountKind)),
      amountLow: decimal(round.amountLow),
      amountHigh: decimal(round.amountHigh),
      currency: str(round.currency),
      amountUsdLow: decimal(round.amountUsdLow),
      amountUsdHigh: decimal(round.amountUsdHigh),
      note: str(round.note),
      investments: investments.flatMap((investment) => {
        const organization = organizations.find((o) => o.id === num(investment.organizationId));
        const person = investors.find((p) => p.id === num(investment.personId));
        const investor: ApiFundingRound["investments"][number]["investor"] | null = organization
          ? { type: "organization", organization: organizationRef(organization) }
          : person
            ? { type: "person", person: personRef(person) }
            : null;
        return investor
          ? [{ id: Number(investment.id), investor, isLead: investment.isLead === true, note: str(investment.note) }]
          : [];
      }),
      links: fundingRoundLinks(Number(round.id)),
    });
  }
  fundingRounds.sort((a, b) => (a.announcedOn ?? "9999").localeCompare(b.announcedOn ?? "9999") || a.id - b.id);

  return {
    slug: row.slug,
    nameEn: str(state.nameEn),
    nameZh: str(state.nameZh),
    label: str(state.label),
    pinyin: str(state.pinyin),
    aliases: strs(state.aliases),
    description: str(state.description),
    foundedYear: num(state.foundedYear),
    foundedDate: day(state.foundedDate),
    // A founding day stored before precision was kept (issue 14) is a day.
    foundedPrecision: state.foundedDate
      ? startupSchema.shape.foundedPrecision.parse(str(state.foundedPrecision) ?? "DAY")
      : null,
    city: cityRefOrNull(city),
    locationNote: str(state.locationNote),
    sectors: strs(state.sectors).filter(isSector),
    status: startupSchema.shape.status.parse(str(state.status)),
    statusNote: str(state.statusNote),
    website: str(state.website),
    confidence: startupSchema.shape.confidence.parse(str(state.confidence) ?? "HIGH"),
    updatedAt: new Date(str(state.updatedAt) ?? row.updatedAt.toISOString()).toISOString(),
    foundings: foundings.flatMap((founding) => {
      const person = people.get(num(founding.personId) ?? 0);
      return person
        ? [
            {
              id: Number(founding.id),
              person: personRef(person),
              role: foundingSchema.shape.role.parse(str(founding.role)),
              title: str(founding.title),
              note: str(founding.note),
              confidence: foundingSchema.shape.confidence.parse(str(founding.confidence) ?? "HIGH"),
              links: foundingLinks(Number(founding.id)),
            },
          ]
        : [];
    }),
    fundingRounds,
    links: startupLinks(row.slug),
    ...(includeCitations ? { citations: await citationsAt(row.id, at) } : {}),
  };
}

async function citationsAt(startupId: number, at: Date): Promise<ApiCitation[]> {
  const prisma = await getPrisma();
  const states = await childrenAt({
    recordType: "CITATION",
    column: "recordId",
    parentId: startupId,
    at,
    currentRows: async (ids) =>
      snapshots(
        await prisma.citation.findMany({
          where: ids.length ? { id: { in: ids } } : { recordType: "STARTUP", recordId: startupId },
        }),
      ),
  });
  const ofStartup = states.filter((state) => state.recordType === "STARTUP");
  const sources = await prisma.source.findMany({
    where: { ...PUBLIC, id: { in: ofStartup.map((state) => num(state.sourceId) ?? 0) } },
    select: sourceRefSelect,
  });
  return ofStartup.flatMap((state) => {
    const source = sources.find((candidate) => candidate.id === num(state.sourceId));
    return source
      ? [
          citationView({
            id: Number(state.id),
            recordType: "STARTUP",
            recordId: startupId,
            field: str(state.field),
            claimedValue: str(state.claimedValue),
            quote: str(state.quote),
            note: str(state.note),
            source,
          } satisfies Parameters<typeof citationView>[0]),
        ]
      : [];
  });
}
