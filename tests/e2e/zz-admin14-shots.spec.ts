import { test, expect, pick } from "./fixtures/admin";
for (const width of [1280, 390]) {
  test(`shots ${width}`, async ({ adminPage: page }) => {
    test.slow();
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/admin/startups");
    await page.getByRole("link", { name: /Rokid|Haivivi/ }).first().click();
    await page.waitForURL(/edit/);
    await page.getByRole("button", { name: "+ Add founder" }).click();
    const founder = page.getByRole("dialog", { name: "Add founder" });
    await founder.getByLabel("English name").fill("Shot Person");
    await pick(page, /^Organization/, "DAMO", "DAMO Academy");
    await founder.getByRole("button", { name: "+ Another job" }).click();
    await founder.getByRole("button", { name: "Add a new source" }).click();
    await founder.getByRole("button", { name: "Tick every field typed" }).click();
    await founder.getByRole("button", { name: "Add founder" }).click();
    await expect(founder.getByRole("alert")).toBeVisible();
    await founder.screenshot({ path: `/tmp/admin14-shots/founder-${width}.png` });
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "+ Add funding round" }).click();
    const round = page.getByRole("dialog", { name: "Add funding round" });
    await round.getByRole("button", { name: "Add a new source" }).click();
    await round.screenshot({ path: `/tmp/admin14-shots/round-${width}.png` });
  });
}
