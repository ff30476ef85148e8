import { expect, test, type Locator, type Page } from "@playwright/test";

// Charts are drawn on the server: a reader without JavaScript (a feed reader, a screenshot bot, a
// locked-down newsroom browser) sees every chart; with JavaScript, bars answer a pointer; on a
// phone, labels are thinned or wrapped and tables stack rather than run off the screen.

/** The drawing of each panel that CSS shows at this width. */
function drawings(scope: Page | Locator) {
  return scope.locator("svg[data-drawing]:visible");
}

/** Whether any two boxes overlap horizontally (labels on one axis line). */
async function overlapping(labels: Locator): Promise<string[]> {
  const boxes = await labels.evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return { text: node.textContent ?? "", left: box.left, right: box.right };
    }),
  );
  const sorted = boxes.sort((a, b) => a.left - b.left);
  return sorted.slice(1).flatMap((box, i) => (box.left < sorted[i]!.right ? [`${sorted[i]!.text}|${box.text}`] : []));
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the dashboard, the charts index, a chart page and an embed show every chart's drawing with its bars and labels", async ({
    page,
  }) => {
    // The home page shows the featured charts; /charts shows every one.
    for (const [path, least] of [
      ["/", 4],
      ["/charts", 11],
    ] as const) {
      await page.goto(path);
      const figures = page.getByRole("main").locator("figure[data-chart]");
      const count = await figures.count();
      expect(count, path).toBeGreaterThanOrEqual(least);
      for (let i = 0; i < count; i++) {
        const figure = figures.nth(i);
        await expect(drawings(figure).first()).toBeVisible();
        expect(await drawings(figure).first().locator("rect.chart-mark").count()).toBeGreaterThan(0);
        expect(await drawings(figure).first().locator(".chart-category-label").count()).toBeGreaterThan(0);
      }
    }

    await page.goto("/charts/founded-per-year");
    const figure = page.locator('[data-chart="founded-per-year"]');
    const rows = await page.getByTestId("chart-table").locator("tbody tr").count();
    await expect(drawings(figure)).toHaveCount(1);
    await expect(drawings(figure).locator("rect.chart-mark")).toHaveCount(rows);
    await expect(drawings(figure).locator(".chart-category-label").first()).toBeVisible();

    await page.goto("/embed/charts/startups-by-city");
    await expect(page.getByRole("img")).toHaveAttribute("aria-label", /Hangzhou/);
    await expect(drawings(page).locator(".chart-category-label", { hasText: "Hangzhou" })).toBeVisible();
    await expect(drawings(page).locator(".chart-value-label", { hasText: "45%" })).toBeVisible();
    await page.screenshot({ path: "test-results/embed-no-js.png", fullPage: true });
  });
});

test("with JavaScript, pointing at a bar shows its label and value", async ({ page }) => {
  await page.goto("/charts/startups-by-sector");
  const figure = page.locator('[data-chart="startups-by-sector"]');
  const firstRow = page.getByTestId("chart-table").locator("tbody tr").first();
  const [label, value] = await firstRow.locator("th,td").allTextContents();
  await drawings(figure).locator("rect.chart-mark").first().hover();
  await expect(figure.getByTestId("chart-tooltip")).toHaveText(`${label}: ${value}`);
  await page.mouse.move(0, 0);
  await expect(figure.getByTestId("chart-tooltip")).toHaveCount(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("year and value labels never run together, and nothing is wider than the screen", async ({ page }) => {
    for (const path of ["/charts/founded-per-year", "/charts/funding-over-time", "/"]) {
      await page.goto(path);
      for (const drawing of await drawings(page).all()) {
        // Category labels of a column chart sit on one line; bar charts' are stacked, one per row.
        if ((await drawing.locator("rect.chart-mark").first().getAttribute("x")) === "0") continue;
        expect(await overlapping(drawing.locator(".chart-category-label")), path).toEqual([]);
        expect(await overlapping(drawing.locator(".chart-value-label")), path).toEqual([]);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
  });

  test("Rokid's funding rounds and a chart's data table stack into cards with readable notes", async ({ page }) => {
    await page.goto("/startups/rokid");
    const rounds = page.getByTestId("funding-rounds");
    await expect(rounds).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Each round's cells run down the card at its full width: investors are on screen, not pushed off it.
    const investors = rounds.locator('td[data-label="Investors"]').first();
    const box = (await investors.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.width).toBeGreaterThan(300);
    await page.screenshot({ path: "test-results/rokid-phone.png", fullPage: true });

    await page.goto("/charts/startups-by-city");
    const table = page.getByTestId("chart-table");
    const cells = table.locator("tbody tr").first().locator("td");
    for (const cell of await cells.all()) {
      const cellBox = (await cell.boundingBox())!;
      expect(cellBox.x + cellBox.width).toBeLessThanOrEqual(390);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
