import { readFileSync } from "node:fs";
import path from "node:path";
import type { AppPrismaClient } from "../../lib/db/connection";
import { Prisma, type CitationRecordType, type SlugRecordType } from "../../lib/generated/prisma/client";
import { toPinyin } from "../../lib/text/pinyin";
import { parseSeedData, type SeedCitation, type SeedData } from "../../lib/validation/seed-data";

/** The checked-in seed data; the app never reads the research files it was written from. */
export const seedDataPath = path.join(process.cwd(), "prisma", "seed", "data.json");

export function loadSeedData(file: string = seedDataPath): SeedData {
  return parseSeedData(JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8")));
}

export const seedModels = [
  "source",
  "city",
  "organization",
  "person",
  "employment",
  "startup",
  "founding",
  "fundingRound",
  "investment",
  "reportedFigure",
  "citation",
  "slugRedirect",
] as const;

export type SeedModel = (typeof seedModels)[number];
export type SeedCounts = { created: number; updated: number; unchanged: number };
export type SeedSummary = Record<SeedModel, SeedCounts>;

type Row = { id: number } & Record<string, unknown>;
type Fields = Record<string, unknown>;

// The few delegate methods the seed uses, shared by every model so one `upsertByKey` serves them all.
type Delegate = {
  findFirst(args: { where: Fields; orderBy: { id: "asc" } }): Promise<Row | null>;
  create(args: { data: Fields }): Promise<Row>;
  update(args: { where: { id: number }; data: Fields }): Promise<Row>;
};

type PendingCitation = { recordType: CitationRecordType; recordId: number; citation: SeedCitation };

const date = (value: string | undefined): Date | null =>
  value === undefined ? null : new Date(`${value}T00:00:00.000Z`);

/** A date as reported (2025, 2025-10 or 2025-10-21) as a stored date and its precision. */
export function reportedDate(value: string | undefined): {
  on: Date | null;
  precision: "YEAR" | "MONTH" | "DAY" | null;
} {
  if (value === undefined) return { on: null, precision: null };
  if (value.length === 4) return { on: date(`${value}-01-01`), precision: "YEAR" };
  if (value.length === 7) return { on: date(`${value}-01`), precision: "MONTH" };
  return { on: date(value), precision: "DAY" };
}

type SluggedModel = "city" | "organization" | "person" | "startup" | "reportedFigure";
const slugRecordTypes: Record<SluggedModel, SlugRecordType> = {
  city: "CITY",
  organization: "ORGANIZATION",
  person: "PERSON",
  startup: "STARTUP",
  reportedFigure: "REPORTED_FIGURE",
};
const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

/**
 * Writes the seed data in one transaction. Each record is found by its natural key, created when
 * missing, updated only when a field differs and otherwise left alone, so a second run writes
 * nothing (not even updatedAt). Nothing is deleted: rows removed from the data file stay.
 */
export async function seedDatabase(
  prisma: AppPrismaClient,
  options: { log?: (line: string) => void; data?: SeedData } = {},
): Promise<SeedSummary> {
  const data = options.data ?? loadSeedData();
  const summary = Object.fromEntries(
    seedModels.map((model) => [model, { created: 0, updated: 0, unchanged: 0 }]),
  ) as SeedSummary;
  await prisma.$transaction((tx) => new Seeder(tx, data, summary).run(), { timeout: 120_000, maxWait: 20_000 });
  for (const model of seedModels) {
    const counts = summary[model];
    options.log?.(`${model}: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`);
  }
  return summary;
}

class Seeder {
  private readonly sourceIds = new Map<string, number>();
  private readonly cityIds = new Map<string, number>();
  private readonly organizationIds = new Map<string, number>();
  private readonly personIds = new Map<string, number>();
  private readonly figureIds = new Map<string, number>();
  private readonly citations: PendingCitation[] = [];

  constructor(
    private readonly tx: Prisma.TransactionClient,
    private readonly data: SeedData,
    private readonly summary: SeedSummary,
  ) {}

  async run(): Promise<void> {
    await this.tx.dataRelease.upsert({
      where: { compiledOn: date(this.data.compiledOn)! },
      create: { compiledOn: date(this.data.compiledOn)! },
      update: {},
    });
    await this.seedSources();
    await this.seedCities();
    for (const slug of Object.keys(this.data.organizations)) await this.seedOrganization(slug, new Set());
    await this.seedPeople();
    await this.seedStartups();
    for (const slug of Object.keys(this.data.reportedFigures)) await this.seedFigure(slug);
    await this.seedCitations();
  }

  private delegate(model: Exclude<SeedModel, "citation" | "slugRedirect">): Delegate {
    return this.tx[model] as unknown as Delegate;
  }

  /**
   * A record whose slug was corrected: when nothing holds the new slug yet but a record holds a
   * former one, that record takes the new slug (so a re-seed renames instead of duplicating). Every
   * former slug then redirects to the record.
   */
  private async renameFromFormerSlug(model: SluggedModel, slug: string, formerSlugs: string[] = []): Promise<void> {
    if (formerSlugs.length === 0) return;
    const delegate = this.delegate(model);
    if (await delegate.findFirst({ where: { slug }, orderBy: { id: "asc" } })) return;
    const old = await delegate.findFirst({ where: { slug: { in: formerSlugs } }, orderBy: { id: "asc" } });
    if (old) {
      await delegate.update({ where: { id: old.id }, data: { slug, version: { increment: 1 } } });
      this.summary[model].updated++;
    }
  }

  private async seedRedirects(model: SluggedModel, recordId: number, formerSlugs: string[] = []): Promise<void> {
    const recordType = slugRecordTypes[model];
    for (const slug of formerSlugs) {
      const existing = await this.tx.slugRedirect.findUnique({ where: { recordType_slug: { recordType, slug } } });
      if (!existing) {
        await this.tx.slugRedirect.create({ data: { recordType, slug, recordId } });
        this.summary.slugRedirect.created++;
      } else if (existing.recordId !== recordId) {
        await this.tx.slugRedirect.update({ where: { id: existing.id }, data: { recordId } });
        this.summary.slugRedirect.updated++;
      } else {
        this.summary.slugRedirect.unchanged++;
      }
    }
  }

  private async upsertByKey(
    model: Exclude<SeedModel, "citation" | "slugRedirect">,
    key: Fields,
    fields: Fields,
  ): Promise<number> {
    const delegate = this.delegate(model);
    const existing = await delegate.findFirst({ where: key, orderBy: { id: "asc" } });
    if (!existing) {
      const created = await delegate.create({ data: { ...key, ...fields, synthetic: false } });
      this.summary[model].created++;
      return created.id;
    }
    const changed = changedFields(existing, { ...fields, synthetic: false });
    if (Object.keys(changed).length === 0) {
      this.summary[model].unchanged++;
    } else {
      await delegate.update({ where: { id: existing.id }, data: { ...changed, version: { increment: 1 } } });
      this.summary[model].updated++;
    }
    return existing.id;
  }

  private cite(recordType: CitationRecordType, recordId: number, citations: SeedCitation[]): void {
    for (const citation of citations) this.citations.push({ recordType, recordId, citation });
  }

  private async seedSources(): Promise<void> {
    for (const [key, source] of Object.entries(this.data.sources)) {
      const id = await this.upsertByKey(
        "source",
        { url: source.url },
        {
          publisher: source.publisher,
          originalPublisher: orNull(source.originalPublisher),
          canonicalUrl: orNull(source.canonicalUrl),
          title: orNull(source.title),
          publishedOn: reportedDate(source.publishedOn).on,
          publishedPrecision: reportedDate(source.publishedOn).precision,
          retrievedOn: date(source.retrievedOn),
          language: source.language,
          kind: source.kind,
          note: orNull(source.note),
        },
      );
      this.sourceIds.set(key, id);
    }
  }

  private async seedCities(): Promise<void> {
    for (const [slug, city] of Object.entries(this.data.cities)) {
      await this.renameFromFormerSlug("city", slug, city.formerSlugs);
      const id = await this.upsertByKey(
        "city",
        { slug },
        {
          nameEn: city.nameEn,
          nameZh: orNull(city.nameZh),
          pinyin: toPinyin(city.nameZh),
          region: orNull(city.region),
          country: city.country,
          latitude: orNull(city.latitude),
          longitude: orNull(city.longitude),
        },
      );
      this.cityIds.set(slug, id);
      await this.seedRedirects("city", id, city.formerSlugs);
      this.cite("CITY", id, city.citations);
    }
  }

  /** Parents first, so that parentId can be set; the schema has already ruled out loops. */
  private async seedOrganization(slug: string, visiting: Set<string>): Promise<number> {
    const known = this.organizationIds.get(slug);
    if (known !== undefined) return known;
    const organization = this.data.organizations[slug];
    if (!organization || visiting.has(slug)) throw new Error(`Organization "${slug}" is missing or its parents loop`);
    visiting.add(slug);
    const parentId = organization.parent ? await this.seedOrganization(organization.parent, visiting) : null;
    await this.renameFromFormerSlug("organization", slug, organization.formerSlugs);
    const id = await this.upsertByKey(
      "organization",
      { slug },
      {
        nameEn: organization.nameEn,
        nameZh: orNull(organization.nameZh),
        pinyin: toPinyin(organization.nameZh),
        aliases: organization.aliases ?? [],
        kind: organization.kind,
        parentId,
        description: orNull(organization.description),
        website: orNull(organization.website),
      },
    );
    this.organizationIds.set(slug, id);
    await this.seedRedirects("organization", id, organization.formerSlugs);
    this.cite("ORGANIZATION", id, organization.citations);
    return id;
  }

  private async seedPeople(): Promise<void> {
    for (const [slug, person] of Object.entries(this.data.people)) {
      await this.renameFromFormerSlug("person", slug, person.formerSlugs);
      const personId = await this.upsertByKey(
        "person",
        { slug },
        {
          nameEn: orNull(person.nameEn),
          nameZh: orNull(person.nameZh),
          pinyin: toPinyin(person.nameZh, { person: true }),
          aliases: person.aliases ?? [],
          bio: orNull(person.bio),
        },
      );
      this.personIds.set(slug, personId);
      await this.seedRedirects("person", personId, person.formerSlugs);
      this.cite("PERSON", personId, person.citations);
    }
    // Employments after every person exists; they only point at people and organizations.
    for (const [slug, person] of Object.entries(this.data.people)) {
      for (const employment of person.employments) {
        const id = await this.upsertByKey(
          "employment",
          {
            personId: this.id(this.personIds, slug),
            organizationId: this.id(this.organizationIds, employment.organization),
            role: orNull(employment.role),
            startYear: orNull(employment.startYear),
          },
          {
            startMonth: orNull(employment.startMonth),
            endYear: orNull(employment.endYear),
            endMonth: orNull(employment.endMonth),
            isCurrent: employment.isCurrent ?? false,
            endNotStated: employment.endNotStated ?? false,
            note: orNull(employment.note),
          },
        );
        this.cite("EMPLOYMENT", id, employment.citations);
      }
    }
  }

  private async seedStartups(): Promise<void> {
    for (const [slug, startup] of Object.entries(this.data.startups)) {
      await this.renameFromFormerSlug("startup", slug, startup.formerSlugs);
      const startupId = await this.upsertByKey(
        "startup",
        { slug },
        {
          nameEn: orNull(startup.nameEn),
          nameZh: orNull(startup.nameZh),
          label: orNull(startup.label),
          pinyin: toPinyin(startup.nameZh),
          aliases: startup.aliases ?? [],
          description: orNull(startup.description),
          foundedYear: orNull(startup.foundedYear),
          foundedDate: date(startup.foundedDate),
          // The seed states a founding day or nothing finer than the year.
          foundedPrecision: startup.foundedDate ? "DAY" : null,
          cityId: startup.city ? this.id(this.cityIds, startup.city) : null,
          locationNote: orNull(startup.locationNote),
          sectors: startup.sectors ?? [],
          status: orNull(startup.status),
          statusNote: orNull(startup.statusNote),
          website: orNull(startup.website),
          confidence: startup.confidence ?? "HIGH",
        },
      );
      this.cite("STARTUP", startupId, startup.citations);
      await this.seedRedirects("startup", startupId, startup.formerSlugs);

      for (const founding of startup.foundings) {
        const id = await this.upsertByKey(
          "founding",
          { personId: this.id(this.personIds, founding.person), startupId },
          {
            role: founding.role,
            title: orNull(founding.title),
            note: orNull(founding.note),
            confidence: founding.confidence ?? "HIGH",
          },
        );
        this.cite("FOUNDING", id, founding.citations);
      }

      for (const round of startup.fundingRounds) {
        const roundId = await this.upsertByKey(
          "fundingRound",
          {
            startupId,
            stage: round.stage,
            stageLabel: orNull(round.stageLabel),
            announcedOn: date(round.announcedOn),
            amountLow: orNull(round.amountLow),
          },
          {
            datePrecision: orNull(round.datePrecision),
            amountKind: round.amountKind,
            amountHigh: orNull(round.amountHigh),
            currency: orNull(round.currency),
            amountUsdLow: orNull(round.amountUsdLow),
            amountUsdHigh: orNull(round.amountUsdHigh),
            note: orNull(round.note),
          },
        );
        this.cite("FUNDING_ROUND", roundId, round.citations);

        for (const investment of round.investments) {
          const investor = investment.organization
            ? { organizationId: this.id(this.organizationIds, investment.organization) }
            : { personId: this.id(this.personIds, investment.person) };
          const other = investment.organization ? { personId: null } : { organizationId: null };
          const id = await this.upsertByKey(
            "investment",
            { roundId, ...investor },
            { ...other, isLead: investment.isLead ?? false, note: orNull(investment.note) },
          );
          this.cite("INVESTMENT", id, investment.citations);
        }
      }
    }
  }

  /** Base figures first, so that a share can point at the figure it is a share of. */
  private async seedFigure(slug: string): Promise<number> {
    const known = this.figureIds.get(slug);
    if (known !== undefined) return known;
    const figure = this.data.reportedFigures[slug];
    if (!figure) throw new Error(`Reported figure "${slug}" is missing`);
    const baseFigureId = figure.baseFigure ? await this.seedFigure(figure.baseFigure) : null;
    await this.renameFromFormerSlug("reportedFigure", slug, figure.formerSlugs);
    const id = await this.upsertByKey(
      "reportedFigure",
      { slug },
      {
        metric: figure.metric,
        value: orNull(figure.value),
        valueText: orNull(figure.valueText),
        unit: figure.unit,
        asOfDate: date(figure.asOfDate),
        asOfLabel: figure.asOfLabel,
        scope: orNull(figure.scope),
        scopeCityId: figure.scopeCity ? this.id(this.cityIds, figure.scopeCity) : null,
        baseFigureId,
        originalDataSource: orNull(figure.originalDataSource),
        alibabaSpecific: figure.alibabaSpecific,
        note: orNull(figure.note),
        sourceId: this.id(this.sourceIds, figure.source),
      },
    );
    this.figureIds.set(slug, id);
    await this.seedRedirects("reportedFigure", id, figure.formerSlugs);
    this.cite("REPORTED_FIGURE", id, figure.citations);
    return id;
  }

  /** Citations are many, so existing ones are read once and new ones written in one statement. */
  private async seedCitations(): Promise<void> {
    const counts = this.summary.citation;
    const existing = await this.tx.citation.findMany({
      where: { sourceId: { in: [...this.sourceIds.values()] } },
      orderBy: { id: "asc" },
    });
    const byKey = new Map<string, (typeof existing)[number]>();
    for (const row of existing) {
      const key = citationKey(row.recordType, row.recordId, row.field, row.sourceId, row.claimedValue);
      if (!byKey.has(key)) byKey.set(key, row);
    }
    const toCreate: Prisma.CitationCreateManyInput[] = [];
    for (const { recordType, recordId, citation } of this.citations) {
      const sourceId = this.id(this.sourceIds, citation.source);
      const claimedValue = orNull(citation.claimedValue);
      const key = citationKey(recordType, recordId, citation.field, sourceId, claimedValue);
      const fields = { quote: orNull(citation.quote), note: orNull(citation.note), synthetic: false };
      const row = byKey.get(key);
      if (!row) {
        toCreate.push({ recordType, recordId, field: citation.field, sourceId, claimedValue, ...fields });
        continue;
      }
      const changed = changedFields(row, fields);
      if (Object.keys(changed).length === 0) {
        counts.unchanged++;
      } else {
        await this.tx.citation.update({ where: { id: row.id }, data: { ...changed, version: { increment: 1 } } });
        counts.updated++;
      }
    }
    if (toCreate.length > 0) counts.created += (await this.tx.citation.createMany({ data: toCreate })).count;
  }

  private id(ids: Map<string, number>, key: string | undefined): number {
    const id = key === undefined ? undefined : ids.get(key);
    if (id === undefined) throw new Error(`Seed reference "${key}" was not written before it was needed`);
    return id;
  }
}

function citationKey(
  recordType: string,
  recordId: number,
  field: string | null,
  sourceId: number,
  claimedValue: string | null,
): string {
  return JSON.stringify([recordType, recordId, field, sourceId, claimedValue]);
}

/** The subset of `next` whose values differ from the stored row, comparing dates, decimals and arrays by value. */
export function changedFields(current: Fields, next: Fields): Fields {
  return Object.fromEntries(Object.entries(next).filter(([key, value]) => !sameValue(current[key], value)));
}

function sameValue(current: unknown, next: unknown): boolean {
  if (current === null || current === undefined || next === null || next === undefined) {
    return (current ?? null) === (next ?? null);
  }
  if (current instanceof Date) return next instanceof Date && current.getTime() === next.getTime();
  if (Prisma.Decimal.isDecimal(current)) return new Prisma.Decimal(next as string | number).equals(current);
  if (Array.isArray(current)) {
    return (
      Array.isArray(next) && current.length === next.length && current.every((item, index) => item === next[index])
    );
  }
  return current === next;
}
