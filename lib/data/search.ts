import "server-only";
import { Converter } from "opencc-js/t2cn";
import { getPrisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { RECORDS_TAG } from "./cache-tags";
import { cachedRead } from "./cached-read";
import { organizationIsInvestor } from "./investor-definition";

/**
 * Name search shared by every list and the global search box. Each searchable table has a trigram
 * index on atlas_search_text(names, aliases, pinyin) (migration 20261123160000_search_indexes); the
 * conditions below repeat that exact expression so PostgreSQL can use the index.
 */

/** Escapes LIKE wildcards so a search for "100%" or "a_b" means those characters literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

// Traditional characters to Simplified, as Taiwan and Hong Kong write them ("阿裏巴巴", "螞蟻集團"
// → "阿里巴巴", "蚂蚁集团"): the records' Chinese names are Simplified. Built once per server process;
// only the Traditional-to-Simplified dictionaries (opencc-js/t2cn) are loaded, on the server only.
const fromTaiwan = Converter({ from: "tw", to: "cn" });
const fromHongKong = Converter({ from: "hk", to: "cn" });

/** A query in Simplified characters (Latin letters, digits and Simplified text come back unchanged). */
export function toSimplified(text: string): string {
  return fromHongKong(fromTaiwan(text));
}

/**
 * The forms of a query a name may contain, lowercased: as typed, without spaces when it has any (so
 * "zhu mingming" also finds the pinyin "zhu ming ming", stored space-free as "zhumingming" too), and
 * each in Simplified characters when typed in Traditional. The typed form stays: a record may be
 * known by a Traditional name (a Hong Kong company), and a character both scripts share is untouched.
 */
export function queryVariants(query: string): string[] {
  const typed = query.trim().toLowerCase();
  const compact = typed.replace(/\s+/g, "");
  const forms = [typed, compact, toSimplified(typed), toSimplified(compact)];
  return [...new Set(forms)].filter((form) => form !== "");
}

/** The ILIKE patterns a search query tries: each of its forms (queryVariants) anywhere in a name. */
export function searchPatterns(query: string): string[] {
  return queryVariants(query).map((form) => `%${escapeLike(form)}%`);
}

type SearchTable = "Startup" | "Person" | "Organization";

/** The indexed expression for one table, on the given alias. */
export function searchText(table: SearchTable, alias: string): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  // Start-ups and people no source names are found by their label too.
  return table === "Startup" || table === "Person"
    ? Prisma.sql`atlas_search_text(ARRAY[${a}."nameEn", ${a}."nameZh", ${a}."label"], ${a}."aliases", ${a}."pinyin")`
    : Prisma.sql`atlas_search_text(ARRAY[${a}."nameEn", ${a}."nameZh"], ${a}."aliases", ${a}."pinyin")`;
}

/**
 * A WHERE condition: the record is known by a name containing the query. Trigram indexes serve
 * queries of three characters or more. A two-character query (common in Chinese) is its own one
 * bigram, served by the bigram index; no ILIKE is added: the search text is already lowercase, so
 * holding the bigram means containing the query, and re-checking 10,000 matches of a common word
 * (科技) row by row cost more than the rest of the query.
 */
export function searchCondition(table: SearchTable, alias: string, query: string): Prisma.Sql {
  const text = searchText(table, alias);
  return Prisma.sql`(${Prisma.join(
    queryVariants(query).map((piece) => {
      const like = Prisma.sql`${text} ILIKE ${`%${escapeLike(piece)}%`}`;
      return [...piece].length === 2 ? Prisma.sql`atlas_bigrams(${text}) @> ARRAY[${piece}]::text[]` : like;
    }),
    " OR ",
  )})`;
}

/** City has no aliases column and few rows: a plain condition over its names. */
function citySearchCondition(alias: string, query: string): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${Prisma.join(
    searchPatterns(query).map(
      (pattern) =>
        Prisma.sql`lower(concat_ws(' | ', ${a}."nameEn", ${a}."nameZh", ${a}."pinyin", replace(${a}."pinyin", ' ', ''))) ILIKE ${pattern}`,
    ),
    " OR ",
  )})`;
}

/**
 * Ranks a match: 0 when a name equals the query, 1 when a name starts with it, 2 otherwise, so
 * "Rokid" comes before "Rokid Glass Studio" and both before a record that merely mentions it. The
 * query's Simplified form counts as the query: "阿裏巴巴" ranks "阿里巴巴" first.
 */
function rank(names: Prisma.Sql, query: string): Prisma.Sql {
  const lowered = query.trim().toLowerCase();
  const forms = [...new Set([lowered, toSimplified(lowered)])];
  const prefixes = forms.map((form) => `${escapeLike(form)}%`);
  return Prisma.sql`(SELECT COALESCE(min(CASE WHEN lower(n) = ANY(${forms}::text[]) THEN 0 WHEN lower(n) LIKE ANY(${prefixes}::text[]) THEN 1 ELSE 2 END), 2)
    FROM unnest(${names}) AS n)`;
}

/** A name as the records hold it; the page picks the reader's language. */
export type SearchName = { nameEn: string | null; nameZh: string | null; label: string | null };

export type SearchHit = SearchName & {
  kind: "startup" | "person" | "city" | "investor" | "unit";
  slug: string;
  href: string;
  /** What the record is, for the line under its name (worded by the page, in the reader's language). */
  facts: {
    /** A start-up's city and founding year. */
    city: SearchName | null;
    foundedYear: number | null;
    /** The start-ups a person founded. */
    founderOf: SearchName[];
    /** A city's region, as recorded. */
    region: string | null;
  };
};

export type SearchResults = {
  query: string;
  startups: SearchHit[];
  people: SearchHit[];
  cities: SearchHit[];
  investors: SearchHit[];
  units: SearchHit[];
  /** True when a group had more matches than shown. */
  truncated: boolean;
};

type Row = SearchName & {
  slug: string;
  cityEn?: string | null;
  cityZh?: string | null;
  foundedYear?: number | null;
  founderOf?: SearchName[] | null;
  region?: string | null;
};

/** Finds start-ups, people, cities, investors and Alibaba units known by any name containing the query. */
export const searchEverything = cachedRead(
  "search",
  () => [RECORDS_TAG],
  async ({ query, limit = 8 }: { query: string; limit?: number }): Promise<SearchResults> => {
    const prisma = await getPrisma();
    const take = limit + 1;
    const startups = prisma.$queryRaw<Row[]>`
      SELECT s.slug, s."nameEn", s."nameZh", s.label, c."nameEn" AS "cityEn", c."nameZh" AS "cityZh", s."foundedYear"
      FROM "Startup" s
      LEFT JOIN "City" c ON c.id = s."cityId" AND c."deletedAt" IS NULL
      WHERE s."deletedAt" IS NULL AND ${searchCondition("Startup", "s", query)}
      ORDER BY ${rank(Prisma.sql`ARRAY[s."nameEn", s."nameZh", s.label] || s.aliases`, query)},
               lower(COALESCE(s."nameEn", s."nameZh", s.label)), s.id
      LIMIT ${take}`;
    const people = prisma.$queryRaw<Row[]>`
      SELECT p.slug, p."nameEn", p."nameZh", p.label,
             (SELECT json_agg(json_build_object('nameEn', st."nameEn", 'nameZh', st."nameZh", 'label', st.label) ORDER BY f.id)
              FROM "Founding" f JOIN "Startup" st ON st.id = f."startupId" AND st."deletedAt" IS NULL
              WHERE f."personId" = p.id AND f."deletedAt" IS NULL) AS "founderOf"
      FROM "Person" p
      WHERE p."deletedAt" IS NULL AND ${searchCondition("Person", "p", query)}
      ORDER BY ${rank(Prisma.sql`ARRAY[p."nameEn", p."nameZh", p.label] || p.aliases`, query)},
               lower(COALESCE(p."nameEn", p."nameZh", p.label)), p.id
      LIMIT ${take}`;
    const cities = prisma.$queryRaw<Row[]>`
      SELECT c.slug, c."nameEn", c."nameZh", NULL AS label, c.region
      FROM "City" c
      WHERE c."deletedAt" IS NULL AND ${citySearchCondition("c", query)}
      ORDER BY ${rank(Prisma.sql`ARRAY[c."nameEn", c."nameZh"]`, query)}, lower(c."nameEn"), c.id
      LIMIT ${take}`;
    // Investors as lib/data/investor-definition.ts defines them, whatever their kind: an Alibaba unit
    // that invests (Alibaba Group) is listed as a unit and as an investor.
    const organizations = prisma.$queryRaw<(Row & { kind: string; invests: boolean })[]>`
      SELECT o.slug, o."nameEn", o."nameZh", NULL AS label, o.kind::text AS kind,
             (${organizationIsInvestor("o")}) AS invests
      FROM "Organization" o
      WHERE o."deletedAt" IS NULL AND ${searchCondition("Organization", "o", query)}
      ORDER BY ${rank(Prisma.sql`ARRAY[o."nameEn", o."nameZh"] || o.aliases`, query)}, lower(o."nameEn"), o.id
      LIMIT ${take * 2}`;
    const [startupRows, peopleRows, cityRows, organizationRows] = await Promise.all([
      startups,
      people,
      cities,
      organizations,
    ]);
    const units = organizationRows.filter((row) => row.kind === "ALIBABA_UNIT");
    const investors = organizationRows.filter((row) => row.invests);
    const hits = (rows: Row[], kind: SearchHit["kind"], base: string): SearchHit[] =>
      rows.slice(0, limit).map((row) => ({
        kind,
        slug: row.slug,
        href: `/${base}/${row.slug}`,
        nameEn: row.nameEn,
        nameZh: row.nameZh,
        label: row.label,
        facts: {
          city:
            row.cityEn || row.cityZh ? { nameEn: row.cityEn ?? null, nameZh: row.cityZh ?? null, label: null } : null,
          foundedYear: row.foundedYear ?? null,
          founderOf: row.founderOf ?? [],
          region: row.region || null,
        },
      }));
    return {
      query,
      startups: hits(startupRows, "startup", "startups"),
      people: hits(peopleRows, "person", "founders"),
      cities: hits(cityRows, "city", "cities"),
      investors: hits(investors, "investor", "investors"),
      units: hits(units, "unit", "units"),
      truncated: [startupRows, peopleRows, cityRows, investors, units].some((rows) => rows.length > limit),
    };
  },
);
