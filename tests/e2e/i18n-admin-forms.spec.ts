import { expect, idFromUrl, test } from "./fixtures/admin";

const run = Date.now().toString(36);

// The record forms under /zh/admin: their labels, the browser's and the server's refusals in Chinese,
// a save that stays in 中文, and the founder entry's dialog.
test("in 中文 the start-up form speaks Chinese, refuses in Chinese and saves back to /zh/admin", async ({
  adminPage: page,
  created,
}) => {
  test.slow();
  await page.goto("/zh/admin/startups/new");
  await expect(page.locator("html")).toHaveAttribute("lang", /^zh/);
  const form = page.locator("form#record-startups");
  await expect(form.getByLabel("英文名称")).toBeVisible();
  await expect(form.getByLabel("可信度")).toHaveValue("HIGH");
  await expect(form.getByRole("option", { name: "高可信度" })).toBeAttached();
  await expect(form.getByRole("group", { name: "来源" })).toBeVisible();
  await expect(form.getByRole("button", { name: "添加新来源" })).toBeVisible();

  // Empty: the browser refuses with the schema's rule in Chinese.
  const submit = form.locator('button[type="submit"]');
  await submit.click();
  const summary = form.getByRole("alert");
  await expect(summary).toContainText("未提交：1 个字段需要修改。");
  await expect(summary).toContainText("英文名称请填写英文名称、中文名称或描述性名称");
  await expect(form.locator("#record-startups-nameEn-error")).toHaveText(
    "英文名称请填写英文名称、中文名称或描述性名称",
  );
  await expect(page).toHaveURL(/\/zh\/admin\/startups\/new$/);

  // A URL name another start-up holds passes the browser and is refused by the server, in Chinese.
  await form.getByLabel("英文名称").fill(`Zh Form ${run}`);
  await form.getByLabel("网址名").fill("rokid");
  await submit.click();
  await expect(summary).toContainText("请检查标出的字段：已被“Rokid”");
  await expect(form.locator("#record-startups-slug-error")).toContainText("网址名已被“Rokid”");
  await expect(form.getByLabel("英文名称")).toHaveValue(`Zh Form ${run}`);

  await form.getByLabel("网址名").fill("");
  await form.getByLabel("成立年份").fill("2020");
  await submit.click();
  await page.waitForURL(/\/zh\/admin\/startups\/\d+\/edit\?saved=created$/);
  const id = idFromUrl(page);
  created.push({ entity: "startups", id });

  // Editing and saving stays in 中文.
  await expect(form.getByLabel("成立年份")).toHaveValue("2020");
  await form.getByLabel("成立年份").fill("2021");
  await form.getByLabel("状态说明").fill("测试");
  await submit.click();
  await page.waitForURL(new RegExp(`/zh/admin/startups/${id}/edit\\?saved=updated$`));
  await expect(form.getByLabel("成立年份")).toHaveValue("2021");
  await expect(form).toContainText("正在编辑第 2 版");

  // "+ Add founder": the entry's dialog in Chinese, and its refusal too.
  await page.getByRole("button", { name: "+ 添加创始人" }).click();
  const founder = page.getByRole("dialog", { name: "添加创始人" });
  await expect(founder.getByRole("combobox", { name: "已有人物" })).toBeVisible();
  await expect(founder.getByRole("group", { name: "任职 1（阿里或其他雇主）" })).toBeVisible();
  await expect(founder.getByLabel("起始年份")).toBeVisible();
  await expect(founder.getByRole("button", { name: "+ 再加一段任职" })).toBeVisible();
  await founder.getByRole("button", { name: "添加创始人" }).click();
  const founderSummary = founder.getByRole("alert");
  await expect(founderSummary).toContainText("未提交");
  await expect(founderSummary).toContainText("请选择创始人，或在下方填写新人物的姓名");
  await expect(founder).toBeVisible();
});
