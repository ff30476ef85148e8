import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";

// Charts in 中文, as a Chinese-reading journalist meets them: the page, its embed code, the embed
// itself, the CSV and an exported SVG all carry the chart's words in Chinese.

async function saved(download: Download): Promise<string> {
  return (await readFile(await download.path())).toString("utf8");
}

async function downloadFrom(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return download;
}

test("a chart page in 中文: title, axis, source line, filters, and an embed code under /zh", async ({ page }) => {
  await page.goto("/zh/charts/startups-by-city");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page).toHaveTitle(/初创公司分布在哪些城市/);
  const figure = page.locator('[data-chart="startups-by-city"]');
  await expect(figure.getByRole("heading", { level: 1, name: "初创公司分布在哪些城市" })).toBeVisible();
  await expect(figure.getByTestId("source-line")).toContainText("来源：Alumni Atlas 数据库，数据截至");
  await expect(figure.getByTestId("population")).toContainText(/n = \d+ 家初创公司/);
  await expect(figure).toContainText("注：仅涵盖本库中有来源记录的初创公司");
  await expect(figure.getByTestId("chart-drawing")).toHaveAttribute("aria-label", /初创公司城市分布条形图/);
  // The axis label is drawn into the chart's SVG.
  await expect(figure.locator("svg[data-drawing]:visible").first()).toContainText("初创公司占比（%）");
  await expect(page.getByRole("heading", { name: "图表数据" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "位置导航" }).getByRole("link", { name: "图表" })).toHaveAttribute(
    "href",
    "/zh/charts",
  );

  // Filters apply and stay under /zh.
  await page.getByLabel("赛道").selectOption({ index: 1 });
  await expect(page).toHaveURL(/\/zh\/charts\/startups-by-city\?sector=/);
  await expect(page.getByTestId("filter-summary")).toBeVisible();

  // The embed code a 中文 page hands out points at the 中文 embed.
  await expect(page.getByTestId("embed-code")).toHaveValue(/\/zh\/embed\/charts\/startups-by-city\?sector=/);
  await expect(page.getByTestId("embed-code-plain")).toHaveValue(/src="[^"]*\/zh\/embed\/charts\/startups-by-city/);
  await expect(page.getByRole("link", { name: "获取数据（CSV）" })).toHaveAttribute("href", /[?&]lang=zh/);
});

test("the 中文 embed: lang, title, axis, source line, and links back to the 中文 chart", async ({ page }) => {
  const response = await page.goto("/zh/embed/charts/startups-by-city");
  expect(response?.status()).toBe(200);
  // Framed by anyone, like the English embed.
  expect(response?.headers()["x-frame-options"]).toBeUndefined();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("heading", { level: 1, name: "初创公司分布在哪些城市" })).toBeVisible();
  await expect(page.getByTestId("source-line")).toContainText("来源：");
  await expect(page.locator("svg[data-drawing]:visible").first()).toContainText("初创公司占比（%）");
  await expect(page.getByRole("link", { name: "在 Alumni Atlas 中打开" })).toHaveAttribute(
    "href",
    "/zh/charts/startups-by-city",
  );
  await expect(page.getByRole("link", { name: "获取数据" })).toHaveAttribute(
    "href",
    "/api/charts/startups-by-city/data.csv?lang=zh",
  );
  // The English embed is as it was.
  await page.goto("/embed/charts/startups-by-city");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Where the start-ups are" })).toBeVisible();
});

test("the CSV in 中文 has a Chinese header and # lines; a language the site lacks is refused", async ({ request }) => {
  const chinese = await request.get("/api/charts/startups-by-city/data.csv?lang=zh");
  expect(chinese.status()).toBe(200);
  const text = await chinese.text();
  expect(text).toContain("# 初创公司分布在哪些城市");
  expect(text).toContain("# 注：");
  expect(text).toMatch(/^城市,本库收录初创公司,本库收录占比（%）/m);
  expect(text).toContain("/zh/charts/startups-by-city");

  const clean = await (await request.get("/api/charts/startups-by-city/data.csv?lang=zh&variant=clean")).text();
  expect(clean.replace(/^\uFEFF/, "")).toMatch(/^城市,/);

  const english = await (await request.get("/api/charts/startups-by-city/data.csv")).text();
  expect(english).toMatch(/^City,Tracked start-ups,Tracked share \(%\)/m);

  const json = await (await request.get("/api/charts/founded-per-year/data.json?lang=zh")).json();
  expect(json.title).toBe("每年成立的初创公司");
  expect(json.locale).toBe("zh");

  const refused = await request.get("/api/charts/startups-by-city/data.csv?lang=fr");
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain("lang must be given once, as one of: en, zh.");
});

test("an SVG exported from a 中文 chart page carries its Chinese words", async ({ page }) => {
  await page.goto("/zh/charts/founded-per-year");
  await expect(page.getByRole("heading", { level: 1, name: "每年成立的初创公司" })).toBeVisible();
  const download = await downloadFrom(page, () => page.getByRole("button", { name: "SVG", exact: true }).click());
  const svg = await saved(download);
  expect(svg).toContain(">每年成立的初创公司</text>");
  expect(svg).toContain("来源：Alumni Atlas 数据库");
  expect(svg).toContain("注：");
  expect(svg).toContain("图表：Alumni Atlas");
  // The export font's Chinese glyphs.
  expect(svg).toContain("@font-face");
  await expect(page.getByTestId("export-status")).toHaveText("SVG 已下载。");
});

test("a 中文 chart page names its 中文 Open Graph card, drawn differently from the English one", async ({
  request,
}) => {
  const cardOf = async (path: string) => {
    const html = await (await request.get(path)).text();
    return new URL(/<meta property="og:image" content="([^"]+)"/.exec(html)![1]!.replaceAll("&amp;", "&")).pathname;
  };
  const englishCard = await cardOf("/charts/startups-by-city");
  const chineseCard = await cardOf("/zh/charts/startups-by-city");
  expect(chineseCard).toBe(`/zh${englishCard}`);
  const chinese = await request.get(chineseCard);
  const english = await request.get(englishCard);
  expect(chinese.status()).toBe(200);
  expect(chinese.headers()["content-type"]).toContain("image/png");
  expect(Buffer.compare(await chinese.body(), await english.body())).not.toBe(0);
});
