import { expect, test } from "vitest";
import { adminTestRuntime, request, submit, expectRefusal, stateOf } from "../../helpers/admin";
import { createCity, createPerson, createStartup } from "../../factories";

const runtime = adminTestRuntime("editor");

const { previewImportAction, importStartupsAction } = await import("@/lib/actions/import");

const header =
  "name_en,name_zh,aliases,founded_year,city,city_country,sectors,founders_en,founders_zh,source_url,source_publisher";

async function counts() {
  const [startups, people, cities, sources, citations, foundings] = await Promise.all([
    runtime.db.prisma.startup.count(),
    runtime.db.prisma.person.count(),
    runtime.db.prisma.city.count(),
    runtime.db.prisma.source.count(),
    runtime.db.prisma.citation.count(),
    runtime.db.prisma.founding.count(),
  ]);
  return { startups, people, cities, sources, citations, foundings };
}

test("preview checks each row against the database (duplicates by name, Chinese name, alias) and writes nothing", async () => {
  await createCity(runtime.db.prisma, { nameEn: "Hangzhou", nameZh: "杭州" });
  await createStartup(runtime.db.prisma, { nameEn: "Existing Co", nameZh: "已有公司", aliases: ["ExistCo"] });
  const csv = [
    header,
    "Fresh AI,新鲜智能,,2023,杭州,,AI_AGENTS,Ann Lee|,|王五,https://example.com/fresh,Example News",
    "Other Name,已有公司,,2020,,,,,,https://example.com/dup1,Example News",
    "ExistCo,,,2020,,,,,,https://example.com/dup2,Example News",
    "Nowhere Inc,,,2020,Atlantis,,,,,https://example.com/n,Example News",
    "Fresh AI,,,2021,,,,,,https://example.com/again,Example News",
  ].join("\r\n");
  const before = await counts();
  const outcome = await submit(previewImportAction, { csv, fileName: "batch.csv" });
  const preview = stateOf(outcome).data as {
    rows: { line: number; status: string; errors: string[]; plan: string[] }[];
  };
  expect(preview.rows.map((r) => r.status)).toEqual(["ready", "error", "error", "error", "error"]);
  expect(preview.rows[0]?.plan).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^city: Hangzhou/),
      "founder: new “Ann Lee”",
      "founder: new “王五”",
      "source: new, Example News",
    ]),
  );
  expect(preview.rows[1]?.errors[0]).toMatch(/already recorded as “Existing Co” \(start-up #\d+\)/);
  expect(preview.rows[2]?.errors[0]).toMatch(/already recorded as “Existing Co”/);
  expect(preview.rows[3]?.errors[0]).toMatch(/city “Atlantis” is not recorded/);
  expect(preview.rows[4]?.errors[0]).toBe("duplicates line 2 of this file (“Fresh AI”)");
  expect(await counts()).toEqual(before);

  // "Import all" refuses while any row has a problem; nothing is written.
  const all = await submit(importStartupsAction, { csv, fileName: "batch.csv", mode: "all" });
  expect(expectRefusal(all).message).toMatch(/^Nothing was imported: 4 rows have problems \(lines 3, 4, 5, 6\)/);
  expect(await counts()).toEqual(before);

  // "Import only the valid rows" writes the one good row, with its founders, city and source.
  const valid = await submit(importStartupsAction, { csv, fileName: "batch.csv", mode: "valid" });
  const imported = stateOf(valid);
  expect(imported.status).toBe("success");
  expect(imported.data).toMatchObject({ peopleCreated: 2, sourcesCreated: 1, citiesCreated: 0 });
  const fresh = await runtime.db.prisma.startup.findFirstOrThrow({
    where: { nameEn: "Fresh AI" },
    include: { foundings: { include: { person: true } }, city: true },
  });
  expect(fresh.city?.nameEn).toBe("Hangzhou");
  expect(fresh.sectors).toEqual(["AI_AGENTS"]);
  expect(fresh.foundings.map((f) => f.person.nameEn ?? f.person.nameZh).sort()).toEqual(["Ann Lee", "王五"]);
  const citations = await runtime.db.prisma.citation.findMany({
    where: {
      OR: [
        { recordType: "STARTUP", recordId: fresh.id },
        { recordType: "FOUNDING", recordId: { in: fresh.foundings.map((f) => f.id) } },
      ],
    },
    include: { source: true },
  });
  expect(citations).toHaveLength(3);
  expect(new Set(citations.map((c) => c.source.url))).toEqual(new Set(["https://example.com/fresh"]));
  const history = await runtime.db.prisma.changeLog.findFirstOrThrow({
    where: { recordType: "STARTUP", recordId: String(fresh.id) },
  });
  expect(history).toMatchObject({
    action: "CREATE",
    actorId: runtime.account.id,
    summary: "Imported from batch.csv, line 2",
  });
  const after = await counts();
  expect(after.startups - before.startups).toBe(1);
});

test("a whole valid file is imported; an existing founder is matched, a new city created once", async () => {
  const person = await createPerson(runtime.db.prisma, { nameEn: "Known Founder", nameZh: "已知" });
  const csv = `\uFEFF${header}\nAlpha Robotics,,,2022,Shenzhen,CN,ROBOTICS,Known Founder,,https://example.com/alpha,Ex\rBeta Vision,,,2021,Shenzhen,CN,Computer vision,,,https://example.com/alpha,Ex\n`;
  const outcome = await submit(importStartupsAction, { csv, fileName: "ok.csv", mode: "all" });
  const summary = stateOf(outcome);
  expect(summary.message).toBe("Imported 2 start-ups.");
  expect(summary.data).toMatchObject({
    citiesCreated: 1,
    peopleMatched: 1,
    peopleCreated: 0,
    sourcesCreated: 1,
    sourcesReused: 1,
  });
  const alpha = await runtime.db.prisma.startup.findFirstOrThrow({
    where: { nameEn: "Alpha Robotics" },
    include: { foundings: true, city: true },
  });
  expect(alpha.foundings[0]?.personId).toBe(person.id);
  expect(alpha.city).toMatchObject({ nameEn: "Shenzhen", country: "CN" });
  expect(await runtime.db.prisma.city.count({ where: { nameEn: "Shenzhen" } })).toBe(1);
  expect((await runtime.db.prisma.startup.findFirstOrThrow({ where: { nameEn: "Beta Vision" } })).sectors).toEqual([
    "COMPUTER_VISION",
  ]);
});

test("a file with wrong columns is refused whole, and an anonymous upload is refused before reading", async () => {
  const before = await counts();
  const wrong = await submit(importStartupsAction, {
    csv: "company,year\nAcme,2020\n",
    fileName: "wrong.csv",
    mode: "valid",
  });
  expect(expectRefusal(wrong).message).toMatch(
    /The columns do not match: unknown columns “company”, “year”; missing column source_url/,
  );
  request.cookie = "";
  const anonymous = await submit(importStartupsAction, {
    csv: `${header}\nX,,,,,,,,,https://example.com/x,Ex\n`,
    fileName: "x.csv",
    mode: "all",
  });
  expect(expectRefusal(anonymous).message).toMatch(/not signed in/);
  expect(await counts()).toEqual(before);
});
