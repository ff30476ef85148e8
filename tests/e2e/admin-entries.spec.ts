import { expect, idFromUrl, pick, test } from "./fixtures/admin";

const run = Date.now().toString(36);

test("a founder with a new person and an Alibaba job is one form: refused whole until every record has a source, then saved together", async ({
  adminPage: page,
  created,
}) => {
  test.slow();
  await page.goto("/admin/startups/new");
  await page.getByLabel("English name").fill(`Entry Mind ${run}`);
  await page.getByRole("button", { name: "Add a new source" }).click();
  const startupSource = page.locator('[data-source-block="0"]');
  await startupSource.getByLabel("New source’s web address").fill(`https://entry.example.com/${run}/launch`);
  await startupSource.getByLabel("Publisher", { exact: true }).fill(`Entry Wire ${run}`);
  await startupSource.getByLabel("Title", { exact: true }).fill("Launch");
  // The shortcut ticks what was typed (the name), not what the form chose by itself (its confidence).
  await startupSource.getByRole("button", { name: "Tick every field typed" }).click();
  await expect(startupSource.getByRole("checkbox", { name: "English name", exact: true })).toBeChecked();
  await expect(startupSource.getByRole("checkbox", { name: "Confidence", exact: true })).not.toBeChecked();
  await page.getByRole("button", { name: "Create start-up" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toBeVisible();
  const startupId = idFromUrl(page);
  created.push({ entity: "startups", id: startupId });
  const slug = await page.getByLabel("URL name").inputValue();

  await page.getByRole("button", { name: "+ Add founder" }).click();
  const founder = page.getByRole("dialog", { name: "Add founder" });
  await founder.getByLabel("English name").fill(`Entry Founder ${run}`);
  const job = founder.getByRole("group", { name: "Job 1 (Alibaba or other employer)" });
  await pick(page, /^Organization/, "DAMO", "DAMO Academy");
  await job.getByLabel("Start year", { exact: true }).fill("2016");
  await job.getByLabel("End year", { exact: true }).fill("2021");
  // A source for the person and the job, but none yet for the founding: refused, nothing written.
  await founder.getByRole("button", { name: "Add a new source" }).click();
  const block = founder.locator('[data-source-block="0"]');
  await block.getByLabel("New source’s web address").fill(`https://entry.example.com/${run}/profile`);
  await block.getByLabel("Publisher", { exact: true }).fill(`Entry Wire ${run}`);
  await block.getByLabel("Title", { exact: true }).fill("Profile");
  await block.getByRole("button", { name: "Tick every field typed" }).click();
  await expect(block.locator('input[type="checkbox"]:checked')).toHaveCount(4);
  await founder.getByRole("button", { name: "Add founder" }).click();
  const summary = founder.getByRole("alert");
  await expect(summary).toContainText("Nothing was sent");
  await expect(summary).toContainText("Founding: Role has no source");
  await expect(founder).toBeVisible();

  // The start-up's source, offered to cite again, supports the founding.
  await founder.getByRole("button", { name: `Cite again: Entry Wire ${run}: Launch` }).click();
  await founder
    .locator('[data-source-block="1"]')
    .getByRole("group", { name: "Founding" })
    .getByRole("checkbox", { name: "Role" })
    .check();
  await founder.getByRole("button", { name: "Add founder" }).click();
  await expect(founder).toBeHidden();
  const founding = page.getByRole("link", { name: new RegExp(`^Entry Founder ${run} · founder`) });
  await expect(founding).toBeVisible();
  await founding.click();
  await page.waitForURL(/\/admin\/foundings\/\d+\/edit/);
  created.push({ entity: "foundings", id: idFromUrl(page) });
  await page.getByRole("link", { name: `← Entry Founder ${run}` }).click();
  await page.waitForURL(/\/admin\/people\/\d+\/edit/);
  const personId = idFromUrl(page);
  const career = page.getByRole("link", { name: /^DAMO Academy · 2016–2021/ });
  await expect(career).toBeVisible();
  const employmentId = Number(/\/employments\/(\d+)\//.exec((await career.getAttribute("href")) ?? "")?.[1]);
  created.splice(1, 0, { entity: "people", id: personId });
  created.push({ entity: "employments", id: employmentId });

  await page.goto(`/startups/${slug}`);
  const shown = page.getByTestId("founder");
  await expect(shown).toContainText(`Entry Founder ${run}`);
  await expect(shown).toContainText("DAMO Academy");
});

test("a round with two investors is one form, cited once", async ({ adminPage: page, created }) => {
  test.slow();
  await page.goto("/admin/startups/new");
  await page.getByLabel("English name").fill(`Entry Round ${run}`);
  await page.getByRole("button", { name: "Add a new source" }).click();
  const startupSource = page.locator('[data-source-block="0"]');
  await startupSource.getByLabel("New source’s web address").fill(`https://entry.example.com/${run}/round-co`);
  await startupSource.getByLabel("Publisher", { exact: true }).fill(`Entry Wire ${run}`);
  await startupSource.getByRole("checkbox", { name: "English name", exact: true }).check();
  await page.getByRole("button", { name: "Create start-up" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toBeVisible();
  created.push({ entity: "startups", id: idFromUrl(page) });
  const slug = await page.getByLabel("URL name").inputValue();

  await page.getByRole("button", { name: "+ Add funding round" }).click();
  const round = page.getByRole("dialog", { name: "Add funding round" });
  await round.getByLabel(/^Stage( \*)?$/).selectOption({ label: "Angel" });
  await round.getByLabel("Announced on").fill("2023-09");
  await round.getByLabel("Amount as reported").fill("超2亿元");
  await pick(page, /^Investor \(organization\)/, "ZhenFund", "ZhenFund");
  await round.getByRole("group", { name: "Investor 1", exact: true }).getByLabel("Lead investor").check();
  await round.getByRole("button", { name: "+ Another investor" }).click();
  const second = round.getByRole("group", { name: "Investor 2", exact: true });
  await second.getByRole("combobox", { name: /^Investor \(organization\)/ }).fill("Hillhouse");
  await page.getByRole("option", { name: "Hillhouse", exact: true }).first().click();
  await round.getByRole("button", { name: "Add a new source" }).click();
  const block = round.locator('[data-source-block="0"]');
  await block.getByLabel("New source’s web address").fill(`https://entry.example.com/${run}/angel`);
  await block.getByLabel("Publisher", { exact: true }).fill(`Entry Wire ${run}`);
  await block.getByRole("button", { name: "Tick every field typed" }).click();
  // Stage, date, amount, two investors and the lead: all typed, all ticked.
  await expect(block.locator('input[type="checkbox"]:checked')).toHaveCount(6);
  await round.getByRole("button", { name: "Add funding round" }).click();
  await expect(round).toBeHidden();
  const saved = page.getByRole("link", { name: /^angel · 2023-09/ });
  await expect(saved).toBeVisible();
  created.push({
    entity: "funding-rounds",
    id: Number(/\/funding-rounds\/(\d+)\//.exec((await saved.getAttribute("href")) ?? "")?.[1]),
  });
  await expect(page.getByRole("link", { name: "ZhenFund (lead)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Hillhouse", exact: true })).toBeVisible();

  await page.goto(`/startups/${slug}`);
  await expect(page.getByText("ZhenFund").first()).toBeVisible();
  await expect(page.getByText("Hillhouse").first()).toBeVisible();
  await expect(page.getByText("超2亿元").first()).toBeVisible();
});

test("a founding month and a co-founder no source names: typed as the source states them, shown so in English and 中文", async ({
  adminPage: page,
  created,
}) => {
  test.slow();
  await page.goto("/admin/startups/new");
  await page.getByLabel("English name").fill(`Unnamed Co ${run}`);
  await page.getByLabel("Founded year, month or day").fill("2023-07");
  await page.getByRole("button", { name: "Add a new source" }).click();
  const startupSource = page.locator('[data-source-block="0"]');
  await startupSource.getByLabel("New source’s web address").fill(`https://entry.example.com/${run}/unnamed`);
  await startupSource.getByLabel("Publisher", { exact: true }).fill(`Entry Wire ${run}`);
  await startupSource.getByLabel("Title", { exact: true }).fill("Two co-founders");
  await startupSource.getByRole("button", { name: "Tick every field typed" }).click();
  await page.getByRole("button", { name: "Create start-up" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toBeVisible();
  created.push({ entity: "startups", id: idFromUrl(page) });
  // The edit form shows the month as it was typed, not a day or a year.
  await expect(page.getByLabel("Founded year, month or day")).toHaveValue("2023-07");
  const slug = await page.getByLabel("URL name").inputValue();

  await page.getByRole("button", { name: "+ Add founder" }).click();
  const founder = page.getByRole("dialog", { name: "Add founder" });
  await founder.getByRole("button", { name: `Cite again: Entry Wire ${run}: Two co-founders` }).click();
  const block = founder.locator('[data-source-block="0"]');
  await block.getByRole("group", { name: "Founding" }).getByRole("checkbox", { name: "Role" }).check();
  // Neither a person chosen, nor a name, nor who they are: refused with the reason.
  await founder.getByRole("button", { name: "Add founder" }).click();
  await expect(founder.getByRole("alert")).toContainText("unnamed in the sources, who they are");
  await founder.getByRole("textbox", { name: "No name reported" }).fill("co-founder, name not reported");
  await block.getByRole("group", { name: "New person" }).getByRole("checkbox", { name: "No name reported" }).check();
  await founder.getByRole("button", { name: "Add founder" }).click();
  await expect(founder).toBeHidden();
  const founding = page.getByRole("link", { name: /^co-founder, name not reported · / });
  await expect(founding).toBeVisible();
  await founding.click();
  await page.waitForURL(/\/admin\/foundings\/\d+\/edit/);
  created.push({ entity: "foundings", id: idFromUrl(page) });
  await page.getByRole("link", { name: "← co-founder, name not reported" }).click();
  await page.waitForURL(/\/admin\/people\/\d+\/edit/);
  created.splice(1, 0, { entity: "people", id: idFromUrl(page) });
  // The address is not made from the label.
  await expect(page.getByLabel("URL name")).toHaveValue(/^unnamed-person(-\d+)?$/);

  await page.goto(`/startups/${slug}`);
  await expect(page.getByTestId("fact-founded")).toContainText("July 2023");
  const unnamed = page.getByTestId("founder").getByTestId("unnamed-person");
  await expect(unnamed).toHaveText("co-founder, name not reported");
  await expect(unnamed).toHaveClass(/text-ink-muted/);
  await page.goto(`/zh/startups/${slug}`);
  await expect(page.getByTestId("fact-founded")).toContainText("2023年7月");
  await expect(page.getByTestId("founder").getByTestId("unnamed-person")).toContainText(
    "co-founder, name not reported",
  );
});
