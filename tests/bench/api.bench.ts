// npm run bench -- tests/bench/api.bench.ts — times /api/v1 route handlers (envelope included:
// rate limit, data version, ETag, JSON) against DATABASE_URL. Prints timings; asserts nothing.
//
// The API hides synthetic rows, so against a database filled by `npm run db:synthetic` it finds
// only the seed among 100,000 hidden start-ups (what the hiding costs). To time it over 100,000
// visible start-ups, run it against a scratch copy whose rows have synthetic = false (README, "The
// public API", benchmark).
import { beforeAll, bench, describe } from "vitest";
import { getPrisma } from "@/lib/db";

process.env.API_RATE_LIMIT_PER_MINUTE = "1000000";

const listStartups = await import("@/app/api/v1/startups/route");
const getStartup = await import("@/app/api/v1/startups/[slug]/route");
const listPeople = await import("@/app/api/v1/people/route");
const getPerson = await import("@/app/api/v1/people/[slug]/route");
const listRounds = await import("@/app/api/v1/funding-rounds/route");
const listCitations = await import("@/app/api/v1/citations/route");
const startupFeed = await import("@/app/api/v1/startups/[slug]/changes.atom/route");

const pick = { startup: "", person: "", city: "", name: "" };
let etag = "";

type Handler = { GET: (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response> };

async function get(route: Handler, path: string, params: Record<string, string> = {}, headers: HeadersInit = {}) {
  const response = await route.GET(new Request(`http://localhost/api/v1${path}`, { headers }), {
    params: Promise.resolve(params),
  });
  if (response.status !== 200 && response.status !== 304) throw new Error(`${path}: ${response.status}`);
  await response.arrayBuffer();
  return response;
}

beforeAll(async () => {
  const prisma = await getPrisma();
  const [row] = await prisma.$queryRaw<(typeof pick)[]>`
    SELECT
      (SELECT s.slug FROM "Startup" s JOIN "FundingRound" r ON r."startupId" = s.id
       WHERE s."deletedAt" IS NULL AND NOT s.synthetic GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT 1) AS startup,
      (SELECT p.slug FROM "Person" p JOIN "Founding" f ON f."personId" = p.id WHERE NOT p.synthetic ORDER BY p.id LIMIT 1) AS person,
      (SELECT c.slug FROM "City" c JOIN "Startup" s ON s."cityId" = c.id WHERE NOT c.synthetic GROUP BY c.id ORDER BY count(*) DESC LIMIT 1) AS city,
      (SELECT split_part(COALESCE(s."nameEn", s."nameZh"), ' ', 1) FROM "Startup" s ORDER BY s.id LIMIT 1 OFFSET 5000) AS name`;
  Object.assign(pick, row);
  const [counts] = await prisma.$queryRaw<{ visible: number; hidden: number }[]>`
    SELECT count(*) FILTER (WHERE NOT synthetic)::int AS visible, count(*) FILTER (WHERE synthetic)::int AS hidden
    FROM "Startup" WHERE "deletedAt" IS NULL`;
  console.log("api benchmark picks:", pick, "start-ups visible to the API / synthetic:", counts);
  etag = (await get(listStartups, "/startups")).headers.get("etag") ?? "";
});

describe("api: start-ups", () => {
  bench("list, no filters, page 1 (limit 25)", () => get(listStartups, "/startups").then(() => undefined));
  bench("list, limit 100", () => get(listStartups, "/startups?limit=100").then(() => undefined));
  bench("list, city + founded 2014–2018, by founded year", () =>
    get(listStartups, `/startups?city=${pick.city}&from=2014&to=2018&sort=founded`).then(() => undefined),
  );
  bench("list, sorted by funding", () => get(listStartups, "/startups?sort=funding").then(() => undefined));
  bench("list, search by name", () =>
    get(listStartups, `/startups?q=${encodeURIComponent(pick.name)}`).then(() => undefined),
  );
  bench("list, 304 (If-None-Match)", () =>
    get(listStartups, "/startups", {}, { "If-None-Match": etag }).then(() => undefined),
  );
  bench("detail", () => get(getStartup, `/startups/${pick.startup}`, { slug: pick.startup }).then(() => undefined));
  bench("detail with citations", () =>
    get(getStartup, `/startups/${pick.startup}?include=citations`, { slug: pick.startup }).then(() => undefined),
  );
  bench("feed of one start-up", () =>
    get(startupFeed, `/startups/${pick.startup}/changes.atom`, { slug: pick.startup }).then(() => undefined),
  );
});

describe("api: other resources", () => {
  bench("people, page 1", () => get(listPeople, "/people").then(() => undefined));
  bench("people, search", () => get(listPeople, `/people?q=${encodeURIComponent(pick.name)}`).then(() => undefined));
  bench("person detail", () => get(getPerson, `/people/${pick.person}`, { slug: pick.person }).then(() => undefined));
  bench("funding rounds, page 1", () => get(listRounds, "/funding-rounds").then(() => undefined));
  bench("citations, page 1", () => get(listCitations, "/citations").then(() => undefined));
});
