// npm run bench:js — what a reader's browser pays per page: first-load JavaScript (each script the
// page's HTML loads, gzipped at level 6 as a server would send it) and cumulative layout shift at desktop
// (1280 px) and phone (390 px) widths. Needs a running production server: `npm run build && npm start`,
// then `BENCH_URL=http://localhost:3000 npm run bench:js`. Prints figures; asserts nothing.
import { gzipSync } from "node:zlib";
import { existsSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";

const base = process.env.BENCH_URL ?? "http://localhost:3000";
const routes = (
  process.env.BENCH_ROUTES ??
  "/,/startups,/startups/rokid,/investors,/charts/founded-per-year,/charts/startups-by-city,/embed/charts/startups-by-city,/embed/charts/founded-per-year"
).split(",");
const viewports = [
  { name: "desktop", width: 1280, height: 800, isMobile: false },
  { name: "phone", width: 390, height: 844, isMobile: true },
] as const;

type Shift = { value: number; sources: string[] };

/** Loads a page in a fresh context; sums its scripts' gzipped bytes and its layout shifts. */
async function measure(browser: Browser, route: string, viewport: (typeof viewports)[number]) {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    isMobile: viewport.isMobile,
    hasTouch: viewport.isMobile,
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const shifts: Shift[] = [];
    (window as unknown as { __shifts: Shift[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map((s) => {
          const node = s.node;
          if (!(node instanceof Element)) return node?.nodeName ?? "?";
          return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ""}.${[...node.classList].slice(0, 3).join(".")}`;
        });
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  const scripts = new Map<string, Promise<number>>();
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    scripts.set(
      response.url(),
      response.body().then(
        (body) => gzipSync(body, { level: 6 }).length,
        () => 0,
      ),
    );
  });
  const response = await page.goto(new URL(route, base).toString(), { waitUntil: "networkidle" });
  if (!response?.ok()) throw new Error(`${route} answered ${response?.status()}`);
  // First-load JS is what the page's HTML asks for; chunks fetched later for prefetched links are not.
  const html = await response.text();
  // Fonts, late images and hydration settle; then the page is scrolled once, as a reader would.
  await page.waitForTimeout(1500);
  await page.evaluate(async () => {
    window.scrollTo(0, document.body.scrollHeight);
    await new Promise((resolve) => setTimeout(resolve, 500));
  });
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
  const firstLoad = [...scripts].filter(([url]) => html.includes(new URL(url).pathname));
  const bytes = (await Promise.all(firstLoad.map(([, size]) => size))).reduce((sum, size) => sum + size, 0);
  await context.close();
  return { bytes, count: firstLoad.length, cls: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
}

async function main() {
  const health = await fetch(new URL("/api/health", base)).catch(() => null);
  if (!health?.ok) {
    console.error(`No server answers at ${base}: start one with \`npm run build && npm start\` and set BENCH_URL.`);
    process.exit(1);
  }
  const executablePath =
    process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  const verbose = process.env.BENCH_VERBOSE === "1";
  console.log(`First-load JS (gzipped) and CLS against ${base}`);
  console.log(
    `${"route".padEnd(36)} ${"JS kB".padStart(7)} ${"files".padStart(5)} ${"CLS 1280".padStart(9)} ${"CLS 390".padStart(8)}`,
  );
  try {
    for (const route of routes) {
      const [desktop, phone] = [
        await measure(browser, route, viewports[0]),
        await measure(browser, route, viewports[1]),
      ];
      console.log(
        `${route.padEnd(36)} ${(desktop.bytes / 1024).toFixed(1).padStart(7)} ${String(desktop.count).padStart(5)} ${desktop.cls.toFixed(3).padStart(9)} ${phone.cls.toFixed(3).padStart(8)}`,
      );
      if (verbose) {
        for (const [name, m] of [
          ["desktop", desktop],
          ["phone", phone],
        ] as const) {
          for (const shift of m.shifts)
            console.log(`    ${name} shift ${shift.value.toFixed(4)} ${shift.sources.join(" ")}`);
        }
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
