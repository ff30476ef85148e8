import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { parseStartupListParams } from "@/lib/validation/search-params";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createCity, createFounding, createOrganization, createPerson, createStartup } from "../factories";

let db: TestDatabase;

vi.mock("@/lib/db", () => ({ getPrisma: async () => db.prisma }));

const search = await import("@/lib/data/search");
const startupList = await import("@/lib/data/startups/list");

/*
 * Readers in Taiwan and Hong Kong type Traditional characters; the records' Chinese names are
 * Simplified. A query in either script must find the same records, in the global search and in the
 * lists' name filter (both use lib/data/search.ts), on a real database.
 */
beforeAll(async () => {
  db = await createTestDatabase();
  const p = db.prisma;
  const hangzhou = await createCity(p, { slug: "hangzhou", nameEn: "Hangzhou", nameZh: "杭州", pinyin: "hang zhou" });
  await createCity(p, { slug: "taipei", nameEn: "Taipei", nameZh: "台北", pinyin: "tai bei" });
  await createOrganization(p, {
    slug: "alibaba-group",
    nameEn: "Alibaba Group",
    nameZh: "阿里巴巴集团",
    kind: "ALIBABA_UNIT",
  });
  await createOrganization(p, { slug: "ant-group", nameEn: "Ant Group", nameZh: "蚂蚁集团", kind: "ALIBABA_UNIT" });
  await createOrganization(p, {
    slug: "alibaba-cloud",
    nameEn: "Alibaba Cloud",
    nameZh: "阿里云",
    kind: "ALIBABA_UNIT",
  });
  const rokid = await createStartup(p, {
    slug: "rokid",
    nameEn: "Rokid",
    nameZh: "灵伴科技",
    pinyin: "ling ban ke ji",
    foundedYear: 2014,
    cityId: hangzhou.id,
  });
  // A record known by a Traditional name: typing it as written must still find it.
  await createStartup(p, { slug: "hk-vision", nameEn: "HK Vision", nameZh: "港視智能", foundedYear: 2019 });
  const misa = await createPerson(p, {
    slug: "misa",
    nameEn: "Misa Zhu Mingming",
    nameZh: "祝铭明",
    pinyin: "zhu ming ming",
  });
  await createFounding(p, { personId: misa.id, startupId: rokid.id });
});

afterAll(async () => {
  await db?.close();
});

describe("toSimplified and queryVariants", () => {
  test.each([
    ["阿裏巴巴", "阿里巴巴"],
    ["阿裡巴巴", "阿里巴巴"],
    ["螞蟻集團", "蚂蚁集团"],
    ["祝銘明", "祝铭明"],
    ["臺北", "台北"],
    ["杭州", "杭州"],
    ["Rokid 科技", "Rokid 科技"],
  ])("%s → %s", (traditional, simplified) => {
    expect(search.toSimplified(traditional)).toBe(simplified);
  });

  test("keeps the typed form, the space-free form and their Simplified forms, once each", () => {
    expect(search.queryVariants("  靈伴 科技 ")).toEqual(["靈伴 科技", "靈伴科技", "灵伴 科技", "灵伴科技"]);
    expect(search.queryVariants("Zhu Mingming")).toEqual(["zhu mingming", "zhumingming"]);
    expect(search.queryVariants("杭州")).toEqual(["杭州"]);
  });
});

describe("searchEverything finds the same records in either script", () => {
  test.each([
    ["阿里巴巴", "阿裏巴巴", "units", "alibaba-group"],
    ["阿里巴巴", "阿裡巴巴", "units", "alibaba-group"],
    ["蚂蚁集团", "螞蟻集團", "units", "ant-group"],
    ["阿里云", "阿里雲", "units", "alibaba-cloud"],
    ["灵伴科技", "靈伴科技", "startups", "rokid"],
    // Two characters take the bigram index's path, three or more the trigram one.
    ["灵伴", "靈伴", "startups", "rokid"],
    ["祝铭明", "祝銘明", "people", "misa"],
    ["杭州", "杭州", "cities", "hangzhou"],
    ["台北", "臺北", "cities", "taipei"],
  ] as const)("%s and %s both find the %s record %s", async (simplified, traditional, group, slug) => {
    const [a, b] = await Promise.all([
      search.searchEverything({ query: simplified }),
      search.searchEverything({ query: traditional }),
    ]);
    expect(a[group].map((hit) => hit.slug)).toContain(slug);
    expect(b[group].map((hit) => hit.slug)).toEqual(a[group].map((hit) => hit.slug));
  });

  test("a Traditional query ranks the exact Simplified name first", async () => {
    const results = await search.searchEverything({ query: "阿裏巴巴集團" });
    expect(results.units[0]?.slug).toBe("alibaba-group");
  });

  test("a record known by a Traditional name is still found as typed", async () => {
    const results = await search.searchEverything({ query: "港視智能" });
    expect(results.startups.map((hit) => hit.slug)).toEqual(["hk-vision"]);
  });

  test("Latin and pinyin queries are unchanged", async () => {
    const results = await search.searchEverything({ query: "ling ban" });
    expect(results.startups.map((hit) => hit.slug)).toEqual(["rokid"]);
  });
});

describe("the start-up list's name filter", () => {
  test.each(["灵伴科技", "靈伴科技", "靈伴"])("q=%s finds Rokid", async (q) => {
    const { params } = parseStartupListParams({ q });
    const result = await startupList.findStartups({ params });
    expect(result.items.map((item) => item.slug)).toEqual(["rokid"]);
    expect(result.total).toBe(1);
  });
});
