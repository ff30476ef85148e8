import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/admin";

// axe-core on every kind of page, every rule it runs by default (WCAG 2.0–2.2 A and AA, best
// practices) plus target size, at 1280 px and, where the layout changes, at 390 px: any violation,
// of any impact, fails. Not /api/docs: Scalar's reference (an npm package, unstyled by us) has
// violations of its own (unnamed buttons, 3.2:1 text) that only an upstream fix can remove.

/** `phone`: also checked at 390 px, for the page types whose layout changes on a phone. */
type Check = { name: string; path: string | ((page: Page) => Promise<string>); phone?: boolean };

/** The first profile a list links to: profiles are checked with real seeded content. */
const firstProfile = (list: string, prefix: string) => async (page: Page) => {
  await page.goto(list);
  const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute("href");
  expect(href, `a profile link on ${list}`).toBeTruthy();
  return href!;
};

const publicPages: Check[] = [
  { name: "home", path: "/", phone: true },
  { name: "start-ups list", path: "/startups", phone: true },
  { name: "start-up profile", path: firstProfile("/startups", "/startups/"), phone: true },
  { name: "founders list", path: "/founders" },
  { name: "founder profile", path: firstProfile("/founders", "/founders/") },
  { name: "cities list", path: "/cities" },
  { name: "city profile", path: firstProfile("/cities", "/cities/") },
  { name: "investors list", path: "/investors", phone: true },
  { name: "investor profile", path: firstProfile("/investors", "/investors/") },
  { name: "units list", path: "/units" },
  { name: "unit profile", path: firstProfile("/units", "/units/") },
  { name: "charts", path: "/charts" },
  { name: "chart page", path: "/charts/startups-by-city", phone: true },
  { name: "chart page, stacked years", path: "/charts/founded-per-year" },
  { name: "embed", path: "/embed/charts/startups-by-city", phone: true },
  { name: "reported figures", path: "/reported-figures", phone: true },
  { name: "search", path: "/search?q=ai" },
  { name: "suggest", path: "/suggest" },
  { name: "suggestion status", path: "/suggest/status" },
  { name: "sign-in", path: "/login", phone: true },
  { name: "not found", path: "/no-such-page", phone: true },
];

/** The public site in 中文: every public page type again under /zh, with the network and its embed. */
const chinesePages: Check[] = [
  { name: "home (中文)", path: "/zh", phone: true },
  { name: "start-ups list (中文)", path: "/zh/startups", phone: true },
  { name: "start-up profile (中文)", path: "/zh/startups/rokid", phone: true },
  { name: "founders list (中文)", path: "/zh/founders" },
  { name: "founder profile (中文)", path: firstProfile("/zh/founders", "/zh/founders/") },
  { name: "cities list (中文)", path: "/zh/cities" },
  { name: "city profile (中文)", path: firstProfile("/zh/cities", "/zh/cities/") },
  { name: "investors list (中文)", path: "/zh/investors", phone: true },
  { name: "investor profile (中文)", path: firstProfile("/zh/investors", "/zh/investors/") },
  { name: "units list (中文)", path: "/zh/units" },
  { name: "unit profile (中文)", path: firstProfile("/zh/units", "/zh/units/") },
  { name: "charts (中文)", path: "/zh/charts" },
  { name: "chart page (中文)", path: "/zh/charts/startups-by-city", phone: true },
  { name: "chart page, US dollars (中文)", path: "/zh/charts/funding-over-time" },
  { name: "embed (中文)", path: "/zh/embed/charts/startups-by-city", phone: true },
  { name: "network (中文)", path: "/zh/network", phone: true },
  { name: "a record's network (中文)", path: "/zh/network?focus=startup:rokid" },
  { name: "network embed (中文)", path: "/zh/embed/network?focus=startup:rokid" },
  { name: "reported figures (中文)", path: "/zh/reported-figures", phone: true },
  { name: "search (中文)", path: "/zh/search?q=ai" },
  { name: "data (中文)", path: "/zh/data" },
  { name: "suggest (中文)", path: "/zh/suggest" },
  { name: "not found (中文)", path: "/zh/no-such-page", phone: true },
];

const adminPages: Check[] = [
  { name: "admin home", path: "/admin" },
  { name: "admin list", path: "/admin/startups", phone: true },
  { name: "admin new", path: "/admin/startups/new" },
  {
    name: "admin edit",
    path: async (page) => {
      await page.goto("/admin/startups");
      return (await page.locator('main a[href$="/edit"]').first().getAttribute("href"))!;
    },
    phone: true,
  },
  { name: "admin sources", path: "/admin/sources" },
  { name: "admin data quality", path: "/admin/data-quality" },
  { name: "admin import", path: "/admin/import" },
  { name: "admin users", path: "/admin/users" },
  { name: "admin suggestions", path: "/admin/suggestions" },
];

async function expectNoViolations(page: Page, name: string) {
  // Streamed sections (Suspense) have arrived once no skeleton is left.
  await expect(page.locator(".animate-pulse")).toHaveCount(0);
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

/**
 * Every check at 1280 px, the phone ones again at 390 px, two pages at a time: axe's run is the slow
 * part (seconds a page) and the browser's work, so a second tab in the same context (same sign-in)
 * halves the wait while the server has little to do.
 */
async function checkAll(page: Page, checks: Check[]) {
  const jobs = [1280, 390].flatMap((width) =>
    checks.filter((c) => width > 400 || c.phone).map((check) => ({ width, check })),
  );
  let next = 0;
  async function work(tab: Page) {
    for (let job = jobs[next++]; job; job = jobs[next++]) {
      await tab.setViewportSize({ width: job.width, height: 900 });
      const path = typeof job.check.path === "string" ? job.check.path : await job.check.path(tab);
      await tab.goto(path);
      await expectNoViolations(tab, job.check.name);
    }
  }
  const second = await page.context().newPage();
  try {
    await Promise.all([work(page), work(second)]);
  } finally {
    await second.close();
  }
}

test("public pages: no axe violations", async ({ page }) => {
  test.setTimeout(300_000);
  await checkAll(page, publicPages);
});

test("中文 pages: no axe violations", async ({ page }) => {
  test.setTimeout(360_000);
  await checkAll(page, chinesePages);
});

test("admin pages: no axe violations", async ({ adminPage }) => {
  test.setTimeout(180_000);
  await checkAll(adminPage, adminPages);
});
