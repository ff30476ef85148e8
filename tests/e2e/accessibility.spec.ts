import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/admin";

// axe-core on every kind of page, every rule it runs by default (WCAG 2.0–2.2 A and AA, best
// practices) plus target size, at a desktop and a phone width: any violation, of any impact, fails.

type Check = { name: string; path: string | ((page: Page) => Promise<string>) };

/** The first profile a list links to: profiles are checked with real seeded content. */
const firstProfile = (list: string, prefix: string) => async (page: Page) => {
  await page.goto(list);
  const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute("href");
  expect(href, `a profile link on ${list}`).toBeTruthy();
  return href!;
};

const publicPages: Check[] = [
  { name: "home", path: "/" },
  { name: "start-ups list", path: "/startups" },
  { name: "start-up profile", path: firstProfile("/startups", "/startups/") },
  { name: "founders list", path: "/founders" },
  { name: "founder profile", path: firstProfile("/founders", "/founders/") },
  { name: "cities list", path: "/cities" },
  { name: "city profile", path: firstProfile("/cities", "/cities/") },
  { name: "investors list", path: "/investors" },
  { name: "investor profile", path: firstProfile("/investors", "/investors/") },
  { name: "units list", path: "/units" },
  { name: "unit profile", path: firstProfile("/units", "/units/") },
  { name: "charts", path: "/charts" },
  { name: "chart page", path: "/charts/startups-by-city" },
  { name: "chart page, stacked years", path: "/charts/founded-per-year" },
  { name: "embed", path: "/embed/charts/startups-by-city" },
  { name: "reported figures", path: "/reported-figures" },
  { name: "search", path: "/search?q=ai" },
  { name: "suggest", path: "/suggest" },
  { name: "suggestion status", path: "/suggest/status" },
  { name: "sign-in", path: "/login" },
  { name: "not found", path: "/no-such-page" },
  { name: "API docs", path: "/api/docs" },
];

const adminPages: Check[] = [
  { name: "admin home", path: "/admin" },
  { name: "admin list", path: "/admin/startups" },
  { name: "admin new", path: "/admin/startups/new" },
  {
    name: "admin edit",
    path: async (page) => {
      await page.goto("/admin/startups");
      return (await page.locator('main a[href$="/edit"]').first().getAttribute("href"))!;
    },
  },
  { name: "admin sources", path: "/admin/sources" },
  { name: "admin data quality", path: "/admin/data-quality" },
  { name: "admin import", path: "/admin/import" },
  { name: "admin users", path: "/admin/users" },
  { name: "admin suggestions", path: "/admin/suggestions" },
];

async function expectNoViolations(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  // Target size (WCAG 2.2, 2.5.8) is off by default in axe; footnote markers made it worth checking.
  const { violations } = await new AxeBuilder({ page })
    .options({ rules: { "target-size": { enabled: true } } })
    .analyze();
  const summary = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(0, 2).join(" ")}`)
        .join("\n")}`,
  );
  expect.soft(summary, `${name} at ${page.viewportSize()?.width} px, ${page.url()}`).toEqual([]);
}

async function checkAll(page: Page, checks: Check[]) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const check of checks) {
      const path = typeof check.path === "string" ? check.path : await check.path(page);
      await page.goto(path);
      await expectNoViolations(page, check.name);
    }
  }
}

test("public pages: no axe violations at 1280 and 390 px", async ({ page }) => {
  test.slow();
  await checkAll(page, publicPages);
});

test("admin pages: no axe violations at 1280 and 390 px", async ({ adminPage }) => {
  test.slow();
  await checkAll(adminPage, adminPages);
});
