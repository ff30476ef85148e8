import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { z } from "zod";
import type { CitationRecordType, Sector } from "@/lib/generated/prisma/client";
import { seedDatabase } from "@/prisma/seed/load";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

/*
 * The second research pass (prisma/seed/research/alumni-research-2.json, a copy of
 * ../shared/data/alumni-research-2.json) against the seeded database, read from the research file
 * itself: for each of its seven start-ups every field the research sources is stored, cited to that
 * source, and the research's quote is on that citation word for word; each of its ecosystem
 * statistics is stored as reported figures from its source, with its quote. A value the research
 * gives without a source is not stored at all.
 */

const researchPath = path.join(process.cwd(), "prisma", "seed", "research", "alumni-research-2.json");

const sourceSchema = z.object({ url: z.url(), publisher: z.string(), quote: z.string().optional() });
type ResearchSource = z.infer<typeof sourceSchema>;
const fieldSchema = <T extends z.ZodType>(value: T) =>
  z.object({ value: value.nullable(), source: sourceSchema.nullable(), note: z.string().optional() });
const range = z.object({ start: z.number().nullable(), end: z.number().nullable() });
const amount = z.union([z.literal("undisclosed"), z.looseObject({ currency: z.string() })]);

const researchSchema = z.object({
  statistics: z.array(
    z.object({
      metric: z.string(),
      value: z.union([z.number(), z.string(), z.record(z.string(), z.union([z.number(), z.string()]))]),
      source: sourceSchema,
    }),
  ),
  startups: z.array(
    z.object({
      slug: z.string(),
      name_en: fieldSchema(z.string()),
      name_zh: fieldSchema(z.string()),
      aliases: fieldSchema(z.array(z.string())),
      founders: z.array(
        z.object({
          name_en: fieldSchema(z.string()),
          name_zh: fieldSchema(z.string()),
          alibaba_unit: fieldSchema(z.string()),
          alibaba_role: fieldSchema(z.string()),
          years_at_alibaba: fieldSchema(range),
          startup_role: fieldSchema(z.string()),
          other_background: fieldSchema(z.string()).optional(),
        }),
      ),
      founded_year: fieldSchema(z.number()),
      city: fieldSchema(z.string()),
      country: fieldSchema(z.string()),
      sector: fieldSchema(z.string()),
      status: fieldSchema(z.string()),
      website: fieldSchema(z.string()),
      description: fieldSchema(z.string()),
      funding_rounds: z.array(
        z.object({
          date: fieldSchema(z.string()),
          stage: fieldSchema(z.string()),
          amount: fieldSchema(amount),
          valuation: fieldSchema(z.looseObject({ amount: z.number(), currency: z.string() })).optional(),
          investors: fieldSchema(z.array(z.object({ name: z.string() }))),
        }),
      ),
      confidence: z.enum(["high", "medium"]),
    }),
  ),
});

const research = researchSchema.parse(JSON.parse(readFileSync(researchPath, "utf8")));

/** The research's sector words, as the schema's sectors. */
const sectorOf: Record<string, Sector> = {
  "ai-models": "LLM_FOUNDATION_MODELS",
  "ai-applications": "AI_APPLICATIONS",
  "fintech-risk": "AI_RISK_AND_FINANCE",
  "enterprise-ai": "AI_AGENTS",
};

/** "无界方舟 (無界方舟)", "Qi Yuan (Alan Qi)", "Junyang (Justin) Lin": the name without what the brackets add. */
function bareName(value: string): string {
  return value
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDatabase(db.prisma);
});

afterAll(async () => {
  await db?.close();
});

type RecordRef = { recordType: CitationRecordType; recordId: number };

/**
 * The research's source is cited, for one of `fields` (null: the record as a whole), on one of
 * `records`, and where the research quotes the page, the citation of the field the research sourced
 * (`quotedOn`, by default the first of `fields`) holds the quote verbatim.
 */
async function expectCited(
  label: string,
  records: RecordRef[],
  fields: (string | null)[],
  source: ResearchSource,
  quotedOn: (string | null)[] = fields.slice(0, 1),
) {
  const cited = await db.prisma.citation.findMany({
    where: {
      OR: records.map(({ recordType, recordId }) => ({ recordType, recordId })),
      deletedAt: null,
      source: { url: source.url },
    },
    select: { field: true, quote: true, recordType: true },
  });
  const onField = cited.filter((citation) => fields.includes(citation.field));
  expect(onField.length, `${label}: cited to ${source.url} (cited for ${cited.map((c) => c.field)})`).toBeGreaterThan(
    0,
  );
  if (source.quote !== undefined) {
    expect(
      onField.filter((citation) => quotedOn.includes(citation.field)).map((citation) => citation.quote),
      `${label}: the research's quote on the citation`,
    ).toContain(source.quote);
  }
}

describe.each(research.startups.map((startup) => [startup.slug, startup] as const))(
  "%s, as the research has it",
  (slug, item) => {
    const load = async () => {
      const startup = await db.prisma.startup.findUniqueOrThrow({
        where: { slug },
        include: {
          city: true,
          foundings: {
            where: { deletedAt: null },
            orderBy: { id: "asc" },
            include: { person: { include: { employments: { where: { deletedAt: null }, orderBy: { id: "asc" } } } } },
          },
          fundingRounds: {
            where: { deletedAt: null },
            orderBy: { id: "asc" },
            include: { investments: { where: { deletedAt: null }, include: { organization: true } } },
          },
        },
      });
      return { startup, self: [{ recordType: "STARTUP", recordId: startup.id }] satisfies RecordRef[] };
    };

    test("its names: stored and cited where sourced, absent where the research has no source", async () => {
      const { startup, self } = await load();
      if (item.name_en.source) {
        if (item.name_en.value === null) {
          // Unnamed: the record says so, and the source for that is cited.
          expect(startup.nameEn).toBeNull();
          expect(startup.label).toMatch(/name not reported/);
          await expectCited("unnamed", self, ["label"], item.name_en.source);
        } else {
          expect(startup.nameEn).toBe(bareName(item.name_en.value));
          await expectCited("nameEn", self, ["nameEn"], item.name_en.source);
        }
      } else {
        expect(startup.nameEn, "an English name without a source").toBeNull();
      }
      if (item.name_zh.source && item.name_zh.value !== null) {
        expect(startup.nameZh).toBe(bareName(item.name_zh.value));
        await expectCited("nameZh", self, ["nameZh"], item.name_zh.source);
      } else {
        expect(startup.nameZh, "a Chinese name without a source").toBeNull();
      }
      if (item.aliases.source && item.aliases.value) {
        const names = [...startup.aliases, startup.label];
        for (const alias of item.aliases.value) {
          expect(
            names.some((name) => name !== null && (name === alias || name === bareName(alias))) ||
              // "Junyang Lin's new AI lab (unnamed)" is the record's label, worded as a label.
              (startup.label !== null && alias.includes("unnamed")),
            `alias ${alias} in ${names.join(" | ")}`,
          ).toBe(true);
        }
        await expectCited("aliases", self, ["aliases", "label"], item.aliases.source, [
          startup.aliases.length > 0 ? "aliases" : "label",
        ]);
      }
    });

    test("founding year, place, sector, status and description, each with its source", async () => {
      const { startup, self } = await load();
      expect(startup.confidence).toBe(item.confidence.toUpperCase());
      if (item.founded_year.source) {
        expect(startup.foundedYear).toBe(item.founded_year.value);
        await expectCited("foundedYear", self, ["foundedYear"], item.founded_year.source);
      } else {
        expect(startup.foundedYear).toBeNull();
      }
      if (item.city.source && item.city.value) {
        if (startup.city) {
          expect(startup.city.nameEn).toBe(bareName(item.city.value));
          await expectCited("city", self, ["city"], item.city.source);
        } else {
          // Several offices and no headquarters reported: the places are in the location note.
          for (const place of item.city.value.split(";").map(bareName))
            expect(startup.locationNote ?? "", place).toContain(place);
          await expectCited("locationNote", self, ["locationNote"], item.city.source);
        }
      } else {
        expect(startup.cityId).toBeNull();
      }
      if (item.country.source && (startup.city || startup.locationNote)) {
        // A country is stored through the city (Hong Kong: CN-HK is China's SAR) or the location note.
        const refs: RecordRef[] = startup.city ? [...self, { recordType: "CITY", recordId: startup.city.id }] : self;
        const fields = ["city", "country", "locationNote"];
        await expectCited("country", refs, fields, item.country.source, fields);
      } else if (item.country.source) {
        // Start-ups are stored with a city or not at all; "China" alone has no field of its own. The
        // research's words are still kept on the start-up, with the facts they were quoted for.
        const fields = [null, "nameZh", "foundedYear", "nameEn"];
        await expectCited("country", self, fields, item.country.source, fields);
      }
      if (item.sector.source && item.sector.value) {
        expect(startup.sectors).toContain(sectorOf[item.sector.value]);
        await expectCited("sectors", self, ["sectors"], item.sector.source);
      }
      if (item.status.source && item.status.value) {
        expect(item.status.value).toMatch(/^active/);
        expect(startup.status).toBe("ACTIVE");
        await expectCited("status", self, ["status", "statusNote"], item.status.source);
      }
      if (item.website.source) {
        expect(startup.website).toBeTruthy();
        await expectCited("website", self, ["website"], item.website.source);
      } else {
        expect(startup.website).toBeNull();
      }
      if (item.description.source) {
        // Descriptions are written in our own words, so only their presence is compared.
        expect(startup.description).toBeTruthy();
        await expectCited("description", self, ["description"], item.description.source);
      }
    });

    test("its founders and their Alibaba careers, each fact with its source", async () => {
      const { startup } = await load();
      expect(startup.foundings).toHaveLength(item.founders.length);
      for (const [index, founder] of item.founders.entries()) {
        const founding = startup.foundings[index]!;
        const person = founding.person;
        const personRef: RecordRef[] = [{ recordType: "PERSON", recordId: person.id }];
        const jobs: RecordRef[] = person.employments.map((job) => ({ recordType: "EMPLOYMENT", recordId: job.id }));
        const label = (field: string) => `${person.slug} ${field}`;

        if (founder.name_en.source && founder.name_en.value) {
          expect(person.nameEn).toBe(bareName(founder.name_en.value));
          await expectCited(label("nameEn"), personRef, ["nameEn"], founder.name_en.source);
        } else {
          expect(person.nameEn, label("an English name without a source")).toBeNull();
        }
        if (founder.name_zh.source && founder.name_zh.value) {
          expect(person.nameZh).toBe(bareName(founder.name_zh.value));
          await expectCited(label("nameZh"), personRef, ["nameZh"], founder.name_zh.source);
        } else {
          expect(person.nameZh, label("a Chinese name without a source")).toBeNull();
        }

        expect(person.employments.length, label("Alibaba career")).toBeGreaterThan(0);
        if (founder.alibaba_unit.source)
          await expectCited(label("unit"), jobs, [null, "role", "note"], founder.alibaba_unit.source);
        if (founder.alibaba_role.source) {
          expect(person.employments.some((job) => job.role)).toBe(true);
          await expectCited(label("role"), jobs, ["role", null, "note"], founder.alibaba_role.source);
        }
        const years = founder.years_at_alibaba;
        if (years.source && years.value) {
          const { start, end } = years.value;
          if (start !== null) expect(person.employments.map((job) => job.startYear)).toContain(start);
          if (end !== null) expect(person.employments.map((job) => job.endYear)).toContain(end);
          await expectCited(
            label("years"),
            jobs,
            [null, "startYear", "endYear", "endMonth", "note"],
            years.source,
            // The dates, or the employment as a whole with the note that explains an inferred year.
            [...(start === null ? [] : ["startYear"]), ...(end === null ? [] : ["endYear"]), null, "note"],
          );
        }
        if (founder.startup_role.source) {
          expect(founder.startup_role.value).toBe("founder");
          expect(founding.role).toBe("FOUNDER");
          await expectCited(
            label("founding"),
            [{ recordType: "FOUNDING", recordId: founding.id }],
            [null, "role"],
            founder.startup_role.source,
          );
        }
        if (founder.other_background?.source) {
          expect(person.bio).toBeTruthy();
          await expectCited(
            label("background"),
            [...personRef, ...jobs],
            ["bio", null, "nameEn", "note"],
            founder.other_background.source,
            ["bio", null, "nameEn", "note"],
          );
        }
      }
    });

    test("its funding rounds and investors, each with its source", async () => {
      const { startup } = await load();
      expect(startup.fundingRounds).toHaveLength(item.funding_rounds.length);
      for (const [index, reported] of item.funding_rounds.entries()) {
        const round = startup.fundingRounds[index]!;
        const self: RecordRef[] = [{ recordType: "FUNDING_ROUND", recordId: round.id }];
        if (reported.date.source) {
          if (reported.date.value === null || round.announcedOn === null) {
            // Not reported, or reported too loosely for a date ("2023–2024 (not exact)"): no date stored.
            if (reported.date.value === null) expect(round.announcedOn).toBeNull();
          } else {
            expect(reported.date.value).toContain(String(round.announcedOn.getUTCFullYear()));
          }
          await expectCited(
            "date",
            self,
            [null, "announcedOn", "note"],
            reported.date.source,
            round.announcedOn ? ["announcedOn"] : [null, "note"],
          );
        }
        if (reported.stage.source) await expectCited("stage", self, ["stage", "stageLabel"], reported.stage.source);
        if (reported.amount.source && reported.amount.value) {
          const { value } = reported.amount;
          if (value === "undisclosed") {
            expect(round.amountKind).toBe("UNDISCLOSED");
          } else if (round.amountKind === "UNDISCLOSED") {
            // Reported only in words ("several hundred million", or the total of two rounds): no
            // figure is made up from them; the note gives them as reported.
            const words = String(value.range ?? value.cumulative_range).replace(/^>\s*/, "");
            expect(round.note).toContain(words);
          } else {
            expect(round.currency).toBe(value.currency);
          }
          await expectCited(
            "amount",
            self,
            ["amountKind", "amountLow", "amountHigh", "currency", "note"],
            reported.amount.source,
          );
        }
        if (reported.valuation?.source && reported.valuation.value) {
          expect(round.note).toMatch(/valu/);
          await expectCited("valuation", self, ["note"], reported.valuation.source);
        }
        const investors = reported.investors.value ?? [];
        expect(round.investments.length).toBe(investors.length);
        for (const investor of investors) {
          const investment = round.investments.find(
            ({ organization }) =>
              organization !== null &&
              [organization.nameEn, organization.nameZh].some(
                (name) => name !== null && bareName(investor.name).toLowerCase().includes(name.toLowerCase()),
              ),
          );
          expect(investment, `investor ${investor.name}`).toBeDefined();
          await expectCited(
            `investment by ${investor.name}`,
            [{ recordType: "INVESTMENT", recordId: investment!.id }],
            [null],
            reported.investors.source!,
          );
        }
      }
    });
  },
);

/** The numbers a statistic reports: 13 and 5, ">=25", ">14,500,000,000", or words. */
function reportedNumbers(value: number | string | Record<string, number | string>): (number | string)[] {
  return typeof value === "object" ? Object.values(value) : [value];
}

/** "more than 14.5 billion" → 14500000000; "at least 25" → 25. */
function numberInText(text: string): number | null {
  const match = /(\d[\d,]*(?:\.\d+)?)\s*(billion|million)?/.exec(text);
  if (!match) return null;
  const number = Number(match[1]!.replaceAll(",", ""));
  return number * (match[2] === "billion" ? 1e9 : match[2] === "million" ? 1e6 : 1);
}

describe("the second pass's ecosystem statistics", () => {
  test.each(research.statistics.map((statistic) => [statistic.metric, statistic] as const))(
    "%s: stored as figures from its source, with its quote",
    async (_metric, statistic) => {
      const figures = await db.prisma.reportedFigure.findMany({
        where: { source: { url: statistic.source.url }, deletedAt: null },
      });
      expect(figures.length).toBeGreaterThan(0);
      const matched = reportedNumbers(statistic.value).map((reported) => {
        const wanted = typeof reported === "number" ? reported : numberInText(reported);
        const figure = figures.find((candidate) =>
          wanted === null
            ? candidate.value === null && candidate.valueText !== null
            : Number(candidate.value) === wanted ||
              (candidate.valueText !== null && numberInText(candidate.valueText) === wanted),
        );
        expect(figure, `${statistic.metric}: ${reported}`).toBeDefined();
        return figure!;
      });
      await expectCited(
        statistic.metric,
        matched.map((figure) => ({ recordType: "REPORTED_FIGURE", recordId: figure.id })),
        ["value", "valueText"],
        statistic.source,
        ["value", "valueText"],
      );
      // A figure whose count the quote states ("…114个项目…", not the 12 of "近12個月") carries the quote itself.
      const quote = statistic.source.quote ?? "";
      const states = (n: number) => new RegExp(`(?<![\\d.,])${n}(?![\\d.,]|個月|个月|月|日|年)`).test(quote);
      for (const figure of matched.filter((f) => f.value !== null && states(Number(f.value)))) {
        await expectCited(
          `${figure.slug} (${Number(figure.value)})`,
          [{ recordType: "REPORTED_FIGURE", recordId: figure.id }],
          ["value"],
          statistic.source,
        );
      }
    },
  );
});

describe("the South China Morning Post article (read through a syndicated copy)", () => {
  const articlePath = path.join(
    process.cwd(),
    "prisma",
    "seed",
    "research",
    "scmp-2025-04-05-alibaba-ai-powerhouse.txt",
  );
  const article = readFileSync(articlePath, "utf8");
  const copyUrl =
    "https://news.devevil.com/how-alibaba-is-turning-into-china-s-ai-powerhouse-and-a-school-for-entrepreneurs-786010.html";

  test("every quote cited to it is the article's exact words", async () => {
    const cited = await db.prisma.citation.findMany({
      where: { source: { url: copyUrl }, deletedAt: null },
      select: { recordType: true, field: true, quote: true },
    });
    const quoted = cited.filter((citation) => citation.quote !== null);
    expect(quoted.length).toBeGreaterThan(30);
    for (const { recordType, field, quote } of quoted)
      expect(article.includes(quote!), `${recordType}.${field}: ${quote}`).toBe(true);
    // What the article does not say in so many words has no quote: Alibaba Group's classification
    // as an Alibaba unit, whether Eddie Wu is still CEO, the short forms of his name, the amount of
    // the angel round (not given), and that the 85 counts start-ups in every city.
    expect(
      cited
        .filter((citation) => citation.quote === null)
        .map(({ recordType, field }) => `${recordType}.${field}`)
        .sort(),
    ).toEqual([
      "EMPLOYMENT.isCurrent",
      "FUNDING_ROUND.amountKind",
      "ORGANIZATION.kind",
      "PERSON.aliases",
      "REPORTED_FIGURE.scope",
    ]);
  });
});
