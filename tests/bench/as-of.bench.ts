// npm run bench -- tests/bench/as-of.bench.ts — pages as they were at a date (?asOf=, issue 13) at
// scale: a dated start-up profile (one edited and one deleted since) and every chart rebuilt from
// the history, beside the live chart for comparison. Prints timings; asserts nothing. Needs a history
// after the moment AS_OF (default 2026-12-01T04:30:00Z, set it after `db:synthetic` ran), e.g.:
//   INSERT INTO "ChangeLog" ("recordType","recordId",action,version,before,after,"actorName","createdAt")
//     SELECT 'STARTUP', s.id::text, 'UPDATE', 2, to_jsonb(s), to_jsonb(s), 'bench', now()
//     FROM "Startup" s WHERE s.id % 100 = 7;      -- 1,000 edited (then bump their foundedYear)
//   … the same with 'DELETE' for s.id % 1000 = 3 (100 deleted; then set their deletedAt),
//   … and 'PERSON' rows for p.id % 200 = 11 (840 people edited).
import { bench, describe } from "vitest";
import { CHART_KEYS } from "@/lib/charts/definition";
import { clearChartCache } from "@/lib/data/charts/cache";
import { getChart } from "@/lib/data/charts/get-chart";
import { getChartAsOf } from "@/lib/data/as-of/charts";
import { datedProfile } from "@/lib/data/as-of/profiles";
import { getDeletedStartupBySlug, getStartupBySlug } from "@/lib/data/startups/profile";

const AS_OF = process.env.AS_OF ?? "2026-12-01T04:30:00Z";
const EDITED = process.env.AS_OF_EDITED ?? "synthetic-yingli-000007";
const DELETED = process.env.AS_OF_DELETED ?? "synthetic-naotu-000003";
const options = { iterations: Number(process.env.BENCH_ITERATIONS ?? 10), warmupIterations: 1 };

describe("dated profiles", () => {
  bench(
    "start-up edited since, ?asOf= (read + rebuild)",
    async () => {
      const current = await getStartupBySlug({ slug: EDITED });
      if (!current) throw new Error(`no start-up ${EDITED}`);
      const dated = await datedProfile("startup", current, AS_OF);
      if ("problem" in dated) throw new Error(dated.problem);
    },
    options,
  );
  bench(
    "start-up deleted since, ?asOf=",
    async () => {
      const current = (await getStartupBySlug({ slug: DELETED })) ?? (await getDeletedStartupBySlug(DELETED));
      if (!current) throw new Error(`no start-up ${DELETED}`);
      const dated = await datedProfile("startup", current, AS_OF);
      if ("problem" in dated) throw new Error(dated.problem);
    },
    options,
  );
});

describe("charts, dated (no cache)", () => {
  for (const key of CHART_KEYS) {
    bench(
      key,
      async () => {
        clearChartCache();
        await getChartAsOf({ key, filters: {}, atIso: new Date(AS_OF).toISOString(), version: AS_OF });
      },
      options,
    );
  }
  bench(
    "founded per year, alumni switch (at least 3 years)",
    async () => {
      clearChartCache();
      await getChartAsOf({
        key: "founded-per-year",
        filters: { tenure: 3 },
        atIso: new Date(AS_OF).toISOString(),
        version: AS_OF,
      });
    },
    options,
  );
});

describe("charts, live (no cache), for comparison", () => {
  for (const key of CHART_KEYS) {
    bench(
      key,
      async () => {
        clearChartCache();
        await getChart({ key, filters: {} });
      },
      options,
    );
  }
});
