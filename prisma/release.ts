// npm run release — publishes the database's public data as a new, immutable dataset release
// (lib/releases): DATABASE_URL, or the embedded database (migrated and seeded first, as the app does).
// Prints the release's name, size, checksum, time taken and the process's peak memory.
import { parseArgs } from "node:util";
import { runCli } from "./cli";
import { openDatabase } from "../lib/db/connection";
import { prepareDatabase } from "../lib/db/prepare";
import { createDatasetRelease } from "../lib/releases/write";

/** A release reads every table once for the CSVs and once for the JSON; the CLI may take its time. */
const RELEASE_TIMEOUT_MS = 60 * 60 * 1000;

await runCli(async () => {
  const { values } = parseArgs({ options: { "site-url": { type: "string" } }, strict: true });
  const siteUrl = values["site-url"] ?? process.env.SITE_URL ?? "http://localhost:3000";
  const db = await openDatabase();
  try {
    await prepareDatabase(db, (line) => console.log(line));
    const startedAt = performance.now();
    // One repeatable-read transaction: every file of the release sees the same moment of the data.
    const release = await db.prisma.$transaction(
      (tx) => createDatasetRelease({ db: tx, actor: { id: null, name: "npm run release" }, siteUrl }),
      { isolationLevel: "RepeatableRead", timeout: RELEASE_TIMEOUT_MS, maxWait: 60_000 },
    );
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    const rows = Object.values(release.recordCounts).reduce((sum, n) => sum + n, 0);
    console.log(
      `Released ${release.name} from ${db.target.description}: ${rows.toLocaleString("en")} rows ` +
        `(${release.recordCounts.startups?.toLocaleString("en") ?? 0} start-ups), ` +
        `${release.changeCounts.added} added, ${release.changeCounts.changed} changed, ${release.changeCounts.removed} removed since ${release.previousName ?? "the start"}.`,
    );
    console.log(
      `${(release.byteSize / 1024 / 1024).toFixed(2)} MiB, sha256 ${release.sha256}, ${seconds} s, ` +
        `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
    );
  } finally {
    await db.close();
  }
});
