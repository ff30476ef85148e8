import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import { PNG } from "pngjs";
import { parseCsv } from "../helpers/csv";

async function saved(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

async function downloadFrom(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return download;
}

/** Rows of the CSV without its # comment lines, as arrays of cells. */
function csvRows(text: string): string[][] {
  const lines = text.replace(/^\uFEFF/, "").split("\r\n");
  return parseCsv(lines.filter((line) => !line.startsWith("#")).join("\r\n"));
}

test("dashboard → filter a chart → download PNG, SVG and CSV that match the chart", async ({ page }) => {
  await page.goto("/");
  const charts = page.getByRole("region", { name: "Charts" });
  await expect(charts.getByRole("heading", { name: "Start-ups founded per year" })).toBeVisible();
  await expect(charts.locator('[data-chart="startups-by-city"]')).toContainText("Tracked in this database");
  await expect(charts.locator('[data-chart="startups-by-city"]')).toContainText("Reported by ITJuzi");
  await page.getByRole("link", { name: "Start-ups founded per year: filter, download or embed" }).click();
  await expect(page).toHaveURL(/\/charts\/founded-per-year$/);

  // Filter with the keyboard: the select is reachable and applies on change.
  await page.getByLabel("City").focus();
  await page.getByLabel("City").selectOption("hangzhou");
  await expect(page).toHaveURL(/city=hangzhou/);
  await expect(page.getByTestId("filter-summary")).toHaveText("Hangzhou");
  await expect(page.getByTestId("population")).toContainText(/n = \d+ start-up/);

  const figure = page.locator('[data-chart="founded-per-year"]');
  const drawing = figure.getByTestId("chart-drawing");
  await expect(drawing).toHaveAttribute("aria-label", /Column chart of \d+ start-ups? by the year/);
  await page.screenshot({ path: "test-results/charts-filtered.png", fullPage: true });

  // PNG: at twice the figure's size, and not blank.
  const png = PNG.sync.read(
    await saved(await downloadFrom(page, () => page.getByRole("button", { name: "PNG", exact: true }).click())),
  );
  const box = (await drawing.boundingBox())!;
  expect(png.width).toBeGreaterThanOrEqual(Math.floor(box.width * 2));
  expect(png.height).toBeGreaterThan(png.width / 3);
  let inked = 0;
  let blue = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    if (r < 240 || g < 240 || b < 240) inked++;
    if (Math.abs(r - 0x00) < 12 && Math.abs(g - 0x72) < 12 && Math.abs(b - 0xb2) < 12) blue++;
  }
  expect(inked / (png.width * png.height)).toBeGreaterThan(0.02);
  expect(blue).toBeGreaterThan(500);

  const plain = PNG.sync.read(
    await saved(await downloadFrom(page, () => page.getByRole("button", { name: "PNG, chart only" }).click())),
  );
  expect(plain.height).toBeLessThan(png.height);

  // SVG: title and source line are in the image itself.
  const svgDownload = await downloadFrom(page, () => page.getByRole("button", { name: "SVG", exact: true }).click());
  expect(svgDownload.suggestedFilename()).toBe("founded-per-year_city-hangzhou.svg");
  const svg = (await saved(svgDownload)).toString("utf8");
  expect(svg).toContain(">Start-ups founded per year</text>");
  expect(svg).toContain("Source: Alumni Atlas database, data as of");
  expect(svg).toContain("Filtered: Hangzhou");
  const plainSvg = (
    await saved(await downloadFrom(page, () => page.getByRole("button", { name: "SVG, chart only" }).click()))
  ).toString("utf8");
  expect(plainSvg).not.toContain("Alumni Atlas database");

  // CSV: the header names the source; the rows are the chart's columns and labels.
  const csv = (
    await saved(await downloadFrom(page, () => page.getByRole("link", { name: "Get the data (CSV)" }).click()))
  ).toString("utf8");
  expect(csv).toMatch(/^# Start-ups founded per year/);
  expect(csv).toContain("# Filters: Hangzhou");
  expect(csv).toMatch(/# Source: Alumni Atlas database, data as of \d{4}-\d{2}-\d{2}/);
  const [header, ...rows] = csvRows(csv);
  expect(header).toEqual(["Year founded", "Start-ups founded"]);
  // The drawing on screen (each panel is drawn at several widths; CSS shows the one that fits).
  const ticks = await figure.locator("svg[data-drawing]:visible .chart-category-label").allTextContents();
  expect(rows.map((r) => r[0])).toEqual(ticks);
  const barLabels = await figure.locator("svg[data-drawing]:visible .chart-value-label").allTextContents();
  expect(barLabels.filter(Boolean)).toEqual(rows.map((r) => r[1]).filter((v) => v !== "0"));
  // …and the page's data table holds the same rows.
  const tableRows = await page
    .getByTestId("chart-table")
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("th,td")].map((cell) => cell.textContent?.trim() ?? "")),
    );
  expect(tableRows).toEqual(rows);
});

test("the city chart keeps reported and tracked apart, and its CSV says where the reported figure comes from", async ({
  page,
}) => {
  await page.goto("/charts/startups-by-city");
  const figure = page.locator('[data-chart="startups-by-city"]');
  await expect(figure.getByRole("list", { name: "Legend" })).toContainText("Tracked in this database (n = 19)");
  await expect(figure.getByRole("list", { name: "Legend" })).toContainText("Reported by ITJuzi, end of 2024 (n = 85)");
  await expect(figure.getByTestId("source-line")).toContainText("South China Morning Post, 2025-04-05");
  await expect(figure.locator("svg[data-drawing]:visible .chart-value-label", { hasText: "45%" })).toBeVisible();
  const response = await page.request.get("/api/charts/startups-by-city/data.csv");
  expect(response.headers()["content-type"]).toContain("text/csv");
  const csv = await response.text();
  expect(csv).toContain("reported figures: ITJuzi");
  expect(csvRows(csv).find((r) => r[0] === "Hangzhou")?.[3]).toBe("45");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/charts-city-phone.png", fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("an embed loads in a newsroom's iframe, live or pinned to a snapshot", async ({ page, baseURL }) => {
  // The newsroom's page lives on another origin (localhost, not 127.0.0.1), as in real life. It is
  // written into a page the server really served: Chromium refuses to frame a private address from
  // a page with no network origin (a routed or invented host).
  const newsroom = baseURL!.replace("127.0.0.1", "localhost");
  const article = async (src: string) => {
    await page.goto(`${newsroom}/api/health`);
    await page.setContent(
      `<!doctype html><html><body style="margin:0;font-family:serif"><article style="max-width:640px;margin:24px auto"><h1>A newsroom story</h1><p>Some text.</p><iframe src="${src}" title="Embedded chart" width="100%" height="640" style="border:0"></iframe></article></body></html>`,
    );
  };

  await page.goto("/charts/startups-by-sector");
  const snippet = page.getByTestId("embed-code");
  await expect(snippet).toHaveValue(
    /<iframe src="http:\/\/[^"]+\/embed\/charts\/startups-by-sector" title="Start-ups by sector"/,
  );
  await page.getByRole("button", { name: "Pin a snapshot" }).click();
  await expect(snippet).toHaveValue(/\/embed\/charts\/startups-by-sector\?snapshot=[A-Za-z0-9_-]{12}"/);
  const pinned = (await snippet.inputValue()).match(/src="([^"]+)"/)![1]!;

  await article(`${baseURL}/embed/charts/startups-by-city`);
  const live = page.frameLocator('iframe[title="Embedded chart"]');
  await expect(live.getByRole("heading", { name: "Where the start-ups are" })).toBeVisible();
  await expect(live.getByRole("img")).toHaveAttribute("aria-label", /Hangzhou/);
  await expect(live.locator("svg[data-drawing]:visible").first()).toBeVisible();
  await expect(live.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await page.screenshot({ path: "test-results/charts-embed-live.png", fullPage: true });

  await article(pinned);
  const frozen = page.frameLocator('iframe[title="Embedded chart"]');
  await expect(frozen.getByRole("heading", { name: "Start-ups by sector" })).toBeVisible();
  await expect(frozen.getByText(/Pinned snapshot, data frozen \d{4}-\d{2}-\d{2}/)).toBeVisible();
});

test("hostile or unknown addresses give a clean page, a 404 or a 400, never a 500", async ({ page, request }) => {
  const response = await page.goto(
    "/charts/founded-per-year?from=abc&city=%3Cscript%3Ealert(1)%3C%2Fscript%3E&sector=a&sector=b&to=2999999",
  );
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("filter-problems")).toContainText("from must be a four-digit year");
  await expect(page.locator('[data-chart="founded-per-year"]')).toBeVisible();
  const unknownCity = await page.goto("/charts/founded-per-year?city=atlantis");
  expect(unknownCity?.status()).toBe(200);
  await expect(page.getByTestId("filter-problems")).toContainText('city "atlantis" is not a city in this database');

  expect((await page.goto("/charts/no-such-chart"))?.status()).toBe(404);
  expect((await request.get("/api/charts/no-such-chart/data.csv")).status()).toBe(404);
  const bad = await request.get("/api/charts/founded-per-year/data.csv?from=%27%3B%20DROP%20TABLE");
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain("from must be a four-digit year");
  expect((await request.get("/api/charts/founded-per-year/data.json?snapshot=nope")).status()).toBe(404);
  expect(
    (
      await request.post("/api/charts/founded-per-year/snapshots", {
        data: "not json",
        headers: { "content-type": "application/json" },
      })
    ).status(),
  ).toBe(400);
  expect((await request.get("/embed/charts/founded-per-year?snapshot=missing")).status()).toBe(404);

  const empty = await page.goto("/charts/startups-by-sector?from=2099");
  expect(empty?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "Nothing in this database matches" })).toBeVisible();
  // A year the data does not reach is still the one the menu shows, so Apply keeps the same chart.
  await expect(page.getByLabel("From year")).toHaveValue("2099");
  await page.goto("/charts/startups-by-sector?from=1950");
  await expect(page.getByLabel("From year")).toHaveValue("1950");
  await expect(page.getByTestId("filter-problems")).toHaveCount(0);
});

test("each chart page has an Open Graph image of the chart", async ({ page, request }) => {
  await page.goto("/charts/top-investors");
  const og = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(og).toBeTruthy();
  const image = await request.get(new URL(og!).pathname);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  const png = PNG.sync.read(await image.body());
  expect([png.width, png.height]).toEqual([1200, 630]);
});
