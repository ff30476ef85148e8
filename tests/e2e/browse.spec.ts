import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "../helpers/csv";

async function expectNoHorizontalOverflow(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, label).toBeLessThanOrEqual(0);
}

test("searching 祝铭明 in the header lands on his page with his Alibaba career", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("search", { name: "Site" }).getByRole("searchbox");
  await box.fill("祝铭明");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  await page.getByRole("link", { name: /Misa Zhu Mingming/ }).click();
  await expect(page).toHaveURL(/\/founders\/misa-zhu-mingming$/);
  await expect(page).toHaveTitle(/Misa Zhu Mingming \(祝铭明\)/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Misa Zhu Mingming");
  const timeline = page.getByTestId("career-timeline");
  await expect(timeline).toContainText("M Studio");
  await expect(timeline).toContainText("2010–2014");
  await expect(page.getByRole("link", { name: "Rokid", exact: true })).toBeVisible();
});

test("pinyin finds him with or without spaces", async ({ page }) => {
  for (const q of ["zhu mingming", "zhumingming"]) {
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole("link", { name: /Misa Zhu Mingming/ })).toBeVisible();
  }
});

test("filtering to Hangzhou and 2014 shows Rokid, and the CSV holds exactly the filtered set", async ({ page }) => {
  await page.goto("/startups");
  const filters = page.getByRole("search", { name: "Filter start-ups" });
  await filters.getByLabel("City").selectOption("hangzhou");
  await filters.getByLabel("Founded from year").fill("2014");
  await filters.getByLabel("Founded to year").fill("2014");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/city=hangzhou/);
  await expect(page).toHaveURL(/from=2014/);
  await expect(page).toHaveURL(/to=2014/);
  const results = page.getByTestId("startup-results");
  await expect(results.getByRole("link", { name: "Rokid", exact: true })).toBeVisible();
  const total = Number(await page.getByTestId("result-total").textContent());
  expect(total).toBeGreaterThan(0);
  await expect(page.getByRole("list", { name: "Active filters" })).toContainText("In Hangzhou");
  await expect(page.getByRole("list", { name: "Active filters" })).toContainText("Founded in 2014");

  const downloadPromise = page.waitForEvent("download");
  await page.getByTestId("download-csv").click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^alumni-atlas-startups-\d{4}-\d{2}-\d{2}\.csv$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  // The annotated file's "#" lines first (what the file is, the alumni definition), then the table.
  const text = Buffer.concat(chunks)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  expect(text).toMatch(/^# Start-ups /);
  expect(text).toContain("# Definition: alumni = founders with any stint at Alibaba Group\r\n");
  const [header, ...rows] = parseCsv(text.replace(/^(#[^\r\n]*\r\n)+/, ""));
  expect(header).toContain("name");
  const column = (name: string) => header!.indexOf(name);
  expect(rows).toHaveLength(total);
  for (const row of rows) {
    expect(row[column("city")]).toBe("Hangzhou");
    expect(row[column("founded_year")]).toBe("2014");
  }
  const rokid = rows.find((row) => row[column("name")] === "Rokid");
  expect(rokid?.[column("name_zh")]).toBe("灵伴科技");
  expect(rokid?.[column("founders")]).toBe("Misa Zhu Mingming");

  // The back button returns to the unfiltered list.
  await page.goBack();
  await expect(page).toHaveURL(/\/startups$/);
});

async function downloadText(page: Page, testId: string): Promise<string> {
  const downloadPromise = page.waitForEvent("download");
  await page.getByTestId(testId).click();
  const stream = await (await downloadPromise).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
}

test("the alumni switch on the start-up list narrows the list and its CSV, and says what it left out", async ({
  page,
}) => {
  await page.goto("/startups");
  const anyStint = Number(await page.getByTestId("result-total").textContent());
  await expect(page.getByTestId("alumni-definition")).toContainText(
    "alumni = founders with any stint at Alibaba Group",
  );
  await expect(page.getByTestId("alumni-left-out")).toHaveCount(0);

  const filters = page.getByRole("search", { name: "Filter start-ups" });
  await filters.getByLabel("Alumni: time at Alibaba").selectOption("3");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/tenure=3/);
  await expect(page.getByRole("list", { name: "Active filters" })).toContainText(
    "Founders who spent at least 3 years at Alibaba Group",
  );
  const strict = Number(await page.getByTestId("result-total").textContent());
  const leftOutText = (await page.getByTestId("alumni-left-out").textContent()) ?? "";
  const leftOut = Number(/Years not reported: (\d+) start-ups?/.exec(leftOutText)?.[1]);
  // Seeded careers: Rokid's founder 4 years, Lepton AI's 3; many report no start or end year.
  expect(strict).toBeGreaterThan(0);
  expect(strict).toBeLessThan(anyStint);
  expect(strict + leftOut).toBeLessThanOrEqual(anyStint);

  const annotated = await downloadText(page, "download-csv");
  expect(annotated).toContain("# Definition: alumni = founders who spent at least 3 years at Alibaba Group\r\n");
  expect(annotated).toContain(`# Note: Years not reported: ${leftOut} start-up`);
  const [header, ...rows] = parseCsv(annotated.replace(/^(#[^\r\n]*\r\n)+/, ""));
  expect(header?.[0]).toBe("name");
  expect(rows).toHaveLength(strict);
  const profile = header!.indexOf("profile_url");
  const exported = rows.map((row) => row[profile]!.replace(/^.*\/startups\//, ""));
  const shown = await page
    .locator('[data-testid="startup-results"] tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-slug")));
  expect(shown.length).toBeGreaterThan(0);
  for (const slug of shown) expect(exported).toContain(slug);

  const clean = await downloadText(page, "download-csv-clean");
  expect(clean.startsWith("name,")).toBe(true);
  expect(parseCsv(clean)).toHaveLength(strict + 1);

  // Removing the chip restores "any stint".
  await page.getByRole("link", { name: /Remove filter: Founders who spent/ }).click();
  await expect(page).not.toHaveURL(/tenure=/);
  await expect(page.getByTestId("result-total")).toHaveText(String(anyStint));
});

test("founder → start-up → investor → another portfolio company", async ({ page }) => {
  await page.goto("/founders/misa-zhu-mingming");
  await page.getByRole("link", { name: "Rokid", exact: true }).click();
  await expect(page).toHaveURL(/\/startups\/rokid$/);
  await expect(page.getByTestId("fact-founded")).toContainText("2014");
  await expect(page.getByTestId("fact-city")).toContainText("Hangzhou");
  await expect(page.getByTestId("founder")).toContainText("M Studio");
  await page.getByTestId("funding-rounds").getByRole("link", { name: "Vision Plus Capital" }).click();
  await expect(page).toHaveURL(/\/investors\/vision-plus-capital$/);
  const person = page.getByTestId("investor-person").filter({ hasText: "Eddie Wu" });
  await expect(person).toContainText("co-founder");
  await expect(person).toContainText("Chief Executive Officer");
  await expect(person).toContainText("Alibaba Group");
  await expect(person).toContainText("2023 – present");
  const other = page.getByTestId("portfolio").getByRole("link").filter({ hasNotText: "Rokid" }).first();
  const otherName = (await other.locator("span").first().textContent()) ?? "";
  await other.click();
  await expect(page).not.toHaveURL(/\/startups\/rokid$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(otherName);
  await expect(page.getByTestId("funding-rounds")).toContainText("Vision Plus Capital");
});

test("a conflicting founding year shows both values with their sources", async ({ page }) => {
  await page.goto("/startups/tongdun");
  const founded = page.getByTestId("fact-founded");
  await expect(founded).toContainText("2012");
  await expect(founded.getByTestId("conflict")).toContainText("2013");
  // Each value carries a footnote that points into the source list.
  const markers = founded.locator("[data-footnote]");
  expect(await markers.count()).toBeGreaterThanOrEqual(2);
  const number = await markers.last().getAttribute("data-footnote");
  await expect(page.locator(`#source-${number}`)).toBeVisible();
});

test("unknown slugs are real 404s with a helpful page", async ({ page }) => {
  for (const path of [
    "/startups/no-such",
    "/founders/no-such",
    "/cities/atlantis",
    "/investors/no-such",
    "/units/no-such",
    "/units/vision-plus-capital",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("at this address");
  }
});

test("hostile query parameters never give a 500", async ({ page, request }) => {
  const junk = [
    "/startups?page=-1&sort=%27%3BDROP%20TABLE&order=sideways",
    `/startups?q=${"x".repeat(10_000)}`,
    "/startups?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&city=%3Cb%3E",
    "/startups?page=99999999999999999999&from=abc&to=1",
    "/startups?q=%25%25&city=../../etc",
    "/founders?page=0&q=%00%01",
    "/investors?page=NaN",
    "/cities/hangzhou?sort=evil&page=1e9",
    `/search?q=${encodeURIComponent("' OR 1=1 --")}`,
  ];
  for (const path of junk) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
  }
  await page.goto("/startups?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  // Rendered as text, never as markup.
  await expect(page.locator("script:has-text('alert(1)')")).toHaveCount(0);
  await expect(page.getByTestId("empty-results")).toBeVisible();
  await page.goto("/startups?page=abc&sort=zzz");
  await expect(page.getByTestId("param-issues")).toContainText("page number");
  await expect(page.getByTestId("startup-results")).toBeVisible();

  const bad = await request.get("/api/startups/csv?sort=evil");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).issues[0]).toContain("sort");
});

test.describe("at phone width", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("every page type fits 390 px", async ({ page }) => {
    for (const path of [
      "/startups",
      "/startups/rokid",
      "/founders",
      "/founders/misa-zhu-mingming",
      "/cities",
      "/cities/hangzhou",
      "/investors",
      "/investors/vision-plus-capital",
      "/units",
      "/units/damo-academy",
      "/search?q=rokid",
    ]) {
      await page.goto(path);
      await expectNoHorizontalOverflow(page, path);
      await page.screenshot({
        path: `test-results/screenshots/phone${path.replace(/[^a-z0-9]+/gi, "-")}.png`,
        fullPage: true,
      });
    }
  });
});

test("every page type has a meaningful title and description", async ({ page }) => {
  const pages: [string, RegExp][] = [
    ["/startups", /^Start-ups · Alumni Atlas/],
    ["/startups/rokid", /^Rokid \(灵伴科技\) · Alumni Atlas/],
    ["/founders", /^Founders · /],
    ["/cities/hangzhou", /^Hangzhou \(杭州\) · /],
    ["/investors/vision-plus-capital", /^Vision Plus Capital \(元璟资本\) · /],
    ["/units/damo-academy", /^DAMO Academy alumni founders · /],
  ];
  for (const [path, title] of pages) {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description?.length ?? 0, path).toBeGreaterThan(40);
  }
});
