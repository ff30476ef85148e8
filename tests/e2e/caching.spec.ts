import { expect as baseExpect, test as base } from "@playwright/test";
import { expect, idFromUrl, test } from "./fixtures/admin";

// Cached rendering and the headers a CDN sees (README "Cached rendering", "Behind a CDN"), through
// the production server: what each class of route sends, and which writes reach which cached data.

const run = Date.now().toString(36);
const PUBLIC = /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/;

base(
  "headers per route class: public pages, embeds and chart data for CDNs, snapshots immutable, the admin private",
  async ({ request, page, baseURL }) => {
    for (const path of [
      "/",
      "/startups/tongdun",
      "/startups?sort=funding",
      "/charts/startups-by-city",
      "/embed/charts/startups-by-city",
      "/api/charts/startups-by-city/data.json",
      "/api/charts/startups-by-city/data.csv",
    ]) {
      // A cold render streams its data after placeholders, and a page an earlier spec's write made stale is
      // served stale once while it is recomputed; from then on the same data gives the same bytes.
      let first = await request.get(path);
      for (let attempt = 0; attempt < 5; attempt++) {
        const next = await request.get(path);
        const settled = next.headers().etag === first.headers().etag;
        first = next;
        if (settled) break;
      }
      baseExpect(first.status(), path).toBe(200);
      baseExpect(first.headers()["cache-control"], path).toMatch(PUBLIC);
      const etag = first.headers().etag;
      baseExpect(etag, path).toMatch(/^"[\w-]+"$/);
      // Unchanged data, same bytes: the second request is a 304 without a body.
      const again = await request.get(path, { headers: { "if-none-match": etag! } });
      baseExpect(again.status(), path).toBe(304);
      baseExpect(await again.body(), path).toHaveLength(0);
    }

    // A pinned snapshot never changes.
    const pinned = await request.post("/api/charts/startups-by-city/snapshots", {
      data: {},
      headers: { origin: baseURL! },
    });
    baseExpect([200, 201]).toContain(pinned.status());
    const { id } = (await pinned.json()) as { id: string };
    const snapshot = await request.get(`/api/charts/startups-by-city/data.json?snapshot=${id}`);
    baseExpect(snapshot.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    baseExpect(snapshot.headers().etag).toMatch(/^"/);

    // The public API keeps its own caching: data-version ETags.
    const api = await request.get("/api/v1/startups?limit=2");
    baseExpect(api.headers()["cache-control"]).toContain("s-maxage");
    baseExpect(api.headers().etag).toBeTruthy();

    // The admin (here its sign-in page) is private.
    const admin = await page.goto("/admin");
    baseExpect(new URL(page.url()).pathname).toBe("/login");
    baseExpect(admin!.headers()["cache-control"] ?? "").not.toContain("public");
    baseExpect(admin!.headers().etag).toBeUndefined();
  },
);

test("a source edit leaves every chart's cached data alone; a start-up edit shows at once for the editor and after one stale read for everyone", async ({
  adminPage: page,
  created,
  playwright,
  baseURL,
}) => {
  test.slow();
  const reader = await playwright.request.newContext({ baseURL });
  const chart = "/api/charts/founded-per-year/data.json";
  const generatedAt = async () => ((await (await reader.get(chart)).json()) as { generatedAt: string }).generatedAt;
  // Another test's write may still be recomputing in the background: wait until two reads agree.
  let before = await generatedAt();
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.waitForTimeout(1_000);
    const now = await generatedAt();
    if (now === before) break;
    before = now;
  }

  // Sources are not counted by any chart: their tag set does not include the charts'.
  await page.goto("/admin/sources/new");
  await page.getByLabel("Web address read").fill(`https://www.example.com/cache/${run}`);
  await page.getByLabel(/^Publisher/).fill("Example Cache News");
  await page.getByLabel("Language").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Create source" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toBeVisible();
  created.push({ entity: "sources", id: idFromUrl(page) });
  for (let read = 0; read < 3; read++) {
    expect(await generatedAt()).toBe(before);
    await page.waitForTimeout(300);
  }

  // A start-up is: the charts are recomputed (the first reader may get the previous version).
  const name = `Cache Probe ${run}`;
  await page.goto("/admin/startups/new");
  await page.getByLabel("English name").fill(name);
  await page.getByLabel("Founded year").fill("2024");
  await page.getByRole("button", { name: "Create start-up" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toBeVisible();
  created.push({ entity: "startups", id: idFromUrl(page) });
  const slug = await page.getByLabel("URL name").inputValue();
  await expect.poll(generatedAt, { timeout: 20_000 }).not.toBe(before);

  // The editor who saved reads past the cache: the lists show the new start-up on the first read.
  await page.goto(`/startups?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("link", { name }).first()).toBeVisible();
  // Everyone else gets it too, at most one stale read later.
  await expect
    .poll(async () => (await (await reader.get(`/startups?q=${encodeURIComponent(name)}`)).text()).includes(name), {
      timeout: 20_000,
    })
    .toBe(true);
  expect((await reader.get(`/startups/${slug}`)).status()).toBe(200);
  await reader.dispose();
});

test("the server keeps rendered pages: a repeat read is answered from memory, and after an edit the page is served once as it was, then new", async ({
  adminPage: page,
  created,
  playwright,
  baseURL,
}) => {
  const name = `Kept Page Probe ${run}`;
  await page.goto("/admin/startups/new");
  await page.getByLabel("English name").fill(name);
  await page.getByLabel("Founded year").fill("2023");
  await page.getByRole("button", { name: "Create start-up" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Created" })).toBeVisible();
  created.push({ entity: "startups", id: idFromUrl(page) });
  const profile = `/startups/${await page.getByLabel("URL name").inputValue()}`;

  const reader = await playwright.request.newContext({ baseURL });
  const read = async () => {
    const answer = await reader.get(profile);
    expect(answer.status()).toBe(200);
    return { cache: answer.headers()["x-atlas-cache"], body: await answer.text() };
  };
  await read();
  await expect.poll(async () => (await read()).cache).toBe("HIT");
  expect((await read()).body).toContain(name);

  const renamed = `${name} renamed`;
  await page.getByLabel("English name").fill(renamed);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  // The reader right after the save: the kept page at once while the server renders it again (the
  // write queued it), or already the new one; never a wait for a render of its own.
  const first = await read();
  if (first.cache === "STALE") expect(first.body).not.toContain(renamed);
  else expect([first.cache, first.body.includes(renamed)]).toEqual(["HIT", true]);
  await expect.poll(async () => (await read()).body.includes(renamed), { timeout: 20_000 }).toBe(true);
  expect((await read()).cache).toBe("HIT");
  // The editor (in draft mode since the save) is never answered from it.
  expect((await page.request.get(profile)).headers()["x-atlas-cache"]).toBeUndefined();
  await reader.dispose();
});
