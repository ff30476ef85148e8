import { expect, test } from "./fixtures/admin";

// Issue 14: people and jobs as the sources state them (the round form is covered by
// tests/integration/admin/amounts-as-reported.test.ts).
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
