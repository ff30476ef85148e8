import { expect, test, type Page } from "@playwright/test";
import { signInWithoutForm } from "./fixtures/admin";
import { e2eAdmin } from "./fixtures/credentials";

// Security headers, checked in Chromium: every main page hydrates under its Content-Security-Policy
// with no violation, only the embeds can be framed, and sign-in never sends anyone to another site.

const publicPages = [
  "/",
  "/startups",
  "/startups/tongdun",
  "/founders",
  "/founders/misa-zhu-mingming",
  "/cities",
  "/cities/hangzhou",
  "/investors",
  "/units",
  "/search?q=ali",
  "/reported-figures",
  "/charts",
  "/charts/startups-by-city",
  "/startups/no-such",
];
const adminPages = ["/admin", "/admin/startups", "/admin/startups/new", "/admin/users", "/admin/import"];

/** Collects CSP violations two ways: the page's own event and Chromium's console report. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|frame)/i.test(message.text()))
      violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.exposeFunction("__reportCspViolation", (line: string) => violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation: (line: string) => void }).__reportCspViolation;
      void report(`${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return violations;
}

/** React has taken over the server's HTML: hydrated elements carry its fiber. */
async function expectHydrated(page: Page) {
  await expect
    .poll(() => page.evaluate(() => Object.keys(document.body).some((key) => key.startsWith("__reactFiber$"))))
    .toBe(true);
}

test("public pages and embeds: strict headers, hydrated, no CSP violation", async ({ page }) => {
  // Fourteen pages, each waited on until React has hydrated it: more than 60 s on a busy machine.
  test.slow();
  const violations = await watchViolations(page);
  for (const path of publicPages) {
    const response = await page.goto(path);
    const headers = response!.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    // Served over plain http with no trusted proxy: no HSTS.
    expect(headers["strict-transport-security"], path).toBeUndefined();
    await expectHydrated(page);
  }
  // Client-side navigation and a chart's filter still work under the policy.
  await page.goto("/charts/founded-per-year");
  await page.getByLabel("City").selectOption("hangzhou");
  await expect(page).toHaveURL(/city=hangzhou/);

  const embed = await page.goto("/embed/charts/startups-by-city");
  const policy = embed!.headers()["content-security-policy"];
  // Plain HTML with no framework: its one inline script runs by its hash, nothing else may.
  expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/]{43}='(;|$)/);
  expect(policy).not.toContain("frame-ancestors");
  expect(embed!.headers()["x-frame-options"]).toBeUndefined();
  expect(await page.locator("script[src]").count()).toBe(0);
  // The inline script ran under the policy: pointing at a bar shows its tooltip.
  await page.locator("svg[data-drawing]:visible rect.chart-mark").first().hover();
  await expect(page.getByTestId("chart-tooltip")).toBeVisible();
  expect(violations).toEqual([]);
});

test("admin and sign-in: a nonce per request, hydrated, no CSP violation", async ({ page, baseURL }) => {
  const violations = await watchViolations(page);
  const login = await page.goto("/login");
  const first = login!.headers()["content-security-policy"];
  expect(first).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(first).toContain("frame-ancestors 'none'");
  expect(login!.headers()["x-frame-options"]).toBe("DENY");
  await expectHydrated(page);
  const again = await page.request.get("/login");
  expect(again.headers()["content-security-policy"]).not.toBe(first);

  await signInWithoutForm(page.request, baseURL!);
  for (const path of adminPages) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(200);
    expect(response!.headers()["content-security-policy"], path).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
    expect(response!.headers()["x-frame-options"], path).toBe("DENY");
    await expectHydrated(page);
  }
  // A client-side component runs: the record form's reference picker searches as you type.
  await page.goto("/admin/funding-rounds/new");
  await expectHydrated(page);
  expect(violations).toEqual([]);
});

test("only the embeds can be framed by another site", async ({ page, baseURL }) => {
  // The newsroom is another origin (localhost, not 127.0.0.1), written into a page the server served.
  const newsroom = baseURL!.replace("127.0.0.1", "localhost");
  await page.goto(`${newsroom}/api/health`);
  const frames = ["/embed/charts/startups-by-city", "/login", "/admin", "/"];
  await page.setContent(
    `<!doctype html><body>${frames.map((path) => `<iframe src="${baseURL}${path}" title="${path}" width="600" height="300"></iframe>`).join("")}</body>`,
  );
  const embed = page.frameLocator('iframe[title="/embed/charts/startups-by-city"]');
  await expect(embed.locator('[data-chart="startups-by-city"]')).toBeVisible();
  await page.waitForTimeout(1500);
  for (const path of ["/login", "/admin", "/"]) {
    const frame = await (await page.locator(`iframe[title="${path}"]`).elementHandle())?.contentFrame();
    // A refused frame shows Chromium's error page, not a document of ours.
    const text = frame ? await frame.evaluate(() => document.body?.innerText ?? "").catch(() => "") : "";
    expect(text, path).not.toContain("Alumni Atlas");
  }
});

test("sign-in never leaves the site, whatever `next` says, and never answers 500", async ({ page, baseURL }) => {
  const hostile = [
    "%2F%09%2Fevil.example%2F",
    "%2F%0A%2Fevil.example%2F",
    "%2F%0D%2Fevil.example%2F",
    "%2F%5Cevil.example",
  ];
  for (const next of hostile) {
    const response = await page.request.get(`/login?next=${next}`);
    expect(response.status(), next).toBe(200);
  }
  // Through the real form: the browser ends on this site.
  await page.goto(`/login?next=${hostile[0]}`);
  await page.getByLabel("Email").fill(e2eAdmin.email);
  await page.getByLabel("Password").fill(e2eAdmin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${baseURL}/admin`);
  // With a session the page redirects at once: to this site, never a 500.
  for (const next of hostile) {
    const response = await page.request.get(`/login?next=${next}`, { maxRedirects: 0 });
    expect(response.status(), next).toBeLessThan(500);
    expect(response.status(), next).toBeGreaterThanOrEqual(300);
    expect(new URL(response.headers()["location"]!, baseURL).origin, next).toBe(new URL(baseURL!).origin);
  }
});
