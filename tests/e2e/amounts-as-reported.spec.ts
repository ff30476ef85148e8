import { expect, idFromUrl, pick, test } from "./fixtures/admin";

const run = Date.now().toString(36);

// Issue 14: an editor types a round's amount as the source states it, and the public page shows it
// so, with what it is in US dollars or why it is not converted.
test("rounds typed in the source's words show as reported on the start-up's page", async ({
  adminPage: page,
  created,
}) => {
  test.slow();
  const name = `Amounts Test ${run}`;
  await page.goto("/admin/startups/new");
  await page.getByLabel("English name").fill(name);
  await page.getByRole("button", { name: "Create start-up" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toBeVisible();
  created.push({ entity: "startups", id: idFromUrl(page) });
  const slug = await page.getByLabel("URL name").inputValue();

  // Words with no currency are refused, with the field that needs one named.
  await page.goto("/admin/funding-rounds/new");
  await pick(page, /^Start-up/, name, name);
  await page.getByLabel("Stage", { exact: true }).selectOption("SERIES_A");
  await page.getByLabel("Amount as reported").fill("超2亿");
  await page.getByLabel("Announced on").fill("2024-07");
  await page.getByRole("button", { name: "Create funding round" }).click();
  await expect(page.getByText(/the amount as reported names no currency/).first()).toBeVisible();
  await page.screenshot({ path: "test-results/amounts-round-form-error-1280.png", fullPage: true });

  // Nothing typed was lost; with 元 the round is a lower bound in CNY.
  await expect(page.getByLabel("Amount as reported")).toHaveValue("超2亿");
  await page.getByLabel("Amount as reported").fill("超2亿元");
  await page.getByRole("button", { name: "Create funding round" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toBeVisible();
  created.push({ entity: "funding-rounds", id: idFromUrl(page) });
  await expect(page.getByLabel("Amount", { exact: true })).toHaveValue("AT_LEAST");
  await expect(page.getByLabel("Currency")).toHaveValue("CNY");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/admin/funding-rounds/new");
  await pick(page, /^Start-up/, name, name);
  await page.getByLabel("Stage", { exact: true }).selectOption("SEED");
  await page.getByLabel("Amount as reported").fill("more than US$20 million");
  await page.getByLabel("Announced on").fill("2023");
  await page.screenshot({ path: "test-results/amounts-round-form-390.png", fullPage: true });
  await page.getByRole("button", { name: "Create funding round" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toBeVisible();
  created.push({ entity: "funding-rounds", id: idFromUrl(page) });

  await page.goto("/admin/funding-rounds/new");
  await pick(page, /^Start-up/, name, name);
  await page.getByLabel("Stage", { exact: true }).selectOption("ANGEL");
  await page.getByLabel("Amount as reported").fill("数千万元");
  await page.getByRole("button", { name: "Create funding round" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toBeVisible();
  created.push({ entity: "funding-rounds", id: idFromUrl(page) });

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/startups/${slug}`);
    const rounds = page.getByTestId("funding-rounds");
    const rows = rounds.locator("tbody tr");
    // Dated rounds in order, the undated one last; months shown as reported.
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText("more than US$20 million");
    await expect(rows.nth(1)).toContainText("2024-07");
    await expect(rows.nth(1)).toContainText("more than ¥200 million");
    await expect(rows.nth(1)).toContainText("as reported: “超2亿元”");
    await expect(rows.nth(1)).toContainText("not converted: no CNY exchange rate is recorded");
    await expect(rows.nth(2)).toContainText("¥10–100 million");
    await expect(rows.nth(2)).toContainText("as reported: “数千万元”");
    // The dollar round counts in the total without a separate US-dollar field; the others say why not.
    const funding = page.getByTestId("funding-total");
    await expect(funding).toContainText("US$20 million");
    await expect(funding).toContainText(
      "2 rounds are in another currency with no exchange rate recorded, not converted",
    );
    await rounds.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/amounts-startup-page-${width}.png`, fullPage: true });
  }
});

test("a person who only invests is shown by their investments, not as a founder of nothing", async ({ page }) => {
  await page.goto("/founders/eddie-wu-yongming");
  await expect(page.getByRole("heading", { name: "Personal investments" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Start-ups founded" })).toHaveCount(0);
  await expect(page.getByText("No tracked start-up lists this person as a founder.")).toHaveCount(0);
});

test("a job whose end the source does not state says so, not that the person left", async ({ page }) => {
  await page.goto("/founders/eddie-wu-yongming");
  const career = page.getByRole("listitem").filter({ hasText: "Vision Plus Capital" }).first();
  await expect(career).toContainText("Years not stated");
  await expect(career).not.toContainText("left");
});
