import { expect, idFromUrl, test } from "./fixtures/admin";

// Issue 13 item 4: pages as they were at a date. A start-up edited and then deleted here; its page
// and a chart read at moments in between; links in a dated page keep the date; the banner and the
// cite box at desktop and phone widths (screenshots in tests/.artifacts/dated-versions).

const run = Date.now().toString(36);
const instant = () => new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
const today = () => new Date().toISOString().slice(0, 10);

/** The founded-per-year chart's count for a year, from its JSON (the dated one when asOf is given). */
async function foundedIn(request: import("@playwright/test").APIRequestContext, year: number, asOf?: string) {
  const response = await request.get(`/api/charts/founded-per-year/data.json${asOf ? `?asOf=${asOf}` : ""}`);
  expect(response.status()).toBe(200);
  const chart = (await response.json()) as { version?: string; table: { rows: (string | number | null)[][] } };
  expect(chart.version).toBe(asOf);
  const row = chart.table.rows.find((r) => String(r[0]) === String(year));
  return typeof row?.[1] === "number" ? row[1] : 0;
}

test("an edited, then deleted start-up: its page and a chart as they were before the edit, between, and after", async ({
  adminPage: page,
  created,
}) => {
  test.slow();
  const beforeCreation = instant();
  await page.waitForTimeout(1_100);
  await page.goto("/admin/startups/new");
  await page.getByLabel("English name").fill(`Dated Versions ${run}`);
  await page.getByLabel("Founded year").fill("1991");
  await page.getByLabel("Description").fill("Before the edit.");
  await page.getByRole("button", { name: "Create start-up" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toBeVisible();
  const id = idFromUrl(page);
  created.push({ entity: "startups", id });
  const slug = await page.getByLabel("URL name").inputValue();

  await page.waitForTimeout(1_100);
  const beforeEdit = instant();
  await page.waitForTimeout(1_100);
  await page.getByLabel("Founded year").fill("1992");
  await page.getByLabel("Description").fill("After the edit.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved: version 2" })).toBeVisible();
  await page.waitForTimeout(1_100);
  const beforeDeletion = instant();
  await page.waitForTimeout(1_100);

  // Before the edit the old values, between the edit and the deletion the new ones.
  await page.goto(`/startups/${slug}?asOf=${beforeEdit}`);
  await expect(page.getByText("Before the edit.")).toBeVisible();
  await expect(page.getByTestId("fact-founded")).toContainText("1991");
  await expect(page.getByTestId("dated-version")).toContainText("as it was at");
  await page.goto(`/startups/${slug}?asOf=${beforeDeletion}`);
  await expect(page.getByText("After the edit.")).toBeVisible();
  await expect(page.getByTestId("fact-founded")).toContainText("1992");
  await page.goto(`/startups/${slug}?asOf=${beforeCreation}`);
  await expect(page.getByTestId("as-of-problem")).toContainText("This start-up was not in the database at");

  await page.goto(`/admin/startups/${id}/edit`);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: /^Delete / }).click();
  await page.waitForURL(new RegExp(`/admin/startups\\?deleted=${id}`));
  // Deleted by the test itself: nothing left for the fixture to clean up.
  created.splice(0, created.length);
  // Deleted now: a real 404, also for a client that sends the proxy's header itself; as it was
  // before the deletion, the page with the values of then.
  expect((await page.goto(`/startups/${slug}`))?.status()).toBe(404);
  expect((await page.request.get(`/startups/${slug}`, { headers: { "x-atlas-as-of": beforeEdit } })).status()).toBe(
    404,
  );
  expect((await page.goto(`/startups/${slug}?asOf=${beforeDeletion}`))?.status()).toBe(200);
  await expect(page.getByText("After the edit.")).toBeVisible();
  await expect(page.getByTestId("dated-version")).toContainText("as it was at");
  await page.goto(`/startups/${slug}?asOf=${beforeEdit}`);
  await expect(page.getByTestId("fact-founded")).toContainText("1991");

  // The chart counts it in 1991 before the edit, in 1992 between, and nowhere before its creation.
  expect(
    (await foundedIn(page.request, 1991, beforeEdit)) - (await foundedIn(page.request, 1991, beforeCreation)),
  ).toBe(1);
  expect(
    (await foundedIn(page.request, 1992, beforeDeletion)) - (await foundedIn(page.request, 1992, beforeEdit)),
  ).toBe(1);

  // The dated chart page: banner, cite box, and downloads that carry the date.
  await page.goto(`/charts/founded-per-year?asOf=${beforeEdit}`);
  const banner = page.getByTestId("dated-version");
  await expect(banner).toContainText("You are viewing this chart as it was at");
  await expect(banner.getByTestId("cite-url")).toHaveText(
    new RegExp(`/charts/founded-per-year\\?asOf=${encodeURIComponent(beforeEdit)}$`),
  );
  const csvLink = page.getByRole("link", { name: "Get the data (CSV)" });
  await expect(csvLink).toHaveAttribute("href", new RegExp(`asOf=${encodeURIComponent(beforeEdit)}`));
  const csv = await (await page.request.get((await csvLink.getAttribute("href"))!)).text();
  expect(csv).toContain(`asOf=${encodeURIComponent(beforeEdit)}`);
  await expect(page.getByRole("link", { name: "JSON" })).toHaveAttribute("href", /asOf=/);
  await expect(page.getByTestId("embed-dated")).toContainText(beforeEdit);

  // A filter change keeps the date.
  await page.getByLabel("From year").selectOption("2015");
  await expect(page).toHaveURL(/from=2015/);
  await expect(page).toHaveURL(new RegExp(`asOf=${encodeURIComponent(beforeEdit)}`));
  await expect(page.getByTestId("dated-version")).toBeVisible();
});

test("links in a dated profile keep the date; the banner's own link leaves it", async ({ page }) => {
  const date = today();
  await page.goto("/founders");
  const first = page.getByRole("main").locator('a[href^="/founders/"]').first();
  const href = (await first.getAttribute("href"))!;
  await page.goto(`${href}?asOf=${date}`);
  await expect(page.getByTestId("dated-version")).toBeVisible();
  const startupLink = page.getByRole("main").locator('a[href^="/startups/"]').first();
  await expect(startupLink).toHaveAttribute("href", new RegExp(`asOf=${date}`));
  await startupLink.click();
  await expect(page).toHaveURL(new RegExp(`/startups/[^?]+\\?asOf=${date}$`));
  await expect(page.getByTestId("dated-version")).toBeVisible();
  await page.getByRole("link", { name: "See it as it is now" }).click();
  await expect(page).toHaveURL(/\/startups\/[^?]+$/);
  await expect(page.getByTestId("dated-version")).toHaveCount(0);
});

for (const width of [1280, 390]) {
  test(`the banner and cite box at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/startups");
    const href = (await page.getByRole("main").locator('a[href^="/startups/"]').first().getAttribute("href"))!;
    await page.goto(`${href.split("?")[0]}?asOf=${today()}`);
    const banner = page.getByTestId("dated-version");
    await expect(banner.getByTestId("cite-citation")).toBeVisible();
    // Nothing in the banner runs off the page.
    const box = (await banner.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `tests/.artifacts/dated-versions/startup-${width}.png` });
    await page.goto(`/charts/founded-per-year?asOf=${today()}`);
    await expect(page.getByTestId("dated-version")).toBeVisible();
    await page.screenshot({ path: `tests/.artifacts/dated-versions/chart-${width}.png` });
  });
}
