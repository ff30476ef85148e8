import { expect, test, type Page } from "@playwright/test";

// The profile and list pages in 中文, read as a reader would: the words are Chinese, links stay
// under /zh, the filters and sort keep the language and the query, and the language switch goes to
// the same page (with its filters) in English. Records' own English text is labelled as such.

/** Every same-site link in the main content that goes to a localized section, as a path. */
async function internalLinks(page: Page): Promise<string[]> {
  return page
    .locator("main a[href^='/']")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))
    .then((hrefs) => hrefs.filter((href) => /^\/(zh\/)?(startups|founders|investors|units|cities)\b/.test(href)));
}

async function expectNoHorizontalOverflow(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, label).toBeLessThanOrEqual(0);
}

test("Rokid's page in 中文: headings and facts in Chinese, links under /zh, its English description labelled", async ({
  page,
}) => {
  const response = await page.goto("/zh/startups/rokid");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Rokid");
  await expect(page.getByRole("heading", { name: "创始人及其阿里履历" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "融资轮次" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "来源", exact: true })).toBeVisible();
  await expect(page.getByTestId("fact-founded")).toContainText("成立");
  await expect(page.getByTestId("fact-city")).toContainText("城市");
  // The description is data written in English: labelled, and marked as English for screen readers.
  const original = page.getByTestId("in-english").first();
  await expect(original).toHaveText("英文原文");
  await expect(page.locator("main [lang='en']").first()).toBeVisible();
  // The breadcrumb and every profile link keep the reader in Chinese.
  await expect(page.getByRole("link", { name: "初创公司", exact: true }).first()).toHaveAttribute(
    "href",
    "/zh/startups",
  );
  const links = await internalLinks(page);
  expect(links.length).toBeGreaterThan(3);
  expect(links.filter((href) => !href.startsWith("/zh/"))).toEqual([]);
  // No English interface words left on the page's own parts.
  const main = page.locator("main");
  for (const english of ["Funding rounds", "Founders and their Alibaba careers", "Sources", "Not reported"]) {
    await expect(main.getByText(english, { exact: true })).toHaveCount(0);
  }
});

test("a footnote card in 中文 speaks Chinese and its correction link stays under /zh", async ({ page }) => {
  await page.goto("/zh/startups/rokid");
  const marker = page.locator("[data-footnote]").first();
  await expect(marker).toHaveAttribute("aria-label", /^来源 \d+/);
  await marker.click();
  const card = page.getByTestId("footnote-card");
  await expect(card).toBeVisible();
  await expect(card.getByTestId("flag-fact")).toHaveText("报告此事实有误");
  await expect(card.getByTestId("flag-fact")).toHaveAttribute("href", /^\/zh\/suggest\/flag\?/);
  await expect(card.getByRole("link", { name: /^来源列表第 \d+ 条$/ })).toBeVisible();
});

test("the start-up list in 中文: the filters post to /zh, sort and pages keep /zh and the query", async ({ page }) => {
  await page.goto("/zh/startups");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("初创公司");
  const filters = page.getByRole("search", { name: "筛选初创公司" });
  await filters.getByLabel("城市").selectOption("hangzhou");
  await filters.getByRole("button", { name: "应用筛选" }).click();
  await expect(page).toHaveURL(/\/zh\/startups\?(.*&)?city=hangzhou/);
  await expect(page.getByTestId("startup-results")).toContainText("Rokid");
  await expect(page.getByRole("columnheader", { name: "初创公司" })).toBeAttached();
  // The chip that removes the filter, and the sort links, stay in Chinese and keep the filter.
  await expect(page.getByRole("list", { name: "当前筛选条件" }).getByRole("link")).toHaveAttribute(
    "href",
    "/zh/startups",
  );
  const sort = page.getByRole("navigation", { name: "排序" });
  const byFounded = sort.getByRole("link", { name: /成立时间/ });
  await expect(byFounded).toHaveAttribute("href", /^\/zh\/startups\?.*city=hangzhou/);
  await byFounded.click();
  await expect(page).toHaveURL(
    /\/zh\/startups\?.*city=hangzhou.*sort=founded|\/zh\/startups\?.*sort=founded.*city=hangzhou/,
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("初创公司");

  // The language switch goes to the same list, filters and sort included, in English.
  const url = new URL(page.url());
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL((next) => next.pathname === "/startups" && next.search === url.search);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start-ups");
  await expect(page.getByRole("search", { name: "Filter start-ups" }).getByLabel("City")).toHaveValue("hangzhou");
});

test("pagination on a 中文 list keeps /zh", async ({ page }) => {
  await page.goto("/zh/founders");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("创始人");
  const pages = page.getByRole("navigation", { name: "分页" });
  if ((await pages.count()) > 0) {
    await expect(pages).toContainText(/第 1 页，共 \d+ 页/);
    await expect(pages.getByRole("link", { name: "下一页 →" })).toHaveAttribute("href", /^\/zh\/founders\?page=2$/);
  }
  const search = page.getByRole("search", { name: "搜索创始人" });
  await expect(search).toHaveAttribute("action", "/zh/founders");
});

test("a founder and an investor in 中文", async ({ page }) => {
  await page.goto("/zh/founders/misa-zhu-mingming");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("heading", { name: /^履历/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "创办的初创公司" })).toBeVisible();
  // In 中文 a start-up goes by its Chinese name first.
  await expect(page.getByRole("link", { name: "灵伴科技", exact: true })).toHaveAttribute("href", "/zh/startups/rokid");
  expect((await internalLinks(page)).filter((href) => !href.startsWith("/zh/"))).toEqual([]);

  await page.goto("/zh/investors");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("投资方");
  const first = page.locator("main table a[href^='/zh/investors/']").first();
  await first.click();
  await expect(page).toHaveURL(/\/zh\/investors\/[\w-]+$/);
  await expect(page.getByRole("heading", { name: "投资组合", exact: true })).toBeVisible();
  expect((await internalLinks(page)).filter((href) => !href.startsWith("/zh/"))).toEqual([]);
});

test("unit and city pages in 中文", async ({ page }) => {
  await page.goto("/zh/units");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("阿里业务单元");
  await page.locator("[data-testid='unit-tree'] a").first().click();
  await expect(page).toHaveURL(/\/zh\/units\/[\w-]+$/);
  await expect(page.getByText("校友创始人", { exact: true })).toBeVisible();

  await page.goto("/zh/cities/hangzhou");
  await expect(page.getByRole("heading", { name: "按成立年份" })).toBeVisible();
  await expect(page.getByRole("link", { name: /在完整列表中进一步筛选/ })).toHaveAttribute(
    "href",
    "/zh/startups?city=hangzhou",
  );
});

test("an unknown slug in 中文 is a 404 whose way back stays in Chinese", async ({ page }) => {
  const response = await page.goto("/zh/startups/no-such-start-up");
  expect(response?.status()).toBe(404);
  await expect(page.locator("main a[href='/zh/startups']")).toBeVisible();
});

for (const width of [1280, 390]) {
  test(`中文 list and profiles fit ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ["/zh/startups", "/zh/startups/rokid", "/zh/founders/misa-zhu-mingming", "/zh/investors"]) {
      await page.goto(path);
      await expectNoHorizontalOverflow(page, `${path} at ${width}`);
    }
  });
}
