import { expect, test } from "@playwright/test";

// The alumni network and the last English words of the 中文 site: the network page, its embed and
// its downloads in Chinese; records' Chinese names (cities, units) shown first; chart ticks, empty
// table cells, a figure's date and the link-preview card in the reader's language.

test("the network in 中文: words, menus, legend, table and downloads, nothing left in English", async ({ page }) => {
  const response = await page.goto("/zh/network");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page).toHaveTitle(/阿里校友关系网络/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("阿里校友关系网络");
  await expect(page.getByTestId("network-summary")).toContainText(/\d+个节点/);
  await expect(page.getByLabel("城市", { exact: true })).toBeVisible();
  await expect(page.getByRole("group", { name: "显示的关系" })).toBeVisible();
  await expect(page.getByRole("list", { name: "图例" })).toContainText("阿里业务单元");
  await expect(page.getByRole("heading", { name: "此关系网络中的关系" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "起点" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "下载与分享" })).toBeVisible();
  // The downloads ask the API for 中文; the embed code points at the 中文 embed.
  await expect(page.getByRole("link", { name: "关系（CSV）" })).toHaveAttribute("href", /lang=zh/);
  await expect(page.locator("#network-embed")).toHaveValue(/\/zh\/embed\/network/);
  // Profile links in the table stay under /zh.
  const hrefs = await page
    .getByTestId("network-edge-table")
    .locator("a[href^='/']")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href) => !href.startsWith("/zh/"))).toEqual([]);
  const main = page.locator("main");
  for (const english of [
    "The alumni network",
    "Connections shown",
    "Download and share",
    "The connections in this network",
    "Find",
    "Apply",
    "Start-up",
  ]) {
    await expect(main.getByText(english, { exact: true })).toHaveCount(0);
  }
  await expect(main).not.toContainText("Hover a node");
  await expect(main).not.toContainText("Source: Alumni Atlas database");
});

test("a record's network in 中文 is named by its Chinese name; the embed and the CSV speak Chinese", async ({
  page,
  request,
}) => {
  await page.goto("/zh/startups/rokid");
  const link = page.getByTestId("network-link");
  await expect(link).toHaveText("查看灵伴科技的关系网络");
  await expect(link).toHaveAttribute("href", "/zh/network?focus=startup:rokid");
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("灵伴科技的关系网络");
  await expect(page.getByRole("link", { name: "阿里校友关系网络" })).toHaveAttribute("href", "/zh/network");

  await page.goto("/zh/embed/network?focus=startup:rokid");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("灵伴科技的关系网络");
  await expect(page.getByRole("link", { name: "在 Alumni Atlas 中打开" })).toHaveAttribute(
    "href",
    "/zh/network?focus=startup%3Arokid",
  );
  await expect(page.locator("body")).not.toContainText("Open in Alumni Atlas");

  const csv = await (await request.get("/api/network/edges.csv?focus=startup:rokid&lang=zh")).text();
  expect(csv).toContain("起点编号,起点,关系,终点编号,终点,权重");
  expect(csv).not.toContain("source id");
  const english = await (await request.get("/api/network/edges.csv?focus=startup:rokid")).text();
  expect(english).toContain("source id,source,relation,target id,target,weight");
  expect((await request.get("/api/network/edges.csv?lang=fr")).status()).toBe(400);
  const svg = await (await request.get("/api/network/network.svg?focus=startup:rokid&lang=zh")).text();
  expect(svg).toContain("灵伴科技的关系网络");
  expect(svg).toContain("绘制于");
  // It carries Noto Sans SC cut to its characters, so it reads the same on a machine without CJK fonts.
  expect(svg).toMatch(/<style>@font-face\{font-family:\s*'?Noto Sans SC/);
});

test("cities and units by their Chinese names in 中文, English names kept beside them", async ({ page }) => {
  await page.goto("/zh/startups/rokid");
  // The kicker names the city in Chinese (the record has 杭州), not HANGZHOU.
  const header = page.locator("main header").first();
  await expect(header).toContainText("杭州");
  await expect(header).not.toContainText("Hangzhou");

  await page.goto("/zh/units");
  await expect(page.getByTestId("unit-tree").getByRole("link", { name: "阿里云", exact: true })).toBeVisible();
  await page.goto("/zh/cities");
  await expect(page.getByRole("link", { name: "杭州", exact: true })).toBeVisible();
  await page.goto("/zh/startups");
  await expect(page.getByLabel("城市", { exact: true }).locator("option", { hasText: "杭州" })).toHaveCount(1);
});

test("a 中文 chart: US-dollar ticks in 万/亿美元", async ({ page }) => {
  await page.goto("/zh/charts/funding-over-time");
  const figure = page.locator('[data-chart="funding-over-time"]');
  await expect(figure.locator("svg[data-drawing]:visible").last()).toContainText("亿美元");
  await expect(figure).not.toContainText("US$");
});

test("reported figures in 中文 write a plain 'as of' date in Chinese", async ({ page }) => {
  await page.goto("/zh/reported-figures");
  // The date is the interface's to write; the quotes (records' text) keep their own words.
  await expect(page.locator("main dd", { hasText: "2024年底" }).first()).toBeVisible();
  await expect(page.locator("main dd", { hasText: /^\s*end of 2024\s*$/ })).toHaveCount(0);
  // The sources' bylines are the interface's words too.
  await expect(page.locator("main")).not.toContainText("Untitled page on");
  await expect(page.locator("main")).not.toContainText("read via a syndicated copy");
});

test("the founders' and investors' search buttons speak Chinese", async ({ page }) => {
  for (const path of ["/zh/founders", "/zh/investors"]) {
    await page.goto(path);
    const form = page.getByRole("search").last();
    await expect(form.getByRole("button", { name: "搜索" })).toBeVisible();
    await expect(form.getByRole("button", { name: "Search" })).toHaveCount(0);
  }
});
