import { expect, idFromUrl, test } from "./fixtures/admin";

const run = Date.now().toString(36);

test("pickers offer the closest match first: the exact unit, then names that start with the words", async ({
  adminPage: page,
}) => {
  await page.goto("/admin/organizations/new");
  const parent = page.getByRole("combobox", { name: /^Part of/ });
  await parent.fill("Alibaba Cloud");
  const options = page.getByRole("listbox").getByRole("option");
  await expect(options.first()).toHaveAccessibleName("Alibaba Cloud");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  // The unit's place in the tree shows beside it.
  await expect(options.first()).toContainText("in Alibaba Group");
  await parent.press("Enter");
  await expect(parent).toHaveValue("Alibaba Cloud");

  await page.goto("/admin/startups/new");
  await page.getByRole("combobox", { name: "City" }).fill("Hang");
  await expect(page.getByRole("listbox").getByRole("option").first()).toHaveAccessibleName("Hangzhou");
});

test("an editor creates a missing person and unit from the pickers, and the employment form keeps what was typed", async ({
  adminPage: page,
  created,
}) => {
  test.slow();
  await page.goto("/admin/employments/new");
  await page.getByLabel("Role", { exact: true }).fill("Staff engineer");
  await page.getByLabel("Start year", { exact: true }).fill("2017");

  // The person is not recorded yet: create them from the picker.
  const person = page.getByRole("combobox", { name: /^Person/ });
  await person.fill(`Dialog Person ${run}`);
  await page.getByRole("option", { name: `+ Create “Dialog Person ${run}” as a new person…` }).click();
  const personDialog = page.getByRole("dialog", { name: "New person" });
  await expect(personDialog.getByLabel("English name")).toHaveValue(`Dialog Person ${run}`);
  await personDialog.getByRole("button", { name: "Create person and choose it" }).click();
  await expect(personDialog).toBeHidden();
  await expect(person).toHaveValue(`Dialog Person ${run}`);

  // So is the unit; its own "Part of" picker works inside the dialog, and it starts as an Alibaba unit.
  const unit = page.getByRole("combobox", { name: /^Organization/ });
  await unit.fill(`Dialog Unit ${run}`);
  await unit.press("ArrowDown");
  await expect(page.getByRole("option", { name: /^\+ Create/ })).toHaveAttribute("aria-selected", "true");
  await unit.press("Enter");
  const unitDialog = page.getByRole("dialog", { name: "New organization" });
  await expect(unitDialog.getByLabel("English name")).toHaveValue(`Dialog Unit ${run}`);
  await expect(unitDialog.getByLabel("Kind")).toHaveValue("ALIBABA_UNIT");
  const parent = unitDialog.getByRole("combobox", { name: /^Part of/ });
  await parent.fill("Alibaba Cloud");
  await page.getByRole("option", { name: "Alibaba Cloud", exact: true }).click();
  await unitDialog.getByRole("button", { name: "Create organization and choose it" }).click();
  await expect(unitDialog).toBeHidden();
  await expect(unit).toHaveValue(`Dialog Unit ${run}`);

  // Nothing typed before was lost.
  await expect(page.getByLabel("Role", { exact: true })).toHaveValue("Staff engineer");
  await expect(page.getByLabel("Start year", { exact: true })).toHaveValue("2017");
  await page.screenshot({ path: "test-results/create-in-place-employment-1280.png", fullPage: true });
  await page.getByRole("button", { name: "Create employment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toBeVisible();
  const employmentId = idFromUrl(page);

  await page.goto("/admin/people?q=" + encodeURIComponent(`Dialog Person ${run}`));
  const personLink = page.getByRole("link", { name: `Dialog Person ${run}` });
  const personId = Number(/\/admin\/people\/(\d+)\//.exec((await personLink.getAttribute("href")) ?? "")?.[1]);
  await page.goto("/admin/organizations?q=" + encodeURIComponent(`Dialog Unit ${run}`));
  const unitLink = page.getByRole("link", { name: `Dialog Unit ${run}` });
  const unitId = Number(/\/admin\/organizations\/(\d+)\//.exec((await unitLink.getAttribute("href")) ?? "")?.[1]);
  created.push({ entity: "people", id: personId }, { entity: "organizations", id: unitId });
  created.push({ entity: "employments", id: employmentId });

  await page.goto(`/admin/organizations/${unitId}/edit`);
  await expect(page.getByRole("combobox", { name: /^Part of/ })).toHaveValue("Alibaba Cloud");
});

test("the create-in-place dialog fits a phone and refuses bad input inside the dialog", async ({ adminPage: page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/admin/investments/new");
  const investor = page.getByRole("combobox", { name: /^Investor \(organization\)/ });
  await investor.fill(`   `);
  await investor.fill(`Phone Ventures ${run}`);
  await page.getByRole("option", { name: /^\+ Create/ }).click();
  const dialog = page.getByRole("dialog", { name: "New organization" });
  await expect(dialog.getByLabel("Kind")).toHaveValue("INVESTMENT_FIRM");
  await dialog.getByLabel("English name").fill("");
  await dialog.getByRole("button", { name: "Create organization and choose it" }).click();
  await expect(dialog.getByText(/English name .*required/i).first()).toBeVisible();
  // The page's own form was not checked by the dialog's submit.
  await expect(page.locator("#record-investments [role=alert]")).toHaveCount(0);
  await page.screenshot({ path: "test-results/create-in-place-dialog-390.png" });
  const width = await dialog.evaluate((element) => element.getBoundingClientRect().width);
  expect(width).toBeLessThanOrEqual(390);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await expect(investor).toHaveValue(`Phone Ventures ${run}`);
});
