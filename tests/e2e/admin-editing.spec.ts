import type { Page } from "@playwright/test";
import { expect, idFromUrl, pick, test } from "./fixtures/admin";

const run = Date.now().toString(36);

async function cityCount(page: Page, slug: string): Promise<number> {
  await page.goto(`/cities/${slug}`);
  const value = page.getByTestId("city-count");
  await expect(value).toHaveText(/^\d+$/);
  return Number(await value.textContent());
}

async function homeCount(page: Page, label: string): Promise<number> {
  await page.goto("/");
  const value = page.getByRole("region", { name: "Tracked in this database" }).locator(`[data-stat="${label}"]`);
  await expect(value).toHaveText(/^\d+$/);
  return Number(await value.textContent());
}

test("an editor adds a start-up with a Chinese name, a founder with an Alibaba career and a source, and the public pages show it", async ({
  adminPage: page,
  created,
}) => {
  // Four forms and eight public pages: more than a minute on a busy shared machine.
  test.slow();
  const startupsBefore = await homeCount(page, "Start-ups");
  const foundersBefore = await homeCount(page, "Founders");
  const hangzhouBefore = await cityCount(page, "hangzhou");

  // The founder, with a Chinese name.
  await page.goto("/admin/people/new");
  await page.getByLabel("English name").fill(`Lin Test ${run}`);
  await page.getByLabel("Chinese name").fill("林测试");
  await page.getByRole("button", { name: "Create person" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toBeVisible();
  const personId = idFromUrl(page);
  created.push({ entity: "people", id: personId });

  // Their Alibaba career, added in place from their page: picked from the unit tree by name.
  await page.getByRole("button", { name: "+ Add employment" }).click();
  const job = page.getByRole("dialog", { name: "Add employment" });
  await expect(job.getByRole("combobox", { name: /^Person/ })).toHaveValue(`Lin Test ${run}`);
  await pick(page, /^Organization/, "DAMO", "DAMO Academy");
  await job.getByLabel("Role", { exact: true }).fill("Algorithm engineer");
  await job.getByLabel("Start year", { exact: true }).fill("2016");
  await job.getByLabel("End year", { exact: true }).fill("2021");
  await job.getByRole("button", { name: "Add employment" }).click();
  await expect(job).toBeHidden();
  const career = page.getByRole("link", { name: /^DAMO Academy · Algorithm engineer · 2016–2021/ });
  await expect(career).toBeVisible();
  created.push({
    entity: "employments",
    id: Number(/\/employments\/(\d+)\//.exec((await career.getAttribute("href")) ?? "")?.[1]),
  });

  // The start-up: Chinese name only, in Hangzhou, with a new source for its founding year.
  await page.goto("/admin/startups/new");
  await page.getByLabel("Chinese name").fill(`灵犀测试${run}`);
  await page.getByLabel("Founded year").fill("2024");
  await pick(page, "City", "Hangz", "Hangzhou");
  await page.getByLabel("AI agents").check();
  await page.getByRole("button", { name: "Add a source" }).click();
  await page.getByText("…or a new source").click();
  await page.getByLabel("New source’s web address").fill(`https://www.example.com/news/${run}`);
  await page.getByLabel("Publisher", { exact: true }).fill("Example News");
  await page.getByRole("group", { name: "New source 1" }).getByRole("checkbox", { name: "Founded year" }).check();
  await page.getByRole("button", { name: "Create start-up" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toBeVisible();
  const startupId = idFromUrl(page);
  created.push({ entity: "startups", id: startupId });
  await expect(page.getByLabel("URL name")).toHaveValue(new RegExp(`^ling-xi-ce-shi-${run}`));
  const slug = await page.getByLabel("URL name").inputValue();
  await expect(page.getByText("supports: Founded year")).toBeVisible();
  await expect(page.getByRole("link", { name: "Example News" })).toHaveAttribute(
    "href",
    `https://www.example.com/news/${run}`,
  );

  // The founding links them, added in place from the start-up's page, cited from the start-up's source.
  await page.getByRole("button", { name: "+ Add founder" }).click();
  const founding = page.getByRole("dialog", { name: "Add founder" });
  await pick(page, /^Existing person/, "Lin Test", `Lin Test ${run}`);
  await founding.getByRole("button", { name: /^Cite again: Example News/ }).click();
  await founding
    .locator('[data-source-block="0"]')
    .getByRole("group", { name: "Founding" })
    .getByRole("checkbox", { name: "Role" })
    .check();
  await founding.getByRole("button", { name: "Add founder" }).click();
  await expect(founding).toBeHidden();
  const founderLink = page.getByRole("link", { name: new RegExp(`^Lin Test ${run} · founder`) });
  await expect(founderLink).toBeVisible();
  created.push({
    entity: "foundings",
    id: Number(/\/foundings\/(\d+)\//.exec((await founderLink.getAttribute("href")) ?? "")?.[1]),
  });
  // The founding's own page links back up to the start-up and the person.
  await founderLink.click();
  await expect(page.getByRole("link", { name: `← 灵犀测试${run}` })).toHaveAttribute(
    "href",
    `/admin/startups/${startupId}/edit`,
  );
  await expect(page.getByRole("link", { name: `← Lin Test ${run}` })).toHaveAttribute(
    "href",
    `/admin/people/${personId}/edit`,
  );

  // Public pages show the change at once: the profile, the city's count, the home page.
  await page.goto(`/startups/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`灵犀测试${run}`);
  await expect(page.getByTestId("fact-founded")).toContainText("2024");
  await expect(page.getByTestId("fact-city")).toContainText("Hangzhou");
  const founder = page.getByTestId("founder");
  await expect(founder).toContainText(`Lin Test ${run}`);
  await expect(founder).toContainText("林测试");
  await expect(founder).toContainText("DAMO Academy");
  // The source, named by its publisher; no title was given, and the link says so.
  const source = page.getByTestId("source").filter({ hasText: "Example News" });
  await expect(source.getByRole("link", { name: "Untitled page on example.com" })).toHaveAttribute(
    "href",
    `https://www.example.com/news/${run}`,
  );
  expect(await cityCount(page, "hangzhou")).toBe(hangzhouBefore + 1);
  expect(await homeCount(page, "Start-ups")).toBe(startupsBefore + 1);
  expect(await homeCount(page, "Founders")).toBe(foundersBefore + 1);
  await page.goto("/");
  await expect(page.getByRole("link", { name: `灵犀测试${run}` })).toBeVisible();
  await expect(page.getByText(`Lin Test ${run}`)).toBeVisible();
});

test("two tabs edit one start-up: the second save is refused with the other version shown, nothing lost", async ({
  adminPage: page,
  created,
}) => {
  await page.goto("/admin/startups/new");
  await page.getByLabel("English name").fill(`Conflict Test ${run}`);
  await page.getByLabel("Founded year").fill("2019");
  await page.getByRole("button", { name: "Create start-up" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toBeVisible();
  const id = idFromUrl(page);
  created.push({ entity: "startups", id });

  const second = await page.context().newPage();
  await second.goto(`/admin/startups/${id}/edit`);
  await page.goto(`/admin/startups/${id}/edit`);

  await page.getByLabel("Founded year").fill("2020");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved: version 2" })).toBeVisible();

  await second.getByLabel("Founded year").fill("2021");
  await second.getByLabel("Description").fill("Typed in the second tab");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.locator("#record-startups-summary")).toContainText(
    "Someone else saved this record after you opened it",
  );
  const conflict = second.getByTestId("conflict");
  await expect(conflict).toContainText("Saved meanwhile as version 2 by Admin");
  await expect(conflict.getByRole("row", { name: /Founded year/ })).toContainText("2020");
  await expect(conflict.getByRole("row", { name: /Founded year/ })).toContainText("2021");
  // What the second editor typed is still in the form.
  await expect(second.getByLabel("Founded year")).toHaveValue("2021");
  await expect(second.getByLabel("Description")).toHaveValue("Typed in the second tab");

  // Having seen their version, saving again is a deliberate choice and goes through.
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByRole("status").filter({ hasText: "Saved: version 3" })).toBeVisible();
  await second.close();
});

test("a change is undone from the history, and the undo is itself in the history", async ({
  adminPage: page,
  created,
}) => {
  await page.goto("/admin/cities/new");
  await page.getByLabel(/^English name/).fill(`History Town ${run}`);
  await page.getByLabel("Chinese name").fill("历史镇");
  await page.getByRole("button", { name: "Create city" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toBeVisible();
  const id = idFromUrl(page);
  created.push({ entity: "cities", id });

  await page.getByLabel("Province or state").fill("Mistaken Province");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved: version 2" })).toBeVisible();

  await page.getByRole("link", { name: "History" }).click();
  const entries = page.getByTestId("history-entry");
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText("Edited");
  await expect(entries.first().getByRole("row", { name: /Province or state/ })).toContainText("Mistaken Province");
  await entries.nth(1).getByRole("button", { name: "Restore this version" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored" })).toBeVisible();
  await expect(entries).toHaveCount(3);
  await expect(entries.first()).toContainText("Restored");
  await expect(entries.first()).toContainText("version 3");

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByLabel("Province or state")).toHaveValue("");
});

test("bad input is refused beside the field, with a summary, keeping what was typed", async ({ adminPage: page }) => {
  await page.goto("/admin/startups/new");
  await page.getByLabel("English name").fill("<script>alert(1)</script>");
  await page.getByLabel("Founded year").fill("1850");
  await page.getByLabel("Website").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Create start-up" }).click();
  const summary = page.locator("#record-startups-summary");
  await expect(summary).toContainText("2 fields need attention");
  await expect(page.getByLabel("Founded year")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#record-startups-foundedYear-error")).toHaveText(
    "Founded year, month or day must be between 1900 and 2100",
  );
  await expect(page.getByLabel("Founded year")).toHaveAttribute(
    "aria-describedby",
    /record-startups-foundedYear-error/,
  );
  await expect(page.locator("#record-startups-website-error")).toContainText(
    "must be a web address starting with http:// or https://",
  );
  await expect(page.getByLabel("English name")).toHaveValue("<script>alert(1)</script>");
  await expect(page).toHaveURL(/\/admin\/startups\/new$/);
});
