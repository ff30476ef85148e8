// npm run bench:lighthouse — Lighthouse's performance score (mobile, its default throttling) per page,
// with the metrics behind it and what blocks the main thread. Needs a running production server:
// `npm run build && npm start`, then `BENCH_URL=http://localhost:3000 npm run bench:lighthouse`.
// Each page is loaded once to warm the server's cache, then scored BENCH_RUNS times (default 3): the
// median run is printed, since a busy machine moves single runs by several points, with Lighthouse's
// benchmarkIndex (its measure of the machine's speed, higher is faster; the ×4 CPU slowdown assumes a
// fast desktop): figures taken on machines of different speed or load compare only with it. Prints
// figures; asserts nothing.
import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const base = process.env.BENCH_URL ?? "http://localhost:3000";
const routes = (
  process.env.BENCH_ROUTES ?? "/,/startups,/startups/rokid,/charts/founded-per-year,/embed/charts/startups-by-city"
).split(",");
const runs = Math.min(Math.max(Number(process.env.BENCH_RUNS ?? 3) || 3, 1), 9);
const verbose = process.env.BENCH_VERBOSE === "1";

type Audits = Record<string, { numericValue?: number; details?: { items?: Record<string, unknown>[] } } | undefined>;
type Run = { score: number; audits: Audits; benchmarkIndex: number };

const metrics = [
  ["first-contentful-paint", "FCP ms"],
  ["largest-contentful-paint", "LCP ms"],
  ["total-blocking-time", "TBT ms"],
  ["cumulative-layout-shift", "CLS"],
  ["speed-index", "SI ms"],
] as const;

function median(values: Run[]): Run {
  return [...values].sort((a, b) => a.score - b.score)[Math.floor(values.length / 2)]!;
}

async function main() {
  const health = await fetch(new URL("/api/health", base)).catch(() => null);
  if (!health?.ok) {
    console.error(`No server answers at ${base}: start one with \`npm run build && npm start\` and set BENCH_URL.`);
    process.exit(1);
  }
  const chromePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  console.log(`Lighthouse ${runs > 1 ? `(median of ${runs} runs) ` : ""}mobile performance against ${base}`);
  console.log(
    `${"route".padEnd(36)} ${"score".padStart(5)} ${metrics.map(([, label]) => label.padStart(8)).join(" ")}`,
  );
  try {
    for (const route of routes) {
      const url = new URL(route, base).toString();
      await fetch(url);
      const results: Run[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          onlyCategories: ["performance"],
          output: "json",
          logLevel: "error",
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${route}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`${route}: ${lhr.runtimeError.message}`);
        results.push({
          score: lhr.categories.performance?.score ?? 0,
          audits: lhr.audits as Audits,
          benchmarkIndex: lhr.environment.benchmarkIndex,
        });
      }
      const { score, audits, benchmarkIndex } = median(results);
      const cells = metrics.map(([id, label]) => {
        const value = audits[id]?.numericValue ?? NaN;
        return (label === "CLS" ? value.toFixed(3) : Math.round(value).toString()).padStart(8);
      });
      console.log(
        `${route.padEnd(36)} ${score.toFixed(2).padStart(5)} ${cells.join(" ")}  (runs: ${results.map((r) => r.score.toFixed(2)).join(" ")}; benchmarkIndex ${Math.round(benchmarkIndex)})`,
      );
      if (verbose) {
        for (const item of (audits["bootup-time"]?.details?.items ?? []).slice(0, 6))
          console.log(`    script ${String(item.url).padEnd(70)} ${Math.round(Number(item.total))} ms`);
        for (const item of (audits["long-tasks"]?.details?.items ?? []).slice(0, 6))
          console.log(`    long task ${String(item.url).padEnd(67)} ${Math.round(Number(item.duration))} ms`);
        for (const item of audits["mainthread-work-breakdown"]?.details?.items ?? [])
          console.log(`    main thread ${String(item.groupLabel).padEnd(65)} ${Math.round(Number(item.duration))} ms`);
        for (const item of audits["layout-shifts"]?.details?.items ?? [])
          console.log(`    layout shift ${JSON.stringify(item).slice(0, 160)}`);
      }
    }
  } finally {
    chrome.kill();
  }
}

await main();
