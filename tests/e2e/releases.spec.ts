import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, idFromUrl, test } from "./fixtures/admin";

const run = Date.now().toString(36);

test("an admin publishes a dataset release with the button, and the download page lists it with a checksum that matches the file", async ({
  adminPage: page,
}) => {
  test.slow();
  await page.goto("/admin/releases");
  await expect(page.getByRole("heading", { name: "Dataset releases" })).toBeVisible();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Publish a release now" }).click();
  const published = page.getByRole("status").filter({ hasText: "Published alumni-atlas-" });
  await expect(published).toBeVisible({ timeout: 60_000 });
  const name = /Published (alumni-atlas-\d{4}-\d{2}-\d{2}(?:-\d+)?)/.exec((await published.textContent()) ?? "")?.[1];
  expect(name).toBeTruthy();
  await expect(page.getByRole("link", { name: name! })).toBeVisible();

  // The public page, reached from the site's navigation.
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Download the data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Download the data" })).toBeVisible();
  const card = page.getByTestId("release").filter({ has: page.getByRole("heading", { name: name! }) });
  await expect(card).toBeVisible();
  await expect(card.getByTestId("release-citation")).toContainText(`dataset release ${name}`);
  const checksum = (await card.getByTestId("release-sha256").textContent())!.trim();
  expect(checksum).toMatch(/^[0-9a-f]{64}$/);

  const downloading = page.waitForEvent("download");
  await card.getByRole("link", { name: new RegExp(`^Download ${name}\\.zip`) }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${name}.zip`);
  const bytes = readFileSync((await download.path())!);
  expect(createHash("sha256").update(bytes).digest("hex")).toBe(checksum);
  // A zip: the local file header's signature.
  expect(bytes.subarray(0, 4).toString("hex")).toBe("504b0304");

  const sums = await page.request.get(`/data/${name}.zip.sha256`);
  expect(await sums.text()).toBe(`${checksum}  ${name}.zip\n`);
  expect((await page.request.get("/data/alumni-atlas-1999-01-01.zip")).status()).toBe(404);
});

test("a start-up's page ?asOf= a moment before an edit shows the old description, with a banner and a citation", async ({
  adminPage: page,
  created,
}) => {
  test.slow();
  await page.goto("/admin/startups/new");
  await page.getByLabel("English name").fill(`AsOf Test ${run}`);
  await page.getByLabel("Founded year").fill("2019");
  await page.getByLabel("Description").fill("The first description.");
  await page.getByRole("button", { name: "Create start-up" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toBeVisible();
  const id = idFromUrl(page);
  created.push({ entity: "startups", id });
  const slug = await page.getByLabel("URL name").inputValue();

  // A moment between the creation and the edit (the history keeps milliseconds).
  await page.waitForTimeout(1_100);
  const moment = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  await page.waitForTimeout(1_100);
  await page.getByLabel("Description").fill("The second description.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved: version 2" })).toBeVisible();

  await page.goto(`/startups/${slug}`);
  await expect(page.getByText("The second description.")).toBeVisible();
  await expect(page.getByTestId("dated-version")).toHaveCount(0);

  await page.goto(`/startups/${slug}?asOf=${moment}`);
  await expect(page.getByText("The first description.")).toBeVisible();
  await expect(page.getByText("The second description.")).toHaveCount(0);
  const banner = page.getByTestId("dated-version");
  await expect(banner).toContainText(`as it was at ${moment.slice(0, 19).replace("T", " ")} UTC`);
  await expect(banner.getByTestId("cite-url")).toHaveText(
    new RegExp(`/startups/${slug}\\?asOf=${encodeURIComponent(moment)}$`),
  );
  await expect(banner.getByTestId("cite-citation")).toContainText(`"AsOf Test ${run}", version as of ${moment}`);
  await banner.getByRole("link", { name: "See it as it is now" }).click();
  await expect(page).toHaveURL(new RegExp(`/startups/${slug}$`));
  await expect(page.getByText("The second description.")).toBeVisible();

  await page.goto(`/startups/${slug}?asOf=2026-13-01`);
  await expect(page.getByTestId("as-of-problem")).toContainText("is not a date this page understands");
  await page.goto(`/startups/${slug}?asOf=2001-01-01`);
  await expect(page.getByTestId("as-of-problem")).toContainText("was not in the database at the end of 2001-01-01");
});

test("the chart page shows a pinned ?snapshot= as frozen, with a cite box, and says so when there is none", async ({
  page,
  baseURL,
}) => {
  const pinned = await page.request.post("/api/charts/founded-per-year/snapshots", {
    data: { filters: {} },
    headers: { origin: baseURL! },
  });
  expect(pinned.status()).toBeLessThan(300);
  const { id } = (await pinned.json()) as { id: string };

  await page.goto(`/charts/founded-per-year?snapshot=${id}`);
  const banner = page.getByTestId("dated-version");
  await expect(banner).toContainText("You are viewing a pinned version of this chart");
  await expect(banner.getByTestId("cite-url")).toHaveText(new RegExp(`/charts/founded-per-year\\?snapshot=${id}$`));
  await expect(page.getByRole("heading", { name: "Start-ups founded per year" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "The data in this chart" })).toBeVisible();

  await page.goto("/charts/founded-per-year?snapshot=no-such-pin");
  await expect(page.getByTestId("as-of-problem")).toContainText('There is no snapshot "no-such-pin" of this chart');
  // A date with no snapshot is rebuilt from the history instead (tests/e2e/dated-versions.spec.ts).
  await page.goto("/charts/founded-per-year?asOf=2001-01-01");
  await expect(page.getByTestId("dated-version")).toContainText("as it was at the end of 2001-01-01 (UTC)");
});
