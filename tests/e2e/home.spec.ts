import { expect, test } from "@playwright/test";

test("home page shows tracked counts beside ITJuzi's reported figures", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Alumni Atlas/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("former Alibaba Group employees");

  const tracked = page.getByRole("region", { name: "Tracked in this database" });
  for (const label of ["Start-ups", "Founders", "Cities", "Funding rounds"]) {
    const value = tracked.locator(`[data-stat="${label}"]`);
    await expect(value).toHaveText(/^\d+$/);
    expect(Number(await value.textContent())).toBeGreaterThan(0);
  }

  const total = page.locator('[data-figure="itjuzi-alibaba-alumni-ai-startups-2024"]');
  await expect(total.getByTestId("reported-value")).toHaveText("85");
  await expect(total).toContainText("Reported");
  await expect(total).toContainText("Tracked in this database");
  await expect(total).toContainText("ITJuzi");
  await expect(total).toContainText("2025-04-05");
  // The tracked figure is the database's own count, not the reported one.
  const startups = await tracked.locator('[data-stat="Start-ups"]').textContent();
  await expect(total.getByTestId("tracked-value")).toHaveText(startups ?? "");

  const share = page.locator('[data-figure="itjuzi-alibaba-alumni-ai-startups-hangzhou-share-2024"]');
  await expect(share.getByTestId("reported-value")).toHaveText("45%");
  await expect(share).toContainText("Hangzhou");
  await expect(share.getByTestId("tracked-value")).toHaveText(/^\d+(\.\d)?%$/);
});

test("the home page links to the most recently updated start-ups", async ({ page }) => {
  await page.goto("/");
  const recent = page.getByRole("region", { name: "Recently updated start-ups" });
  const links = recent.getByRole("link");
  await expect(links).toHaveCount(8);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
    expect(href).toMatch(/^\/startups\/[a-z0-9-]+$/);
  }
});
