import { expect, test } from "@playwright/test";

// The 中文 interface of the site's base: the home page, the reported figures, the language switch
// and the 404 page, read as a reader would, under /zh.

test("the home page in 中文: Chinese words, Chinese-first names and links that stay under /zh", async ({ page }) => {
  // Every chart is rendered into the home page's first HTML: slow on a loaded machine.
  test.slow();
  await page.goto("/zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("前阿里巴巴集团员工创办的 AI 初创公司");

  const tracked = page.getByRole("region", { name: "本库收录" });
  await expect(tracked.getByText("初创公司", { exact: true })).toBeVisible();
  await expect(tracked.getByText("融资轮次", { exact: true })).toBeVisible();
  await expect(tracked.locator('[data-stat="Start-ups"]')).toHaveText(/^\d+$/);
  await expect(page.getByTestId("data-as-of")).toContainText("数据截至");
  await expect(page.getByTestId("alumni-definition")).toContainText("统计口径");

  const total = page.locator('[data-figure="itjuzi-alibaba-alumni-ai-startups-2024"]');
  await expect(total.getByTestId("reported-value")).toHaveText("85");
  await expect(total).toContainText("报道数据");
  await expect(total).toContainText("本库收录");
  // The figure's scope is the record's own English words, marked as such; its plain date is written in 中文.
  await expect(total.locator('[lang="en"]').first()).toContainText("all locations");
  await expect(total).toContainText("2024年底");
  await expect(total).not.toContainText("end of 2024");
  await expect(total).toContainText("英文原文");
  const share = page.locator('[data-figure="itjuzi-alibaba-alumni-ai-startups-hangzhou-share-2024"]');
  await expect(share).toContainText("总部位于杭州的占比");
  await expect(share.getByRole("link", { name: "杭州的初创公司" })).toHaveAttribute("href", "/zh/cities/hangzhou");

  const recent = page.getByRole("region", { name: "最近更新的初创公司" });
  const links = recent.getByRole("link");
  await expect(links).toHaveCount(8);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
    expect(href).toMatch(/^\/zh\/startups\/[a-z0-9-]+$/);
  }
  await expect(recent).toContainText("年成立");

  await expect(page.getByRole("heading", { level: 2, name: "图表" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^全部 \d+ 张图表 →$/ })).toHaveAttribute("href", "/zh/charts");
  await expect(page.getByRole("link", { name: /：筛选、下载或嵌入$/ }).first()).toHaveAttribute(
    "href",
    /^\/zh\/charts\//,
  );
});

test("the reported figures in 中文: groups, units and amounts in Chinese, the records' words marked English", async ({
  page,
}) => {
  await page.goto("/zh/reported-figures");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page).toHaveTitle(/^报道数据 · /);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("报道数据");
  await expect(page.getByRole("heading", { level: 2, name: /与本库收录的对照/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /背景数据/ })).toBeVisible();

  const gap = page.getByTestId("tracked-gap");
  await expect(gap).toContainText("据 IT 桔子统计");
  await expect(gap).toContainText(/本库收录 \d+ 家/);
  await expect(gap.getByRole("link", { name: "推荐一家初创公司" })).toHaveAttribute("href", "/zh/suggest");

  const headline = page.locator('[data-figure="itjuzi-alibaba-alumni-ai-startups-2024"]');
  await expect(headline.getByTestId("figure-value")).toHaveText("85");
  await expect(headline).toContainText("家公司");
  await expect(headline).toContainText("报道方");
  await expect(headline.locator("h3 [lang='en']")).toHaveText("AI start-ups founded by former Alibaba employees");
  await expect(headline.locator("h3")).toContainText("英文原文");

  // Money in 万 and 亿, the currency after the number.
  const amount = page.locator('[data-figure="itjuzi-embodied-ai-amount-2024"]');
  await expect(amount.getByTestId("figure-value")).toHaveText("93.6亿");
  await expect(amount).toContainText("元");
});

test("the language switch keeps the page and its query, both ways", async ({ page }) => {
  await page.goto("/reported-figures?from=switch-test");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL(/\/zh\/reported-figures\?from=switch-test$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("报道数据");
  await page.getByRole("navigation", { name: "语言" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/reported-figures\?from=switch-test$/);
  expect(new URL(page.url()).pathname).toBe("/reported-figures");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reported figures");
});

test("a 404 in 中文 says what is missing in Chinese and points back under /zh", async ({ page }) => {
  const missingStartup = await page.goto("/zh/startups/no-such-start-up-here");
  expect(missingStartup?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到该初创公司");
  await expect(page.getByRole("link", { name: "全部初创公司" })).toHaveAttribute("href", "/zh/startups");

  const missingPage = await page.goto("/zh/no-such-page");
  expect(missingPage?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到该页面");
  await expect(page).toHaveTitle(/^页面不存在/);
  await expect(page.getByRole("link", { name: "首页概览" })).toHaveAttribute("href", "/zh");

  // English stays English.
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No page at this address");
  await expect(page.getByRole("link", { name: "the overview" })).toHaveAttribute("href", "/");
});
