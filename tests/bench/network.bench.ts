// npm run bench -- network — the alumni network at scale (normally 100,000 synthetic start-ups).
// "No cache" is the first request after an edit: the result cache is emptied before every call, so
// the timing is the queries plus the ForceAtlas2 layout. "Cached" is a repeat request at the same
// data version (the budget: ≤ 5 ms). Prints timings, asserts nothing.
import { bench, describe } from "vitest";
import { clearChartCache } from "@/lib/data/charts/cache";
import { getChartFilterOptions } from "@/lib/data/charts/get-chart";
import { getNetworkView } from "@/lib/data/network";
import { parseNetworkRequest } from "@/lib/network/types";

const options = { iterations: 5, warmupIterations: 1 };
let menus: ReturnType<typeof getChartFilterOptions> | undefined;
const firstCity = async () => (await (menus ??= getChartFilterOptions())).cities[0]?.slug ?? "hangzhou";

const requests: [string, () => Promise<string>][] = [
  ["whole network (aggregated beyond the budget)", async () => ""],
  ["one city", async () => `city=${await firstCity()}`],
  ["at least 5 years at Alibaba", async () => "tenure=5"],
  ["Rokid's two-step neighbourhood", async () => "focus=startup:rokid"],
];

describe("network (no cache: the first request after an edit)", () => {
  for (const [name, query] of requests) {
    bench(
      name,
      async () => {
        const parsed = parseNetworkRequest(new URLSearchParams(await query()));
        clearChartCache();
        await getNetworkView(parsed);
      },
      options,
    );
  }
});

describe("network, cached (a repeat request at the same data version)", () => {
  for (const [name, query] of requests) {
    bench(
      name,
      async () => {
        await getNetworkView(parseNetworkRequest(new URLSearchParams(await query())));
      },
      { iterations: 20, warmupIterations: 2 },
    );
  }
});
