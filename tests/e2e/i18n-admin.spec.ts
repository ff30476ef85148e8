import { expect, test as base, type Page } from "@playwright/test";
import { e2eAdmin } from "./fixtures/credentials";
import { test } from "./fixtures/admin";

// The 中文 admin, read as an editor working in Chinese would: signed in at /zh/login, every page in
// Chinese, every link staying under /zh/admin. Records' own names stay as they were written.

/** The English chrome words that must not show in the 中文 admin (the account's own name aside). */
const ENGLISH_CHROME = ["Dashboard", "Sign out", "View site", "Start-ups", "Readers' suggestions", "History", "Search"];

async function expectChinese(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  // The account's name ("Admin" here) is the account's own text; everything else is checked.
  const text = await page.locator("body").evaluate((body) => {
    const copy = body.cloneNode(true) as HTMLElement;
    copy.querySelector('[data-testid="current-user"]')?.remove();
    return copy.innerText;
  });
  for (const word of ENGLISH_CHROME) expect(text, `"${word}" on ${page.url()}`).not.toContain(word);
  // No message key left untranslated (next-intl shows the key's path).
  expect(text).not.toMatch(/\badmin\.[a-z]+\.[a-zA-Z]+/);
}

/** Every admin link on the page stays in the 中文 admin. */
async function expectAdminLinksLocalized(page: Page) {
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const admin = hrefs.filter((href) => /^\/(zh\/)?admin(\/|$|\?)/.test(href));
  expect(admin.length).toBeGreaterThan(0);
  for (const href of admin) expect(href, page.url()).toMatch(/^\/zh\/admin(\/|$|\?)/);
}

base("signing in at /zh/login: the form, its refusal and the admin it opens speak Chinese", async ({ page }) => {
  await page.goto("/zh/admin/startups");
  await expect(page).toHaveURL(/\/zh\/login\?next=%2Fzh%2Fadmin%2Fstartups$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page).toHaveTitle(/^登录/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("登录以编辑");

  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("#login-summary")).toContainText("请输入邮箱和密码。");
  await page.getByLabel("邮箱").fill(e2eAdmin.email);
  await page.getByLabel("密码").fill("not-the-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("#login-summary")).toContainText("邮箱或密码错误。");

  await page.getByLabel("密码").fill(e2eAdmin.password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/zh\/admin\/startups$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("初创公司");
  await expectChinese(page);

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/zh\/login$/);
});

test("the 中文 admin: dashboard, a list, an edit page and its history, suggestions and users", async ({
  adminPage: page,
}) => {
  test.slow();
  await page.goto("/zh/admin");
  await expect(page).toHaveTitle(/管理后台/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("编辑本图谱");
  await expect(page.getByRole("heading", { name: "最近修改" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "后台导航" }).first()).toContainText("仪表盘");
  await expectChinese(page);
  await expectAdminLinksLocalized(page);

  // A list: heading, search, columns, and links to each record's pages under /zh/admin.
  await page.goto("/zh/admin/startups");
  await expect(page).toHaveTitle(/^初创公司 · 管理后台/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("初创公司");
  await expect(page.getByLabel("搜索初创公司")).toBeVisible();
  await expect(page.getByRole("link", { name: "新建初创公司" })).toHaveAttribute("href", "/zh/admin/startups/new");
  await expect(page.getByText(/^共 \d+ 条初创公司，最近修改的在前。$/)).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "修改时间" })).toBeVisible();
  await expectChinese(page);
  await expectAdminLinksLocalized(page);

  await page.getByLabel("搜索初创公司").fill("no such start-up at all");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(/\/zh\/admin\/startups\?q=/);
  await expect(page.getByText("没有匹配的初创公司。")).toBeVisible();

  // Rokid's edit page: the chrome in Chinese, its related records' headings too.
  await page.goto("/zh/admin/startups?q=Rokid");
  await page.getByRole("link", { name: /Rokid/ }).first().click();
  await expect(page).toHaveURL(/\/zh\/admin\/startups\/\d+\/edit$/);
  await expect(page.getByText(/^初创公司 #\d+ · 第 \d+ 版/)).toBeVisible();
  await expect(page.getByRole("link", { name: "公开页面" })).toHaveAttribute("href", /^\/zh\/startups\//);
  const related = page.getByRole("complementary", { name: "相关记录" });
  await expect(related.getByText("创始人", { exact: true })).toBeVisible();
  await expect(related.getByText("融资轮次", { exact: true })).toBeVisible();
  await related.getByRole("button", { name: "+ 添加创始人" }).click();
  const dialog = page.getByRole("dialog", { name: "添加创始人" });
  await dialog.getByRole("button", { name: "关闭" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(related.getByRole("button", { name: /^删除初创公司$/ })).toBeVisible();
  await expect(page).toHaveTitle(/^编辑初创公司 #\d+ · 管理后台/);
  await expectAdminLinksLocalized(page);

  await page.getByRole("link", { name: "历史", exact: true }).click();
  await expect(page).toHaveURL(/\/zh\/admin\/startups\/\d+\/history$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("历史：");
  await expect(page.getByRole("link", { name: "编辑", exact: true })).toHaveAttribute(
    "href",
    /^\/zh\/admin\/startups\/\d+\/edit$/,
  );
  await expectChinese(page);

  await page.goto("/zh/admin/suggestions");
  await expect(page).toHaveTitle(/^读者建议 · 管理后台/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("读者建议");
  await expect(page.getByRole("link", { name: "待审核" })).toHaveAttribute(
    "href",
    "/zh/admin/suggestions?status=pending",
  );
  await expectChinese(page);
  await expectAdminLinksLocalized(page);

  await page.goto("/zh/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("用户");
  await expect(page.getByRole("heading", { name: /^账号（\d+）$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "新建账号" })).toBeVisible();
  await expect(page.getByText(/\d+ 个活跃会话 · 创建于 \d{4}-\d{2}-\d{2}/).first()).toBeVisible();
  await expectChinese(page);

  await page.goto("/zh/admin/data-quality");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("数据质量");
  await expectChinese(page);
  await expectAdminLinksLocalized(page);

  // A page that does not exist: the admin's own 404, in Chinese.
  const missing = await page.goto("/zh/admin/startups/999999999/edit");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("未找到");
  await expect(page.getByRole("link", { name: "返回仪表盘" })).toHaveAttribute("href", "/zh/admin");
});

test("the English admin keeps its English words and addresses", async ({ adminPage: page }) => {
  await page.goto("/admin");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Editing the atlas");
  await page.goto("/admin/startups");
  await expect(page.getByRole("link", { name: "New start-up" })).toHaveAttribute("href", "/admin/startups/new");
  await expect(page.getByText(/^\d+ start-ups, most recently changed first\.$/)).toBeVisible();
});

test("the 中文 admin names records in Chinese words: lists, related records, pickers and a change's summary", async ({
  adminPage: page,
  created,
}) => {
  test.slow();
  // A list of rounds: stages and months as the public pages say them, a missing date as 日期未披露.
  await page.goto("/zh/admin/funding-rounds?q=Rokid");
  const rows = page.getByRole("row");
  await expect(rows.filter({ hasText: /Rokid · C轮 · 2018年1月/ })).toHaveCount(1);
  await expect(rows.filter({ hasText: /Rokid · 天使轮 · 日期未披露/ }).first()).toBeVisible();
  const listed = await page.locator("main").innerText();
  expect(listed).not.toMatch(/date not reported|series [a-z]\b| · seed · /);

  // Rokid's related rounds, and the round's own title, in the same words.
  await page.goto("/zh/admin/startups?q=Rokid");
  await page.getByRole("link", { name: /Rokid/ }).first().click();
  const related = page.getByRole("complementary", { name: "相关记录" });
  await expect(related.getByText("C轮 · 2018年1月")).toBeVisible();
  await expect(related.getByText(/日期未披露/).first()).toBeVisible();
  expect(await related.innerText()).not.toMatch(/date not reported|series [a-z]\b/);

  // A picker's second line: an Alibaba unit's kind and place in the tree.
  await page.goto("/zh/admin/employments/new");
  await page.getByRole("combobox", { name: /^机构/ }).fill("Alibaba Cloud");
  await expect(page.getByRole("listbox").getByRole("option", { name: "Alibaba Cloud", exact: true })).toContainText(
    "阿里业务单元 · 隶属 Alibaba Group",
  );

  // A change restored from the history: its stored English summary is shown in 中文.
  await page.goto("/zh/admin/cities/new");
  await page.getByLabel(/^英文名称/).fill(`Zh Restore Town ${Date.now()}`);
  await page.getByRole("button", { name: "新建城市" }).click();
  await expect(page).toHaveURL(/\/zh\/admin\/cities\/\d+\/edit/);
  const id = Number(/\/cities\/(\d+)\//.exec(page.url())?.[1]);
  created.push({ entity: "cities", id });
  await page.getByLabel("省份或州").fill("Mistaken Province");
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByText("已保存：第 2 版。")).toBeVisible();
  await page.getByRole("link", { name: "历史", exact: true }).click();
  const entries = page.getByTestId("history-entry");
  await expect(entries).toHaveCount(2);
  await entries.nth(1).getByRole("button", { name: "恢复此版本" }).click();
  await expect(entries).toHaveCount(3);
  await expect(entries.first()).toContainText(/恢复了 Admin 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC 保存的版本/);
  await expectChinese(page);
  expect(await page.locator("main").innerText()).not.toContain("Restored the version");
});
