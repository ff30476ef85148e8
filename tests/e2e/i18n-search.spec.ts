import { expect, test, type Page } from "@playwright/test";

/*
 * The search and the suggestion forms as a 中文 reader meets them: Chinese words, a Traditional-character
 * query that finds the Simplified records, links that stay under /zh, and a refused form explained in
 * Chinese, by the browser and by the server alike.
 */

async function expectChinese(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
}

/** The addresses of every result on a search page. */
async function resultLinks(page: Page): Promise<string[]> {
  return page
    .locator("main section li a")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))
    .then((hrefs) => hrefs.sort());
}

test("a Traditional query typed in the 中文 header finds 祝铭明, and his link stays in 中文", async ({ page }) => {
  await page.goto("/zh");
  const box = page.getByRole("search", { name: "站内" }).getByRole("searchbox");
  await box.fill("祝銘明");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/zh\/search\?q=/);
  await expectChinese(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("“祝銘明”的搜索结果");
  await expect(page.getByRole("heading", { name: "人物" })).toBeVisible();
  const person = page.locator('a[href="/zh/founders/misa-zhu-mingming"]');
  await expect(person).toBeVisible();
  // The line under him says what he founded, in Chinese.
  await expect(page.locator("li", { has: person })).toContainText("创始人");
  await person.click();
  await expect(page).toHaveURL(/\/zh\/founders\/misa-zhu-mingming$/);
  await expectChinese(page);
});

test("阿里雲 and 阿里云, 螞蟻 and 蚂蚁 find the same records, every link under /zh", async ({ page }) => {
  for (const [simplifiedQuery, traditionalQuery] of [
    ["阿里云", "阿里雲"],
    ["蚂蚁", "螞蟻"],
  ] as const) {
    await page.goto(`/zh/search?q=${encodeURIComponent(simplifiedQuery)}`);
    const simplified = await resultLinks(page);
    expect(simplified.length, simplifiedQuery).toBeGreaterThan(0);
    for (const href of simplified) expect(href).toMatch(/^\/zh\//);
    await page.goto(`/zh/search?q=${encodeURIComponent(traditionalQuery)}`);
    expect(await resultLinks(page), traditionalQuery).toEqual(simplified);
  }
  await expect(page.getByRole("heading", { name: "阿里业务单元" })).toBeVisible();

  // The page's own search box searches in 中文 too, and "清除" goes back to the empty page in 中文.
  const form = page.getByRole("search", { name: "全站搜索" });
  await form.getByRole("searchbox").fill("杭州");
  await form.getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(/\/zh\/search\?q=%E6%9D%AD%E5%B7%9E$/);
  await expect(page.getByRole("heading", { name: "城市" })).toBeVisible();
  await page.getByRole("link", { name: "清除" }).click();
  await expect(page).toHaveURL(/\/zh\/search$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("搜索");
});

test("no match and a one-character query are explained in Chinese; the language switch keeps the query", async ({
  page,
}) => {
  await page.goto(`/zh/search?q=${encodeURIComponent("不存在的公司名称xyz")}`);
  await expect(page.getByTestId("empty-results")).toContainText("没有名称包含“不存在的公司名称xyz”的记录");
  await expect(page.getByTestId("empty-results").getByRole("link", { name: "浏览全部初创公司" })).toHaveAttribute(
    "href",
    "/zh/startups",
  );

  await page.goto(`/zh/search?q=${encodeURIComponent("杭")}`);
  await expect(page.getByTestId("param-issues")).toContainText("搜索词至少需要 2 个字符");

  await page.goto(`/zh/search?q=${encodeURIComponent("杭州")}`);
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/search\?q=%E6%9D%AD%E5%B7%9E$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “杭州”");
});

test("the suggestion form in 中文 refuses a missing source in Chinese, in the browser", async ({ page }) => {
  await page.goto("/zh/suggest");
  await expectChinese(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("推荐初创公司");
  await expect(page.getByTestId("proof-of-work")).toContainText("人机验证");
  await page.getByLabel("英文名称").fill("Example Robotics");
  await page.getByLabel("网站").fill("ftp://example.org");
  await page.getByRole("button", { name: "提交建议" }).click();
  const summary = page.locator("#suggest-startup-summary");
  await expect(summary).toContainText("未提交：有 2 项需要修改。");
  await expect(summary).toContainText("网站必须是以 http:// 或 https:// 开头的网址");
  await expect(summary).toContainText("来源网址为必填项");
  await expect(page.locator("#suggest-startup-sourceUrl-error")).toHaveText("来源网址为必填项");
  // The summary's links lead to the fields.
  await summary.getByRole("link", { name: "来源网址" }).click();
  await expect(page.getByLabel(/来源网址/)).toBeFocused();
  await expect(page.getByRole("link", { name: "凭编号查询处理进度" })).toHaveAttribute("href", "/zh/suggest/status");
});

test("the server action answers the 中文 form in Chinese", async ({ page }) => {
  await page.goto("/zh/suggest");
  await page.getByLabel("中文名称").fill("示例机器人");
  await page.getByLabel(/来源网址/).fill("https://example.org/news");
  // A form the browser finds complete but without the anti-robot check's answer: only the server can refuse it.
  await page.locator("altcha-widget").evaluate((widget) => widget.remove());
  await page.getByRole("button", { name: "提交建议" }).click();
  const summary = page.locator("#suggest-startup-summary");
  await expect(summary).toContainText("未提交：人机验证尚未完成。");
  await expect(page).toHaveURL(/\/zh\/suggest$/);
  await expectChinese(page);
  // What the reader typed is kept.
  await expect(page.getByLabel("中文名称")).toHaveValue("示例机器人");
});

test("the status page in 中文 explains a wrong reference and looks up in 中文", async ({ page }) => {
  await page.goto("/zh/suggest/status?ref=hello");
  await expectChinese(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("建议处理进度");
  await expect(page.getByText("这不是有效的建议编号")).toBeVisible();
  await page.getByLabel("查询编号").fill("S-7K3M9QXA");
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page).toHaveURL(/\/zh\/suggest\/status\?ref=S-7K3M9QXA$/);
  await expect(page.getByText("没有编号为 S-7K3M9QXA 的建议")).toBeVisible();
  await expect(page.getByRole("link", { name: "再推荐一家初创公司" })).toHaveAttribute("href", "/zh/suggest");
});
