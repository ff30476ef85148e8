// npm run db:synthetic -- --startups 100000 [--seed 42] [--reset] [--allow-embedded]
// Fills DATABASE_URL with synthetic start-ups for benchmarks and scale tests (see synthetic/generate.ts).
import { parseArgs } from "node:util";
import { runCli } from "./cli";
import { openDatabase } from "../lib/db/connection";
import {
  assertSyntheticTargetAllowed,
  DEFAULT_SYNTHETIC_SEED,
  deleteSyntheticData,
  generateSyntheticData,
  MAX_SYNTHETIC_STARTUPS,
  UsageError,
} from "./synthetic/generate";
import { databaseTarget } from "../lib/env";
import { messageOf } from "../lib/errors";

const USAGE = "usage: npm run db:synthetic -- --startups <count> [--seed <integer>] [--reset] [--allow-embedded]";

type CliOptions = { startups: number; seed: number; reset: boolean; allowEmbedded: boolean };

function parseOptions(argv: string[]): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        startups: { type: "string" },
        seed: { type: "string" },
        reset: { type: "boolean", default: false },
        "allow-embedded": { type: "boolean", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${(messageOf(error).split("\n")[0] ?? "").replace(/\.$/, "")}. ${USAGE}`);
  }
  const startups = Number(values.startups);
  if (
    values.startups === undefined ||
    !/^\d+$/.test(values.startups) ||
    startups < 1 ||
    startups > MAX_SYNTHETIC_STARTUPS
  ) {
    throw new UsageError(`--startups must be a whole number from 1 to ${MAX_SYNTHETIC_STARTUPS}. ${USAGE}`);
  }
  const seed = values.seed === undefined ? DEFAULT_SYNTHETIC_SEED : Number(values.seed);
  if (!/^\d+$/.test(values.seed ?? "0") || seed > 0xffffffff) {
    throw new UsageError(`--seed must be a whole number from 0 to ${0xffffffff}. ${USAGE}`);
  }
  return { startups, seed, reset: values.reset === true, allowEmbedded: values["allow-embedded"] === true };
}

await runCli(async () => {
  const options = parseOptions(process.argv.slice(2));
  const target = databaseTarget();
  // Checked before opening: opening the embedded database would already create its folder.
  assertSyntheticTargetAllowed(target, { allowEmbedded: options.allowEmbedded });
  const db = await openDatabase(target);
  try {
    const startedAt = performance.now();
    if (options.reset) {
      const deleted = await deleteSyntheticData(db.sql);
      const total = Object.values(deleted).reduce((sum, n) => sum + n, 0);
      console.log(`Deleted ${total.toLocaleString("en")} synthetic rows.`);
    }
    const counts = await generateSyntheticData(db.sql, {
      startups: options.startups,
      seed: options.seed,
      log: (line) => console.log(line),
    });
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    const summary = Object.entries(counts)
      .map(([table, n]) => `${n.toLocaleString("en")} ${table}`)
      .join(", ");
    console.log(`Created in ${db.target.description} (seed ${options.seed}): ${summary}. Took ${seconds} s.`);
  } finally {
    await db.close();
  }
});
