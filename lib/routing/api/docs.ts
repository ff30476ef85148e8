import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

// Scalar's browser bundle for /api/docs, read from node_modules (the package's
// ./browser/standalone.js export) once per process: nothing is loaded from a CDN.

const packageFolder = () => path.join(process.cwd(), "node_modules/@scalar/api-reference");

/** The installed Scalar's version, so the docs page can tell caches when the bundle changes. */
export async function scalarVersion(): Promise<string> {
  const manifest: unknown = JSON.parse(await readFile(path.join(packageFolder(), "package.json"), "utf8"));
  return z.object({ version: z.string() }).parse(manifest).version;
}

let bundle: Promise<Buffer> | null = null;

export function scalarBundle(): Promise<Buffer> {
  bundle ??= readFile(path.join(packageFolder(), "dist/browser/standalone.js"));
  return bundle;
}
