import { readFile } from "node:fs/promises";
import { expect, test, type Download, type Page } from "@playwright/test";
import { PNG } from "pngjs";
import { parseCsv } from "../helpers/csv";

async function saved(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

async function downloadFrom(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return download;
}

function csvRows(text: string): string[][] {
  const lines = text.replace(/^\uFEFF/, "").split("\r\n");
  return parseCsv(lines.filter((line) => !line.startsWith("#")).join("\r\n"));
}

/** The page's edge table as [from, connection, to, weight], kind labels stripped from the names. */
async function tableRows(page: Page): Promise<string[][]> {
  return page
    .getByTestId("network-edge-table")
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll("td")].map((cell) => {
          const named = cell.querySelector("a");
          return (named ? named.textContent : cell.firstChild?.textContent)?.trim() ?? "";
        }),
      ),
    );
}

test("open the network, filter it, and reach a profile by clicking a node", async ({ page }) => {
  await page.goto("/network");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("The Alibaba alumni network");
  await expect(page.getByTestId("network-summary")).toContainText(/\d+ nodes and \d+ connections/);
  const canvas = page.getByTestId("network-canvas");
  await expect(canvas).toHaveAttribute("data-ready", "true");

  // The alumni switch and a city filter land in the URL and change what is drawn.
  const before = await page.getByTestId("network-edge-table").locator("tbody tr").count();
  await page.getByLabel("City").selectOption("hangzhou");
  await expect(page).toHaveURL(/city=hangzhou/);
  await page.getByLabel("Alumni: time at Alibaba").selectOption("5");
  await expect(page).toHaveURL(/tenure=5/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(/alumni = founders who spent at least 5 years at Alibaba Group/).first()).toBeVisible();
  await expect(page.getByTestId("network-note").filter({ hasText: "Years not reported" })).toBeVisible();
  expect(await page.getByTestId("network-edge-table").locator("tbody tr").count()).toBeLessThan(before);

  // Search finds a node; clicking it on the canvas opens its profile.
  await page.goto("/network?focus=startup:rokid");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rokid's network");
  await expect(canvas).toHaveAttribute("data-ready", "true");
  await page.getByLabel("Find a start-up, founder, investor or unit").fill("Rokid");
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Start-up Rokid: highlighted" })).toBeVisible();
  // Wait for the camera to settle on Rokid, then click the middle of the canvas, where it now is.
  await canvas.scrollIntoViewIfNeeded();
  await page.waitForTimeout(700);
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/\/startups\/rokid$/);
});

test("keyboard reach: every node's profile is a link in the table, and the search is a form", async ({ page }) => {
  await page.goto("/startups/rokid");
  await page.getByTestId("network-link").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/network\?focus=startup(:|%3A)rokid/);
  const search = page.getByLabel("Find a start-up, founder, investor or unit");
  await search.focus();
  await page.keyboard.type("Misa");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: /Founder Misa/ })).toBeVisible();
  // Tab from the search reaches the table's links; Enter on one opens that profile.
  const link = page.getByTestId("network-edge-table").getByRole("link", { name: /Misa/ }).first();
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/founders\//);
});

test("the table equals the edges CSV, and the exports carry title, definition, source and date", async ({ page }) => {
  await page.goto("/network?city=hangzhou&leftWithin=3");
  await expect(page.getByTestId("network-canvas")).toHaveAttribute("data-ready", "true");
  const edges = (
    await saved(await downloadFrom(page, () => page.getByRole("link", { name: "Edges (CSV)" }).click()))
  ).toString("utf8");
  expect(edges).toMatch(/^\uFEFF# The Alibaba alumni network/);
  expect(edges).toContain("# Definition: alumni = founders who left Alibaba at most 3 years before founding");
  expect(edges).toMatch(/# Source: Alumni Atlas database, data as of \d{4}-\d{2}-\d{2}/);
  const [header, ...rows] = csvRows(edges);
  expect(header).toEqual(["source id", "source", "relation", "target id", "target", "weight"]);
  expect(rows.length).toBeGreaterThan(0);
  expect(await tableRows(page)).toEqual(rows.map((r) => [r[1], r[2], r[4], r[5]]));

  const nodes = (
    await saved(await downloadFrom(page, () => page.getByRole("link", { name: "Nodes (CSV)" }).click()))
  ).toString("utf8");
  const [nodeHeader, ...nodeRows] = csvRows(nodes);
  expect(nodeHeader).toEqual(["id", "kind", "name", "start-ups", "profile", "x", "y"]);
  const named = new Set(rows.flatMap((r) => [r[0], r[3]]));
  expect(new Set(nodeRows.map((r) => r[0]))).toEqual(named);

  const svgDownload = await downloadFrom(page, () => page.getByRole("link", { name: "SVG" }).click());
  expect(svgDownload.suggestedFilename()).toBe("network_image_city-hangzhou_leftwithin-3.svg");
  const svg = (await saved(svgDownload)).toString("utf8");
  expect(svg).toContain("The Alibaba alumni network");
  expect(svg).toContain("left Alibaba at most 3 years before founding");
  expect(svg).toMatch(/Drawn \d{4}-\d{2}-\d{2}/);
  expect(svg.match(/<circle cx=/g)!.length).toBeGreaterThanOrEqual(nodeRows.length);

  const png = PNG.sync.read(
    await saved(await downloadFrom(page, () => page.getByRole("button", { name: "PNG" }).click())),
  );
  expect(png.width).toBe(2400);
  let inked = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 240 || png.data[i + 1]! < 240) inked++;
  expect(inked / (png.width * png.height)).toBeGreaterThan(0.005);

  // The embed shows the same network without the site's chrome.
  const embed = await page.getByLabel("Embed code").inputValue();
  expect(embed).toContain("/embed/network?city=hangzhou&amp;leftWithin=3".replace("&amp;", "&"));
  await page.goto("/embed/network?city=hangzhou&leftWithin=3");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "The Alibaba alumni network: founders, start-ups, investors and units",
  );
  await expect(page.getByTestId("network-canvas")).toHaveAttribute("data-ready", "true");
  await expect(page.locator("header nav")).toHaveCount(0);
});

test("the network at 1280 and 390 pixels", async ({ page }) => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/network");
    await expect(page.getByTestId("network-canvas")).toHaveAttribute("data-ready", "true");
    await page.waitForTimeout(500);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/network-${width}.png`, fullPage: false });
    await page.goto("/network?focus=startup:rokid");
    await expect(page.getByTestId("network-canvas")).toHaveAttribute("data-ready", "true");
    await page.waitForTimeout(500);
    await page.screenshot({ path: `test-results/network-rokid-${width}.png`, fullPage: true });
  }
});
