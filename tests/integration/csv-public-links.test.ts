// Issue 14: the list downloads' profile_url pointed at the server's own http://localhost:<port>
// behind another host. They now use SITE_URL, or the host the request came in on, as the embed code does.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { NextRequest } from "next/server";
import { seedDatabase } from "@/prisma/seed/load";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;

vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  connection: async () => undefined,
}));
vi.mock("@/lib/db/database", () => ({ getDatabase: async () => db }));

const routes = {
  cities: await import("@/app/api/cities/csv/route"),
  founders: await import("@/app/api/founders/csv/route"),
  investors: await import("@/app/api/investors/csv/route"),
  units: await import("@/app/api/units/csv/route"),
};

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDatabase(db.prisma);
}, 120_000);
afterAll(async () => {
  await db?.close();
});

async function profileUrls(list: keyof typeof routes, headers: Record<string, string>) {
  const response = await routes[list].GET(new NextRequest(`http://localhost:3000/api/${list}/csv`, { headers }));
  expect(response.status).toBe(200);
  const lines = (await response.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  const column = lines[0]!.split(",").indexOf("profile_url");
  expect(column).toBeGreaterThanOrEqual(0);
  expect(lines.length).toBeGreaterThan(1);
  return lines.slice(1).map((line) => line.slice(line.lastIndexOf(",") + 1));
}

describe("list downloads link to the public host", () => {
  for (const list of Object.keys(routes) as (keyof typeof routes)[]) {
    test(`${list}: profile_url uses the request's host, never localhost:<port>`, async () => {
      vi.stubEnv("SITE_URL", "");
      const urls = await profileUrls(list, { host: "atlas.example.org" });
      for (const url of urls) expect(url).toMatch(/^http:\/\/atlas\.example\.org\//);
      vi.unstubAllEnvs();
    });
  }

  test("SITE_URL wins over the request's host", async () => {
    vi.stubEnv("SITE_URL", "https://alumni-atlas.example.com");
    const urls = await profileUrls("founders", { host: "127.0.0.1:3000" });
    for (const url of urls) expect(url).toMatch(/^https:\/\/alumni-atlas\.example\.com\/founders\//);
    vi.unstubAllEnvs();
  });
});
