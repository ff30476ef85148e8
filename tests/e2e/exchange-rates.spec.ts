import { expect, idFromUrl, pick, test } from "./fixtures/admin";

// Issue 14: an exchange rate entered through its admin form converts a round on the public page.
// The rate is synthetic, made in the throwaway e2e database and deleted when the test ends.
test("an editor enters a sourced exchange rate, bad input is refused on its field, and the round shows the conversion", async ({
  adminPage: page,
  created,
}) => {
  test.slow();
  await page.goto("/admin");
  const link = page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Exchange rates" });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/admin\/exchange-rates$/);

  await page.goto("/admin/exchange-rates/new");
  await page.getByLabel("Currency").fill("USD");
  await page.getByLabel("Date of the rate").fill("2013-11-01");
  await page.getByLabel("US dollars per unit").fill("0");
  await pick(page, /^Source/, "fx361", /fx361\.cc/);
  await page.getByRole("button", { name: "Create exchange rate" }).click();
  await expect(page.getByText("must not be USD", { exact: false }).first()).toBeVisible();
  await expect(page.getByText("must be more than zero", { exact: false }).first()).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "test-results/exchange-rate-refused-1280.png", fullPage: true });

  await page.getByLabel("Currency").fill("CNY");
  await page.getByLabel("US dollars per unit").fill("0.1538");
  await page.getByRole("button", { name: "Create exchange rate" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toBeVisible();
  const id = idFromUrl(page);
  created.push({ entity: "exchange-rates", id });

  // A second CNY rate for the same day is refused, naming the first.
  await page.goto("/admin/exchange-rates/new");
  await page.getByLabel("Currency").fill("CNY");
  await page.getByLabel("Date of the rate").fill("2013-11-01");
  await page.getByLabel("US dollars per unit").fill("0.16");
  await pick(page, /^Source/, "fx361", /fx361\.cc/);
  await page.getByRole("button", { name: "Create exchange rate" }).click();
  await expect(page.getByText(`already has a CNY rate (exchange rate #${id}`, { exact: false }).first()).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/exchange-rate-duplicate-390.png", fullPage: true });

  // Tongdun's 2013 angel round in yuan is now converted, with the rate's date.
  await page.goto("/startups/tongdun");
  await expect(page.getByText("at the rate of 2013-11-01", { exact: false }).first()).toBeVisible();
  await page.screenshot({ path: "test-results/exchange-rate-round-390.png", fullPage: true });
});
