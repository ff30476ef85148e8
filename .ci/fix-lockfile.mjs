#!/usr/bin/env node
// Adds lockfile entries for platform-specific optional dependencies that this registry mirror
// does not serve, so `npm ci` accepts the lockfile; npm skips them on other platforms anyway.
import { readFileSync, writeFileSync } from "node:fs";
const file = process.argv[2] ?? "package-lock.json";
const lock = JSON.parse(readFileSync(file, "utf8"));
const platform = (name) => {
  const n = name.toLowerCase();
  const os = ["darwin", "win32", "freebsd", "android", "openharmony", "linux", "wasm32"].find((o) => n.includes(o));
  const cpu = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "wasm32"].find((c) =>
    n.includes(c),
  );
  if (os === "wasm32") return { cpu: ["wasm32"] };
  const entry = {};
  if (os) entry.os = [os === "win32" ? "win32" : os];
  if (cpu) entry.cpu = [cpu];
  if (n.includes("musl")) entry.libc = ["musl"];
  else if (n.includes("gnu")) entry.libc = ["glibc"];
  return entry;
};
let added = 0;
for (const [path, pkg] of Object.entries(lock.packages)) {
  for (const [dep, range] of Object.entries(pkg.optionalDependencies ?? {})) {
    const base = path === "" ? "node_modules/" : `${path}/node_modules/`;
    if (lock.packages[`${base}${dep}`] || lock.packages[`node_modules/${dep}`]) continue;
    lock.packages[`node_modules/${dep}`] = {
      version: range.replace(/^[\^~]/, ""),
      dev: pkg.dev,
      optional: true,
      ...platform(dep),
    };
    added++;
  }
}
writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
console.log(`added ${added} entries`);
