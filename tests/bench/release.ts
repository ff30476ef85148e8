// npm run bench:release — how long a dataset release of the whole database takes, how big it is and
// the process's peak memory, against DATABASE_URL (first: npm run db:migrate && npm run db:seed &&
// npm run db:synthetic -- --startups 100000). Synthetic rows count as published here only, and the
// release is rolled back: nothing is stored.
import { openDatabase } from "@/lib/db/connection";
import { createDatasetRelease, type CreatedRelease } from "@/lib/releases/write";

class RollBack extends Error {
  constructor(readonly release: CreatedRelease) {
    super("rolled back on purpose");
  }
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

const db = await openDatabase();
try {
  const rssBefore = process.memoryUsage().rss;
  let peakHeap = 0;
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 50);
  const startedAt = performance.now();
  let release: CreatedRelease | null = null;
  try {
    await db.prisma.$transaction(
      async (tx) => {
        throw new RollBack(
          await createDatasetRelease({
            db: tx,
            actor: { id: null, name: "bench" },
            siteUrl: "http://localhost",
            includeSynthetic: true,
          }),
        );
      },
      { isolationLevel: "RepeatableRead", timeout: 60 * 60 * 1000 },
    );
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
    release = error.release;
  }
  clearInterval(sampler);
  const seconds = (performance.now() - startedAt) / 1000;
  const rows = Object.values(release!.recordCounts).reduce((sum, n) => sum + n, 0);
  console.log(`release of ${db.target.description}: ${release!.recordCounts.startups} start-ups, ${rows} rows in all`);
  console.log(`time ${seconds.toFixed(1)} s, zip ${mib(release!.byteSize)}`);
  console.log(
    `memory: RSS before ${mib(rssBefore)}, peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}, peak heap used ${mib(peakHeap)}`,
  );
} finally {
  await db.close();
}
