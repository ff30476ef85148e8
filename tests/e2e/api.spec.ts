import { expect, test } from "@playwright/test";

// The public API through the real server (server.ts stamps the client's address): the seeded data,
// ETag/304 over HTTP, CORS, and the interactive docs rendered without leaving the site.

test("/api/v1 answers with the seed, ETags and CORS through the real server", async ({ request }) => {
  const list = await request.get("/api/v1/startups?limit=5&sort=founded");
  expect(list.status()).toBe(200);
  const body = (await list.json()) as { data: { slug: string }[]; total: number; nextCursor: string | null };
  expect(body.data).toHaveLength(5);
  expect(body.total).toBeGreaterThan(5);
  expect(body.nextCursor).not.toBeNull();
  const headers = list.headers();
  expect(headers["access-control-allow-origin"]).toBe("*");
  expect(Number(headers["ratelimit-remaining"])).toBeLessThan(Number(headers["ratelimit-limit"]));

  const again = await request.get("/api/v1/startups?limit=5&sort=founded", {
    headers: { "If-None-Match": headers.etag! },
  });
  expect(again.status()).toBe(304);

  const next = await request.get(`/api/v1/startups?limit=5&sort=founded&cursor=${body.nextCursor}`);
  const nextSlugs = ((await next.json()) as { data: { slug: string }[] }).data.map((item) => item.slug);
  expect(nextSlugs.some((slug) => body.data.some((item) => item.slug === slug))).toBe(false);

  const detail = await request.get(`/api/v1/startups/${body.data[0]!.slug}?include=citations`);
  expect(detail.status()).toBe(200);
  expect(((await detail.json()) as { data: { citations: unknown[] } }).data.citations.length).toBeGreaterThan(0);

  const problem = await request.get("/api/v1/startups?sector=NOPE");
  expect(problem.status()).toBe(400);
  expect(problem.headers()["content-type"]).toBe("application/problem+json");

  const feed = await request.get("/api/v1/changes.atom");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');

  const document = await request.get("/openapi.json");
  expect(((await document.json()) as { openapi: string }).openapi).toBe("3.1.0");
});

test("/api/docs renders the reference from our own server only", async ({ page, baseURL }) => {
  // Scalar's bundle still names its CDN and services; the page's CSP stops the browser reaching them,
  // so no response may come from anywhere but this server.
  const foreign: string[] = [];
  const isForeign = (address: string) => {
    const url = new URL(address);
    return url.protocol.startsWith("http") && url.origin !== new URL(baseURL!).origin;
  };
  page.on("response", (response) => {
    if (isForeign(response.url())) foreign.push(response.url());
  });
  page.on("requestfinished", (request) => {
    if (isForeign(request.url())) foreign.push(request.url());
  });
  const response = await page.goto("/api/docs");
  expect(response?.headers()["content-security-policy"]).toContain("connect-src 'self'");
  // The sidebar lists the operations only once the document has loaded and rendered.
  const operation = page.getByRole("navigation").getByText("List start-ups");
  await expect(operation).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "Alumni Atlas API", level: 1 })).toBeVisible();
  await operation.click();
  await expect(page.getByRole("heading", { name: "List start-ups" })).toBeVisible();
  await expect(page.getByText("Query Parameters").first()).toBeVisible();
  await page.screenshot({ path: "test-results/api-docs.png", fullPage: false });
  expect(foreign).toEqual([]);
});
