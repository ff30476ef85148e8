import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "../helpers/csv";

/** Clicks the list's "Download CSV" and reads the file as a reader's spreadsheet would. */
async function downloadList(page: Page, path: string) {
  await page.goto(path);
  const downloadPromise = page.waitForEvent("download");
  await page.getByTestId("download-csv").click();
  const download = await downloadPromise;
  const text = await readFile((await download.path())!, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1));
  return { name: download.suggestedFilename(), header: header!, rows };
}

test("the founders, investors, cities and units lists download as CSV, every row, with profile links", async ({
  page,
}) => {
  const founders = await downloadList(page, "/founders");
  expect(founders.name).toMatch(/^alumni-atlas-founders-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(founders.header).toEqual(["name", "name_en", "name_zh", "label", "startups", "alibaba_units", "profile_url"]);
  const foundersShown = Number(await page.locator("main strong").first().textContent());
  expect(founders.rows).toHaveLength(foundersShown);
  expect(founders.rows.every((row) => new URL(row.at(-1)!).pathname.startsWith("/founders/"))).toBe(true);

  const investors = await downloadList(page, "/investors?sort=portfolio");
  expect(investors.header).toEqual([
    "name",
    "name_en",
    "name_zh",
    "kind",
    "portfolio_startups",
    "rounds",
    "rounds_led",
    "profile_url",
  ]);
  // In the list's own order: largest portfolio first.
  const portfolios = investors.rows.map((row) => Number(row[4]));
  expect(portfolios).toEqual([...portfolios].sort((a, b) => b - a));
  expect(investors.rows).toHaveLength(Number(await page.locator("main strong").first().textContent()));

  const cities = await downloadList(page, "/cities");
  expect(cities.header).toEqual([
    "name_en",
    "name_zh",
    "region",
    "country",
    "tracked_startups",
    "share_of_tracked_percent",
    "profile_url",
  ]);
  expect(cities.rows.find((row) => row[0] === "Hangzhou")?.[1]).toBe("杭州");
  await expect(page.locator("main li h2")).toHaveCount(cities.rows.length);

  const units = await downloadList(page, "/units");
  expect(units.header).toEqual(["name_en", "name_zh", "parent_unit", "depth", "alumni_founders", "profile_url"]);
  expect(units.rows[0]![2]).toBe("");
  expect(units.rows.some((row) => row[2] !== "" && Number(row[3]) > 0)).toBe(true);
  await expect(page.getByTestId("unit-tree").locator("li")).toHaveCount(units.rows.length);

  const refused = await page.request.get("/api/investors/csv?sort=size");
  expect(refused.status()).toBe(400);
  expect((await refused.json()).issues).toEqual(['Ignored sort "size": not a known sort.']);
  expect((await page.request.get("/api/cities/csv?city=x")).status()).toBe(400);
});

test("investors sort by portfolio, rounds and rounds led, and back to names", async ({ page }) => {
  await page.goto("/investors");
  const sort = page.getByRole("navigation", { name: "Sort" });
  await expect(page.getByText(/investors?, A→Z/)).toBeVisible();
  await sort.getByRole("link", { name: "Portfolio" }).click();
  await expect(page).toHaveURL(/\/investors\?sort=portfolio$/);
  await expect(page.getByText(/investors?, largest portfolio first/)).toBeVisible();
  const column = async (index: number) =>
    (
      await page.locator("main tbody tr").evaluateAll((rows, i) => rows.map((r) => r.children[i]!.textContent), index)
    ).map(Number);
  const portfolio = await column(1);
  expect(portfolio).toEqual([...portfolio].sort((a, b) => b - a));
  await sort.getByRole("link", { name: "Portfolio" }).click();
  await expect(page).toHaveURL(/sort=portfolio&order=asc/);
  await expect(page.getByText(/investors?, smallest portfolio first/)).toBeVisible();
  const ascending = await column(1);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await sort.getByRole("link", { name: "Led" }).click();
  await expect(page).toHaveURL(/\/investors\?sort=led$/);
  await expect(page.getByText(/investors?, most rounds led first/)).toBeVisible();
  const led = await column(3);
  expect(led).toEqual([...led].sort((a, b) => b - a));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/investors-sorted-390.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "test-results/investors-sorted-1280.png", fullPage: true });
});

test("a chart's clean CSV is the annotated one without its # lines; the metadata is in the JSON", async ({ page }) => {
  await page.goto("/charts/startups-by-city");
  const link = page.getByRole("link", { name: "CSV for Sheets/Datawrapper" });
  await expect(link).toHaveAttribute("href", "/api/charts/startups-by-city/data.csv?variant=clean");
  const annotated = await (await page.request.get("/api/charts/startups-by-city/data.csv")).text();
  const clean = await (await page.request.get("/api/charts/startups-by-city/data.csv?variant=clean")).text();
  expect(annotated).toMatch(/^# /);
  expect(clean).not.toMatch(/^#/m);
  expect(clean).toBe(
    annotated
      .split("\r\n")
      .filter((line) => !line.startsWith("#"))
      .join("\r\n"),
  );
  const json = await (await page.request.get("/api/charts/startups-by-city/data.json")).json();
  expect(json.sourceLine).toContain("Alumni Atlas database");
  expect(json.notes.length).toBeGreaterThan(0);
  const bad = await page.request.get("/api/charts/startups-by-city/data.csv?variant=excel");
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain("variant must be given once, as one of: annotated, clean.");
});

test("an unknown address gets the site's own 404 page, and the site has a favicon", async ({ page }) => {
  const response = await page.goto("/no-such-page/at-all");
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle("Page not found · Alumni Atlas");
  await expect(page.getByRole("heading", { level: 1, name: "No page at this address" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("link", { name: "the overview" })).toHaveAttribute("href", "/");
  await page.screenshot({ path: "test-results/not-found-1280.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/not-found-390.png", fullPage: true });

  await page.goto("/");
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(icon).toMatch(/^\/icon\.svg/);
  const served = await page.request.get(icon!);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toContain("image/svg+xml");
});
