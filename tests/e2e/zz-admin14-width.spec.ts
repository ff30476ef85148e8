import { test, pick } from "./fixtures/admin";
test("width", async ({ adminPage: page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto("/admin/startups");
  await page.getByRole("link", { name: /Rokid|Haivivi/ }).first().click();
  await page.waitForURL(/edit/);
  for (const which of ["+ Add founder", "+ Add employment"]) {
    const b = page.getByRole("button", { name: which });
    await page.getByRole("button", { name: "+ Add founder" }).waitFor();
    if ((await b.count()) === 0) continue;
    await b.first().click();
    const out = await page.evaluate(() => {
      const d = document.querySelector("dialog")!;
      const w = d.clientWidth;
      const wide = [...d.querySelectorAll("*")]
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.right > w + 2)
        .slice(0, 8)
        .map(({ e, r }) => `${e.tagName}.${(e.className || "").toString().slice(0, 60)} ${Math.round(r.width)} ${Math.round(r.right)}`);
      return { w, sw: d.scrollWidth, wide };
    });
    console.log(which, JSON.stringify(out, null, 1));
    await page.keyboard.press("Escape");
  }
});
