import { readFileSync } from "node:fs";
import { expect, test } from "vitest";

// The registry mirror here does not serve other platforms' optional packages, so npm leaves them
// out of the lockfile and `npm ci` then refuses it. `npm run lockfile:fix` adds them back.
test("every optional dependency has a lockfile entry, so npm ci accepts the lockfile", () => {
  const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
    packages: Record<string, { optionalDependencies?: Record<string, string> }>;
  };
  const missing: string[] = [];
  for (const [path, pkg] of Object.entries(lock.packages)) {
    for (const dep of Object.keys(pkg.optionalDependencies ?? {})) {
      const nested = `${path === "" ? "" : `${path}/`}node_modules/${dep}`;
      if (!lock.packages[nested] && !lock.packages[`node_modules/${dep}`])
        missing.push(`${dep} (for ${path || "root"})`);
    }
  }
  expect(missing, "run `npm run lockfile:fix`").toEqual([]);
});
