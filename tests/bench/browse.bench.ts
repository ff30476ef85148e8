// npm run bench — times the browse pages' data-layer calls against DATABASE_URL, normally a
// PostgreSQL database filled by `npm run db:synthetic -- --startups 100000`. Prints timings; asserts nothing.
import { beforeAll, bench, describe } from "vitest";
import { getPrisma } from "@/lib/db";
import { getCityBySlug } from "@/lib/data/cities";
import { findInvestors, getInvestorBySlug } from "@/lib/data/investors";
import { findFounders, getPersonBySlug } from "@/lib/data/people";
import { searchEverything } from "@/lib/data/search";
import { countStartupsLeftOut, findStartups } from "@/lib/data/startups/list";
import { getStartupBySlug } from "@/lib/data/startups/profile";
import { getUnitBySlug } from "@/lib/data/units";
import { parseInvestorListParams, parseSimpleListParams, parseStartupListParams } from "@/lib/validation/search-params";

// Real records to look up, picked from whatever the database holds: a busy start-up, city, unit, investor.
const pick = { startup: "", person: "", city: "", unit: "", investor: "", name: "" };

beforeAll(async () => {
  const prisma = await getPrisma();
  const [row] = await prisma.$queryRaw<(typeof pick)[]>`
    SELECT
      (SELECT s.slug FROM "Startup" s JOIN "FundingRound" r ON r."startupId" = s.id
       WHERE s."deletedAt" IS NULL GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT 1) AS startup,
      (SELECT p.slug FROM "Person" p JOIN "Founding" f ON f."personId" = p.id ORDER BY p.id LIMIT 1) AS person,
      (SELECT c.slug FROM "City" c JOIN "Startup" s ON s."cityId" = c.id GROUP BY c.id ORDER BY count(*) DESC LIMIT 1) AS city,
      (SELECT o.slug FROM "Organization" o WHERE o.kind = 'ALIBABA_UNIT' AND o."parentId" IS NOT NULL
       ORDER BY (SELECT count(*) FROM "Employment" e WHERE e."organizationId" = o.id) DESC LIMIT 1) AS unit,
      (SELECT o.slug FROM "Organization" o JOIN "Investment" i ON i."organizationId" = o.id
       GROUP BY o.id ORDER BY count(*) DESC LIMIT 1) AS investor,
      (SELECT split_part(COALESCE(s."nameEn", s."nameZh"), ' ', 1) FROM "Startup" s ORDER BY s.id LIMIT 1 OFFSET 5000) AS name`;
  Object.assign(pick, row);
  console.log("benchmark picks:", pick);
});

const startupList = (query: Record<string, string>) => findStartups({ params: parseStartupListParams(query).params });

describe("start-up list", () => {
  bench("no filters, by name, page 1", () => startupList({}).then(() => undefined));
  bench("no filters, by name, page 400 (deepest)", () => startupList({ page: "400" }).then(() => undefined));
  bench("city + founded 2014–2018, by founded year", () =>
    startupList({ city: pick.city, from: "2014", to: "2018", sort: "founded" }).then(() => undefined),
  );
  bench("sector + status + stage", () =>
    startupList({ sector: "COMPUTER_VISION", status: "ACTIVE", stage: "SERIES_A" }).then(() => undefined),
  );
  bench("Alibaba unit (subtree) filter", () => startupList({ unit: pick.unit }).then(() => undefined));
  bench("sorted by total funding", () => startupList({ sort: "funding" }).then(() => undefined));
  bench("search by name", () => startupList({ q: pick.name }).then(() => undefined));
  bench("alumni switch: at least 5 years at Alibaba, with the count left out", () =>
    Promise.all([
      startupList({ tenure: "5" }),
      countStartupsLeftOut(parseStartupListParams({ tenure: "5" }).params),
    ]).then(() => undefined),
  );
  bench("alumni switch: at least 5 years, left at most 2 before founding, one unit", () =>
    startupList({ tenure: "5", leftWithin: "2", unit: pick.unit }).then(() => undefined),
  );
});

describe("search", () => {
  bench("global search by name", () => searchEverything({ query: pick.name }).then(() => undefined));
  bench("global search, pinyin without spaces", () => searchEverything({ query: "zhumingming" }).then(() => undefined));
  bench("global search, Chinese", () => searchEverything({ query: "科技" }).then(() => undefined));
});

describe("profiles", () => {
  bench("start-up profile", () => getStartupBySlug({ slug: pick.startup }).then(() => undefined));
  bench("person profile", () => getPersonBySlug({ slug: pick.person }).then(() => undefined));
  bench("city profile", () => getCityBySlug({ slug: pick.city }).then(() => undefined));
  bench("investor profile", () => getInvestorBySlug({ slug: pick.investor }).then(() => undefined));
  bench("unit profile", () => getUnitBySlug({ slug: pick.unit }).then(() => undefined));
});

describe("other lists", () => {
  bench("founders, page 1", () => findFounders({ params: parseSimpleListParams({}).params }).then(() => undefined));
  bench("investors, page 1", () => findInvestors({ params: parseInvestorListParams({}).params }).then(() => undefined));
  bench("investors by portfolio, page 1", () =>
    findInvestors({ params: parseInvestorListParams({ sort: "portfolio" }).params }).then(() => undefined),
  );
});
