import { compileErrors, validate } from "@readme/openapi-parser";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import {
  createCitation,
  createCity,
  createEmployment,
  createFounding,
  createFundingRound,
  createInvestment,
  createOrganization,
  createPerson,
  createSource,
  createStartup,
} from "../factories";

// The contract: every /api/v1 endpoint called through its route handler against a real database,
// every answer checked against the OpenAPI document (itself validated by an OpenAPI parser).

let db: TestDatabase;
vi.mock("@/lib/db", () => ({ getPrisma: async () => db.prisma }));

const { resetApiRateLimiter } = await import("@/lib/routing/api/handler");

type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;
type RouteModule = { GET: Handler; OPTIONS: () => Response };

const ROUTES: Record<string, () => Promise<RouteModule>> = {
  listStartups: () => import("@/app/api/v1/startups/route"),
  getStartup: () => import("@/app/api/v1/startups/[slug]/route"),
  listPeople: () => import("@/app/api/v1/people/route"),
  getPerson: () => import("@/app/api/v1/people/[slug]/route"),
  listOrganizations: () => import("@/app/api/v1/organizations/route"),
  getOrganization: () => import("@/app/api/v1/organizations/[slug]/route"),
  getUnitTree: () => import("@/app/api/v1/unit-tree/route"),
  listCities: () => import("@/app/api/v1/cities/route"),
  getCity: () => import("@/app/api/v1/cities/[slug]/route"),
  listFundingRounds: () => import("@/app/api/v1/funding-rounds/route"),
  getFundingRound: () => import("@/app/api/v1/funding-rounds/[id]/route"),
  listFoundings: () => import("@/app/api/v1/foundings/route"),
  getFounding: () => import("@/app/api/v1/foundings/[id]/route"),
  listEmployments: () => import("@/app/api/v1/employments/route"),
  getEmployment: () => import("@/app/api/v1/employments/[id]/route"),
  listSources: () => import("@/app/api/v1/sources/route"),
  getSource: () => import("@/app/api/v1/sources/[id]/route"),
  listCitations: () => import("@/app/api/v1/citations/route"),
  getCitation: () => import("@/app/api/v1/citations/[id]/route"),
  listReportedFigures: () => import("@/app/api/v1/reported-figures/route"),
  getReportedFigure: () => import("@/app/api/v1/reported-figures/[slug]/route"),
  feedAllChanges: () => import("@/app/api/v1/changes.atom/route"),
  feedStartupListChanges: () => import("@/app/api/v1/startups/changes.atom/route"),
  feedStartupChanges: () => import("@/app/api/v1/startups/[slug]/changes.atom/route"),
  feedOrganizationChanges: () => import("@/app/api/v1/organizations/[slug]/changes.atom/route"),
  feedCityChanges: () => import("@/app/api/v1/cities/[slug]/changes.atom/route"),
};

const document = buildOpenApiDocument();
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document as object, "openapi");

const pointer = (...parts: string[]) =>
  parts.map((part) => encodeURIComponent(part.replaceAll("~", "~0").replaceAll("/", "~1"))).join("/");

function responseValidator(path: string, status: string, contentType: string): ValidateFunction {
  const validator = ajv.getSchema(
    `openapi#/${pointer("paths", `/api/v1${path}`, "get", "responses", status, "content", contentType, "schema")}`,
  );
  if (!validator) throw new Error(`No schema for ${path} ${status} ${contentType}`);
  return validator;
}

const called = new Set<string>();

/** Calls one endpoint; JSON answers are checked against the document for their status. */
async function call(
  operationId: string,
  query = "",
  pathParams: Record<string, string> = {},
  headers: Record<string, string> = {},
): Promise<{ response: Response; body: unknown }> {
  const endpoint = ENDPOINTS.find((candidate) => candidate.operationId === operationId)!;
  const route = await ROUTES[operationId]!();
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => pathParams[name]!);
  const request = new Request(`http://localhost/api/v1${path}${query}`, { headers });
  const response = await route.GET(request, { params: Promise.resolve(pathParams) });
  called.add(operationId);
  if (response.status === 304 || response.status === 308) return { response, body: null };
  const text = await response.text();
  const contentType = response.headers.get("content-type") ?? "";
  if (response.status === 200 && endpoint.format !== "atom") {
    expect(contentType).toMatch(/^application\/json/);
    const body = JSON.parse(text) as unknown;
    const check = responseValidator(endpoint.path, "200", "application/json");
    expect(check(body), `${operationId}${query}: ${ajv.errorsText(check.errors)}`).toBe(true);
    return { response, body };
  }
  if (response.status === 200) return { response, body: text };
  expect(contentType).toBe("application/problem+json");
  const body = JSON.parse(text) as unknown;
  const check = responseValidator(endpoint.path, String(response.status), "application/problem+json");
  expect(check(body), `${operationId}${query} ${response.status}: ${ajv.errorsText(check.errors)}`).toBe(true);
  return { response, body };
}

type ListBody<T = Record<string, unknown>> = { data: T[]; nextCursor: string | null; total?: number };
type ItemBody<T = Record<string, unknown>> = { data: T };

const world = {} as Record<
  | "city"
  | "hiddenCity"
  | "startup"
  | "second"
  | "deletedStartup"
  | "syntheticStartup"
  | "founder"
  | "deletedPerson"
  | "angel"
  | "group"
  | "unit"
  | "firm"
  | "deletedFirm"
  | "source"
  | "deletedSource",
  { id: number; slug: string }
> & { round: number; founding: number; employment: number; citation: number; hiddenCitation: number; figure: string };

beforeAll(async () => {
  db = await createTestDatabase();
  const p = db.prisma;
  const withSlug = <T extends { id: number; slug: string }>(row: T) => ({ id: row.id, slug: row.slug });
  const withoutSlug = (row: { id: number }) => ({ id: row.id, slug: String(row.id) });
  world.city = withSlug(await createCity(p, { slug: "hangzhou", nameEn: "Hangzhou", nameZh: "杭州" }));
  world.hiddenCity = withSlug(await createCity(p, { slug: "synthetic-city", nameEn: "Synthetic", synthetic: true }));
  world.startup = withSlug(
    await createStartup(p, {
      slug: "rokid",
      nameEn: "Rokid",
      nameZh: "若琪",
      cityId: world.city.id,
      foundedYear: 2014,
      sectors: ["AI_HARDWARE"],
      status: "ACTIVE",
    }),
  );
  world.second = withSlug(
    await createStartup(p, { slug: "tongdun", nameEn: "Tongdun", cityId: world.city.id, foundedYear: 2013 }),
  );
  world.deletedStartup = withSlug(await createStartup(p, { slug: "gone", nameEn: "Gone Co", deletedAt: new Date() }));
  world.syntheticStartup = withSlug(
    await createStartup(p, { slug: "synthetic-startup-000001", nameEn: "Robo Synthetic", synthetic: true }),
  );
  world.founder = withSlug(await createPerson(p, { slug: "misa", nameEn: "Misa Zhu", nameZh: "祝铭明" }));
  world.deletedPerson = withSlug(await createPerson(p, { slug: "ghost", nameEn: "Ghost", deletedAt: new Date() }));
  world.angel = withSlug(await createPerson(p, { slug: "angel", nameEn: "An Angel" }));
  world.group = withSlug(
    await createOrganization(p, { slug: "alibaba-group", nameEn: "Alibaba Group", kind: "ALIBABA_UNIT" }),
  );
  world.unit = withSlug(
    await createOrganization(p, {
      slug: "m-studio",
      nameEn: "M Studio",
      kind: "ALIBABA_UNIT",
      parentId: world.group.id,
    }),
  );
  world.firm = withSlug(await createOrganization(p, { slug: "matrix", nameEn: "Matrix Partners" }));
  world.deletedFirm = withSlug(
    await createOrganization(p, { slug: "old-fund", nameEn: "Old Fund", deletedAt: new Date() }),
  );
  world.founding = (
    await createFounding(p, { personId: world.founder.id, startupId: world.startup.id, title: "CEO" })
  ).id;
  await createFounding(p, { personId: world.deletedPerson.id, startupId: world.startup.id });
  await createFounding(p, { personId: world.founder.id, startupId: world.deletedStartup.id });
  world.employment = (
    await createEmployment(p, {
      personId: world.founder.id,
      organizationId: world.unit.id,
      startYear: 2011,
      endYear: 2014,
    })
  ).id;
  const round = await createFundingRound(p, {
    startupId: world.startup.id,
    stage: "SERIES_B",
    amountKind: "EXACT",
    amountLow: "50000000",
    amountHigh: "50000000",
    currency: "USD",
    amountText: "US$50 million",
    amountUsdLow: "50000000",
    amountUsdHigh: "50000000",
    announcedOn: new Date("2015-06-01"),
    datePrecision: "MONTH",
  });
  world.round = round.id;
  await createInvestment(p, { roundId: round.id, organizationId: world.firm.id, isLead: true });
  await createInvestment(p, { roundId: round.id, personId: world.angel.id });
  await createInvestment(p, { roundId: round.id, organizationId: world.deletedFirm.id });
  world.source = withoutSlug(
    await createSource(p, { publisher: "36Kr", title: "Rokid raises", kind: "ORIGINAL_REPORTING" }),
  );
  world.deletedSource = withoutSlug(await createSource(p, { publisher: "Gone", deletedAt: new Date() }));
  world.citation = (
    await createCitation(p, {
      sourceId: world.source.id,
      recordType: "STARTUP",
      recordId: world.startup.id,
      field: "foundedYear",
      quote: "成立于2014年",
    })
  ).id;
  world.hiddenCitation = (
    await createCitation(p, { sourceId: world.deletedSource.id, recordType: "STARTUP", recordId: world.startup.id })
  ).id;
  await createCitation(p, { sourceId: world.source.id, recordType: "STARTUP", recordId: world.deletedStartup.id });
  const figure = await p.reportedFigure.create({
    data: {
      slug: "itjuzi-85",
      metric: "AI start-ups founded by Alibaba alumni",
      value: "85",
      unit: "start-ups",
      asOfLabel: "end of 2024",
      sourceId: world.source.id,
      scopeCityId: world.city.id,
    },
  });
  world.figure = figure.slug;
  await p.slugRedirect.create({ data: { recordType: "STARTUP", slug: "rokid-old", recordId: world.startup.id } });
});

afterAll(async () => {
  await db?.close();
});

beforeEach(() => {
  delete process.env.API_RATE_LIMIT_PER_MINUTE;
  resetApiRateLimiter();
});

describe("the OpenAPI document", () => {
  test("is a valid OpenAPI 3.1 document", async () => {
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
    expect(document.openapi).toBe("3.1.0");
  });

  test("is served at /openapi.json", async () => {
    const { GET } = await import("@/app/openapi.json/route");
    const response = GET();
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(document)));
  });

  test("documents every route and nothing else", () => {
    const documented = Object.keys(document.paths ?? {}).sort();
    expect(documented).toEqual(ENDPOINTS.map((endpoint) => `/api/v1${endpoint.path}`).sort());
    expect(Object.keys(ROUTES).sort()).toEqual(ENDPOINTS.map((endpoint) => endpoint.operationId).sort());
  });
});

describe("start-ups", () => {
  test("the list takes the page's filters and hides deleted and synthetic start-ups", async () => {
    const all = (await call("listStartups")).body as ListBody;
    expect(all.data.map((item) => item.slug)).toEqual(["rokid", "tongdun"]);
    expect(all.total).toBe(2);
    const filtered = (await call("listStartups", "?city=hangzhou&sector=AI_HARDWARE&from=2014&to=2014"))
      .body as ListBody;
    expect(filtered.data.map((item) => item.slug)).toEqual(["rokid"]);
    const searched = (await call("listStartups", "?q=若琪")).body as ListBody;
    expect(searched.data.map((item) => item.slug)).toEqual(["rokid"]);
    const byFounded = (await call("listStartups", "?sort=founded&order=asc")).body as ListBody;
    expect(byFounded.data.map((item) => item.slug)).toEqual(["tongdun", "rokid"]);
    const byInvestor = (await call("listStartups", "?investor=matrix")).body as ListBody;
    expect(byInvestor.data.map((item) => item.slug)).toEqual(["rokid"]);
    const byUnit = (await call("listStartups", "?unit=alibaba-group")).body as ListBody;
    expect(byUnit.data.map((item) => item.slug)).toEqual(["rokid"]);

    // The alumni switch: its definition travels with the list (counts by definition: alumni-switch.test.ts).
    expect((all as ListBody & { alumni: unknown }).alumni).toEqual({
      definition: "alumni = founders with any stint at Alibaba Group",
      yearsNotReported: null,
    });
    const strict = (await call("listStartups", "?tenure=40")).body as ListBody & {
      alumni: { definition: string; yearsNotReported: number };
    };
    expect(strict.data).toEqual([]);
    expect(strict.alumni.definition).toBe("alumni = founders who spent at least 40 years at Alibaba Group");
    expect(strict.alumni.yearsNotReported).toEqual(expect.any(Number));
    expect((await call("listStartups", "?tenure=41")).response.status).toBe(400);
    expect((await call("listStartups", "?leftWithin=soon")).response.status).toBe(400);
  });

  test("cursor pages cover the list once, in order", async () => {
    const first = (await call("listStartups", "?limit=1")).body as ListBody;
    expect(first.data.map((item) => item.slug)).toEqual(["rokid"]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await call("listStartups", `?limit=1&cursor=${first.nextCursor}`)).body as ListBody;
    expect(second.data.map((item) => item.slug)).toEqual(["tongdun"]);
    expect(second.nextCursor).toBeNull();
    const otherSize = await call("listStartups", `?limit=2&cursor=${first.nextCursor}`);
    expect(otherSize.response.status).toBe(400);
  });

  test("a profile embeds founders, rounds with public investors only, and citations when asked", async () => {
    const plain = (await call("getStartup", "", { slug: "rokid" })).body as ItemBody;
    expect(plain.data.citations).toBeUndefined();
    expect((plain.data.foundings as { person: { slug: string } }[]).map((f) => f.person.slug)).toEqual(["misa"]);
    const [round] = plain.data.fundingRounds as { amountUsdLow: string; investments: { investor: unknown }[] }[];
    expect(round!.amountUsdLow).toBe("50000000");
    expect(round!.investments.map((i) => i.investor)).toEqual([
      expect.objectContaining({ type: "organization", organization: expect.objectContaining({ slug: "matrix" }) }),
      expect.objectContaining({ type: "person", person: expect.objectContaining({ slug: "angel" }) }),
    ]);
    const cited = (await call("getStartup", "?include=citations", { slug: "rokid" })).body as ItemBody;
    expect(cited.data.citations).toEqual([
      expect.objectContaining({ id: world.citation, field: "foundedYear", quote: "成立于2014年" }),
    ]);
  });

  test("deleted, synthetic and unknown start-ups are 404s; a former slug redirects", async () => {
    for (const slug of ["gone", "synthetic-startup-000001", "no-such-startup", "NOT A SLUG"]) {
      const { response, body } = await call("getStartup", "", { slug });
      expect(response.status, slug).toBe(404);
      expect(body).toMatchObject({ type: "about:blank", title: "Not Found", status: 404 });
    }
    const { response } = await call("getStartup", "", { slug: "rokid-old" });
    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toBe("/api/v1/startups/rokid");
  });
});

describe("the other resources", () => {
  test("people, organizations and the unit tree", async () => {
    const people = (await call("listPeople")).body as ListBody;
    expect(people.data.map((item) => item.slug)).toEqual(["angel", "misa"]);
    expect(((await call("listPeople", "?role=founder")).body as ListBody).data.map((p) => p.slug)).toEqual(["misa"]);
    expect(((await call("listPeople", "?role=investor")).body as ListBody).data.map((p) => p.slug)).toEqual(["angel"]);
    const person = (await call("getPerson", "?include=citations", { slug: "misa" })).body as ItemBody;
    expect((person.data.foundings as unknown[]).length).toBe(1);
    expect(person.data.employments).toEqual([
      expect.objectContaining({ organization: expect.objectContaining({ slug: "m-studio" }), startYear: 2011 }),
    ]);
    expect((await call("getPerson", "", { slug: "ghost" })).response.status).toBe(404);

    const organizations = (await call("listOrganizations")).body as ListBody;
    // By lower-cased name, the database's collation deciding between "m studio" and "matrix partners".
    const byName = (
      await db.prisma.$queryRaw<{ slug: string }[]>`
      SELECT slug FROM "Organization" WHERE "deletedAt" IS NULL ORDER BY lower("nameEn"), id`
    ).map((row) => row.slug);
    expect(organizations.data.map((item) => item.slug)).toEqual(byName);
    const units = (await call("listOrganizations", "?kind=ALIBABA_UNIT")).body as ListBody;
    expect(units.data.map((item) => [item.slug, item.parentSlug])).toEqual([
      ["alibaba-group", null],
      ["m-studio", "alibaba-group"],
    ]);
    const investors = (await call("listOrganizations", "?investor=true")).body as ListBody;
    expect(investors.data.map((item) => item.slug)).toEqual(["matrix"]);
    const unit = (await call("getOrganization", "", { slug: "alibaba-group" })).body as ItemBody;
    expect(unit.data.children).toEqual([expect.objectContaining({ slug: "m-studio" })]);
    const tree = (await call("getUnitTree")).body as ItemBody<{ slug: string; children: { slug: string }[] }[]>;
    expect(tree.data).toEqual([
      expect.objectContaining({ slug: "alibaba-group", children: [expect.objectContaining({ slug: "m-studio" })] }),
    ]);
    expect((await call("getOrganization", "", { slug: "old-fund" })).response.status).toBe(404);
  });

  test("cities, rounds, foundings, employments", async () => {
    const cities = (await call("listCities")).body as ListBody;
    expect(cities.data).toEqual([expect.objectContaining({ slug: "hangzhou", startups: 2 })]);
    expect(((await call("listCities", "?country=US")).body as ListBody).data).toEqual([]);
    expect(((await call("getCity", "?include=citations", { slug: "hangzhou" })).body as ItemBody).data.startups).toBe(
      2,
    );
    expect((await call("getCity", "", { slug: "synthetic-city" })).response.status).toBe(404);

    const rounds = (await call("listFundingRounds", "?investor=matrix")).body as ListBody;
    expect(rounds.data.map((item) => item.id)).toEqual([world.round]);
    expect(((await call("listFundingRounds", "?stage=SEED")).body as ListBody).data).toEqual([]);
    const round = (await call("getFundingRound", "?include=citations", { id: String(world.round) })).body as ItemBody;
    expect(round.data.startup).toEqual(expect.objectContaining({ slug: "rokid" }));
    // The amount in the source's own words travels with the amount read from them.
    expect(round.data).toMatchObject({ amountText: "US$50 million", amountKind: "EXACT" });

    const foundings = (await call("listFoundings", "?startup=rokid")).body as ListBody;
    expect(foundings.data.map((item) => item.id)).toEqual([world.founding]);
    expect(((await call("listFoundings", "?person=misa")).body as ListBody).data.map((item) => item.id)).toEqual([
      world.founding,
    ]);
    expect((await call("getFounding", "", { id: String(world.founding) })).response.status).toBe(200);
    const employments = (await call("listEmployments", "?organization=m-studio")).body as ListBody;
    expect(employments.data.map((item) => item.id)).toEqual([world.employment]);
    // An end the source states (2014) is not "end not stated".
    expect(employments.data[0]).toMatchObject({ endYear: 2014, isCurrent: false, endNotStated: false });
    expect((await call("getEmployment", "?include=citations", { id: String(world.employment) })).response.status).toBe(
      200,
    );
    expect((await call("getFundingRound", "", { id: "999999" })).response.status).toBe(404);
    expect((await call("getFundingRound", "", { id: "abc" })).response.status).toBe(404);
  });

  test("sources, citations and reported figures", async () => {
    const sources = (await call("listSources")).body as ListBody;
    expect(sources.data.map((item) => item.id)).toEqual([world.source.id]);
    expect((await call("getSource", "", { id: String(world.deletedSource.id) })).response.status).toBe(404);
    expect((await call("getSource", "", { id: String(world.source.id) })).response.status).toBe(200);
    const citations = (await call("listCitations", `?recordType=STARTUP&recordId=${world.startup.id}`))
      .body as ListBody;
    expect(citations.data.map((item) => item.id)).toEqual([world.citation]);
    const everyCitation = (await call("listCitations")).body as ListBody;
    expect(everyCitation.data.map((item) => item.id)).toEqual([world.citation]);
    expect((await call("getCitation", "", { id: String(world.citation) })).response.status).toBe(200);
    expect((await call("getCitation", "", { id: String(world.hiddenCitation) })).response.status).toBe(404);
    const figures = (await call("listReportedFigures", "?city=hangzhou")).body as ListBody;
    expect(figures.data.map((item) => item.slug)).toEqual(["itjuzi-85"]);
    const figure = (await call("getReportedFigure", "?include=citations", { slug: world.figure })).body as ItemBody;
    expect(figure.data).toMatchObject({ value: "85", scopeCity: { slug: "hangzhou" }, citations: [] });
  });

  test("keyset cursors page through a list without overlap", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ListBody = (await call("listOrganizations", `?limit=1${cursor ? `&cursor=${cursor}` : ""}`))
        .body as ListBody;
      seen.push(...page.data.map((item) => String(item.slug)));
      cursor = page.nextCursor;
    } while (cursor);
    const whole = (await call("listOrganizations", "?limit=100")).body as ListBody;
    expect(seen).toEqual(whole.data.map((item) => item.slug));
    expect(seen).toHaveLength(3);
  });
});

describe("the envelope", () => {
  test("ETag and 304; the tag changes when the data does", async () => {
    const first = await call("getStartup", "", { slug: "rokid" });
    const etag = first.response.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.response.headers.get("cache-control")).toContain("s-maxage=");
    const again = await call("getStartup", "", { slug: "rokid" }, { "If-None-Match": etag });
    expect(again.response.status).toBe(304);
    expect(again.response.headers.get("etag")).toBe(etag);
    // Another request's tag differs, so one answer's tag never validates another.
    const other = await call("getStartup", "?include=citations", { slug: "rokid" });
    expect(other.response.headers.get("etag")).not.toBe(etag);
    // A citation edit (which the charts never read) still changes the tag.
    await db.prisma.citation.update({ where: { id: world.citation }, data: { note: "checked" } });
    const changed = await call("getStartup", "", { slug: "rokid" }, { "If-None-Match": etag });
    expect(changed.response.status).toBe(200);
    expect(changed.response.headers.get("etag")).not.toBe(etag);
  });

  test("a 304 reads nothing but the data version", async () => {
    const etag = (await call("listStartups")).response.headers.get("etag")!;
    const queries: string[] = [];
    const original = db.prisma.$queryRaw.bind(db.prisma);
    const spy = vi.spyOn(db.prisma, "$queryRaw").mockImplementation(((...args: Parameters<typeof original>) => {
      queries.push(String((args[0] as unknown as { strings?: string[] }).strings?.join("?") ?? args[0]));
      return original(...args);
    }) as typeof original);
    try {
      const response = (await call("listStartups", "", {}, { "If-None-Match": etag })).response;
      expect(response.status).toBe(304);
    } finally {
      spy.mockRestore();
    }
    expect(queries).toHaveLength(1);
    expect(queries[0]).toContain("ChartDataVersion");
  });

  test("a route without dynamic segments works with the params Next.js gives it (none)", async () => {
    const { GET } = await import("@/app/api/v1/cities/route");
    const response = await GET(new Request("http://localhost/api/v1/cities"), {
      params: Promise.resolve(undefined as unknown as Record<string, string>),
    });
    expect(response.status).toBe(200);
  });

  test("CORS for reads", async () => {
    const { response } = await call("listCities");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-expose-headers")).toContain("ETag");
    const preflight = (await ROUTES.listCities!()).OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toContain("GET");
  });

  test("rate limit per client: RateLimit-* headers, then 429 with Retry-After", async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "2";
    resetApiRateLimiter();
    const client = { "x-atlas-client-address": "203.0.113.7" };
    const first = await call("listCities", "", {}, client);
    expect(first.response.headers.get("ratelimit-limit")).toBe("2");
    expect(first.response.headers.get("ratelimit-remaining")).toBe("1");
    expect((await call("listCities", "", {}, client)).response.status).toBe(200);
    const refused = await call("listCities", "", {}, client);
    expect(refused.response.status).toBe(429);
    expect(Number(refused.response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ status: 429, title: "Too Many Requests" });
    // Another client has its own count.
    const other = await call("listCities", "", {}, { "x-atlas-client-address": "203.0.113.8" });
    expect(other.response.status).toBe(200);
  });

  test("bad parameters are problem details listing each problem", async () => {
    const { response, body } = await call("listStartups", "?sector=NOPE&limit=0&colour=red");
    expect(response.status).toBe(400);
    const errors = (body as { errors: string[] }).errors;
    expect(errors.join("\n")).toContain('Unknown parameter "colour"');
    expect(errors.join("\n")).toContain('"sector"');
    expect(errors.join("\n")).toContain('"limit"');
    expect((await call("listStartups", "?q=x")).response.status).toBe(400);
    expect((await call("listPeople", "?cursor=not-a-cursor")).response.status).toBe(400);
    expect((await call("listStartups", "?city=a&city=b")).response.status).toBe(400);
  });

  test("no query string makes any endpoint answer 500", async () => {
    const keys = ["q", "city", "sector", "limit", "cursor", "sort", "order", "from", "to", "include", "kind", "role"];
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        "",
        "0",
        "-1",
        "101",
        "1e3",
        "NaN",
        "AI_HARDWARE",
        "asc",
        "citations",
        "%",
        "'",
        "\u0000",
        "eyJwIjoyfQ",
      ),
      fc.integer().map(String),
    );
    const operations = ENDPOINTS.filter((endpoint) => !endpoint.pathParams).map((endpoint) => endpoint.operationId);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...operations),
        fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 4 }),
        async (operationId, pairs) => {
          resetApiRateLimiter();
          const query = pairs.length ? `?${new URLSearchParams(pairs).toString()}` : "";
          const { response } = await call(operationId, query);
          expect([200, 400], `${operationId}${query}`).toContain(response.status);
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** The RFC 4287 rules a feed reader relies on, checked on the parsed document. */
function expectValidAtom(xml: string): { title: string; id: string; link?: unknown; content: string }[] {
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    isArray: (name) => ["entry", "link"].includes(name),
  }).parse(xml, true) as {
    feed: Record<string, unknown> & { entry?: Record<string, unknown>[]; link: { "@rel": string; "@href": string }[] };
  };
  const feed = parsed.feed;
  expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
  const absolute = (value: unknown) => expect(() => new URL(String(value))).not.toThrow();
  const rfc3339 = (value: unknown) => expect(String(value)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  absolute(feed.id);
  expect(String(feed.title)).not.toBe("");
  rfc3339(feed.updated);
  expect((feed.author as { name: string }).name).toBe("Alumni Atlas");
  expect(feed.link.find((link) => link["@rel"] === "self")).toBeDefined();
  const entries = (feed.entry ?? []) as Record<string, unknown>[];
  for (const entry of entries) {
    absolute(entry.id);
    expect(String(entry.title)).not.toBe("");
    rfc3339(entry.updated);
    // Without content an entry would need an alternate link; every entry here has content.
    expect(entry.content).toEqual(expect.objectContaining({ "@type": "text" }));
  }
  expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  return entries.map((entry) => ({
    title: String(entry.title),
    id: String(entry.id),
    link: entry.link,
    content: String((entry.content as { "#text"?: string })["#text"] ?? ""),
  }));
}

test("no path parameter makes a detail endpoint answer 500", async () => {
  const operations = ENDPOINTS.filter((endpoint) => endpoint.pathParams).map((endpoint) => endpoint.operationId);
  const segment = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(
      "rokid",
      "gone",
      "0",
      "-1",
      "2147483648",
      "99999999999",
      "1e3",
      "rokid-old",
      "%00",
      "..",
      "a".repeat(101),
    ),
    fc.integer().map(String),
  );
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...operations), segment, async (operationId, value) => {
      resetApiRateLimiter();
      const { response } = await call(operationId, "", { slug: value, id: value });
      expect([200, 308, 404], `${operationId} ${JSON.stringify(value)}`).toContain(response.status);
    }),
    { numRuns: 150 },
  );
});

test("an address under /api/v1 that names no endpoint is a problem document", async () => {
  const { GET } = await import("@/app/api/v1/[...rest]/route");
  const response = GET(new Request("http://localhost/api/v1/nothing/here"));
  expect(response.status).toBe(404);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(await response.json()).toMatchObject({ status: 404, instance: "/api/v1/nothing/here" });
});

describe("feeds of changes", () => {
  test("list a change made here, scoped to a start-up, an investor, a city and a filtered list", async () => {
    const { historyRecorder } = await import("@/lib/data/admin/history");
    const { toSnapshot } = await import("@/lib/history/snapshot");
    const editor = await db.prisma.user.create({
      data: { id: "feed-editor", name: "Private Editor Name", email: "editor@example.org" },
    });
    await db.prisma.$transaction(async (tx) => {
      const record = historyRecorder(tx, editor);
      const before = await tx.startup.findUniqueOrThrow({ where: { id: world.startup.id } });
      const after = await tx.startup.update({
        where: { id: world.startup.id },
        data: { description: "AR glasses <and> voice AI", version: { increment: 1 } },
      });
      await record({
        recordType: "STARTUP",
        recordId: after.id,
        action: "UPDATE",
        version: after.version,
        before: toSnapshot(before),
        after: toSnapshot(after),
      });
      const investment = await tx.investment.findFirstOrThrow({ where: { organizationId: world.firm.id } });
      await record({
        recordType: "INVESTMENT",
        recordId: investment.id,
        action: "CREATE",
        after: toSnapshot(investment),
      });
      const gone = await tx.startup.findUniqueOrThrow({ where: { id: world.deletedStartup.id } });
      await record({ recordType: "STARTUP", recordId: gone.id, action: "DELETE", before: toSnapshot(gone) });
      await record({ recordType: "USER", recordId: editor.id, action: "UPDATE", summary: "role changed" });
    });

    const all = expectValidAtom((await call("feedAllChanges")).body as string);
    expect(all.map((entry) => entry.title)).toEqual([
      "Added investment #" +
        (await db.prisma.investment.findFirstOrThrow({ where: { organizationId: world.firm.id } })).id,
      "Updated start-up: Rokid",
    ]);
    expect(all[1]!.content).toContain("description");
    const raw = (await call("feedAllChanges")).body as string;
    expect(raw).not.toContain("Private Editor Name");
    expect(raw).not.toContain("Gone Co");
    expect(raw).not.toContain("role changed");

    const startup = expectValidAtom((await call("feedStartupChanges", "", { slug: "rokid" })).body as string);
    expect(startup).toHaveLength(2);
    const investor = expectValidAtom((await call("feedOrganizationChanges", "", { slug: "matrix" })).body as string);
    expect(investor.map((entry) => entry.title)).toEqual([expect.stringMatching(/^Added investment/)]);
    const city = expectValidAtom((await call("feedCityChanges", "", { slug: "hangzhou" })).body as string);
    expect(city).toHaveLength(2);
    const matching = expectValidAtom(
      (await call("feedStartupListChanges", "?sector=AI_HARDWARE&q=rokid")).body as string,
    );
    expect(matching).toHaveLength(2);
    const other = expectValidAtom((await call("feedStartupListChanges", "?q=tongdun")).body as string);
    expect(other).toEqual([]);
    expect((await call("feedStartupListChanges", "?sort=name")).response.status).toBe(400);
    expect((await call("feedStartupChanges", "", { slug: "gone" })).response.status).toBe(404);
    expect((await call("feedCityChanges", "", { slug: "synthetic-city" })).response.status).toBe(404);
  });
});

describe("a start-up as of a date", () => {
  test("shows the old value after an edit, and nothing before it existed", async () => {
    const { historyRecorder } = await import("@/lib/data/admin/history");
    const { toSnapshot } = await import("@/lib/history/snapshot");
    const p = db.prisma;
    const editor = await p.user.create({ data: { id: "as-of-editor", name: "Editor", email: "as-of@example.org" } });
    const created = new Date("2026-01-01T08:00:00Z");
    const startup = await createStartup(p, {
      slug: "as-of-co",
      nameEn: "As Of Co",
      description: "Old description",
      createdAt: created,
    });
    await createFounding(p, { personId: world.founder.id, startupId: startup.id, createdAt: created });
    const citation = await createCitation(p, {
      sourceId: world.source.id,
      recordType: "STARTUP",
      recordId: startup.id,
      field: "description",
      createdAt: created,
    });
    // An editor's changes, dated 1 June: the description rewritten, a round added, the citation removed.
    await p.$transaction(async (tx) => {
      const record = historyRecorder(tx, editor);
      const after = await tx.startup.update({
        where: { id: startup.id },
        data: { description: "New description", version: { increment: 1 } },
      });
      await record({
        recordType: "STARTUP",
        recordId: startup.id,
        action: "UPDATE",
        before: toSnapshot(startup),
        after: toSnapshot(after),
      });
      const round = await tx.fundingRound.create({
        data: { startupId: startup.id, stage: "SEED", amountKind: "UNDISCLOSED" },
      });
      await record({ recordType: "FUNDING_ROUND", recordId: round.id, action: "CREATE", after: toSnapshot(round) });
      const removed = await tx.citation.update({ where: { id: citation.id }, data: { deletedAt: new Date() } });
      await record({
        recordType: "CITATION",
        recordId: citation.id,
        action: "DELETE",
        before: toSnapshot(citation),
        after: toSnapshot(removed),
      });
    });
    await p.changeLog.updateMany({
      where: { actorId: editor.id },
      data: { createdAt: new Date("2026-06-01T10:00:00Z") },
    });

    type Body = {
      data: { description: string; fundingRounds: unknown[]; foundings: unknown[]; citations?: unknown[] };
      asOf?: string;
    };
    const before = (await call("getStartup", "?asOf=2026-05-31&include=citations", { slug: "as-of-co" })).body as Body;
    expect(before.asOf).toBe("2026-05-31");
    expect(before.data.description).toBe("Old description");
    expect(before.data.fundingRounds).toEqual([]);
    expect(before.data.foundings).toHaveLength(1);
    expect(before.data.citations).toEqual([expect.objectContaining({ id: citation.id, field: "description" })]);

    const after = (await call("getStartup", "?asOf=2026-06-01&include=citations", { slug: "as-of-co" })).body as Body;
    expect(after.data.description).toBe("New description");
    expect(after.data.fundingRounds).toHaveLength(1);
    expect(after.data.citations).toEqual([]);

    const now = (await call("getStartup", "", { slug: "as-of-co" })).body as Body;
    expect(now.data.description).toBe("New description");
    expect(now.asOf).toBeUndefined();

    const earlier = await call("getStartup", "?asOf=2025-12-31", { slug: "as-of-co" });
    expect(earlier.response.status).toBe(404);
    expect((earlier.body as { detail: string }).detail).toContain("not in the database");
    expect((await call("getStartup", "?asOf=2026-13-01", { slug: "as-of-co" })).response.status).toBe(400);
    expect((await call("getStartup", "?asOf=2026-06-01", { slug: "gone" })).response.status).toBe(404);
  });
});

test("every endpoint was called", () => {
  expect([...called].sort()).toEqual(ENDPOINTS.map((endpoint) => endpoint.operationId).sort());
});
