// npm run bench — needs DATABASE_URL, normally a PostgreSQL database filled by
// `npm run db:synthetic -- --startups 100000`. Prints timings; asserts nothing.
import { bench, describe } from "vitest";
import { clearChartCache } from "@/lib/data/charts/cache";
import { getOverviewCounts } from "@/lib/data/overview";
import { getComparableReportedFigures } from "@/lib/data/reported-figures";

describe("home page", () => {
  bench("overview counts (no cache)", async () => {
    clearChartCache();
    await getOverviewCounts();
  });
  bench("overview counts (cached, same data version)", async () => {
    await getOverviewCounts();
  });
  bench("reported figures with tracked comparison", async () => {
    await getComparableReportedFigures();
  });
});
