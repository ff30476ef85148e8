import { describe, expect, test } from "vitest";
import { adminTestRuntime, expectRefusal, idFromRedirect, stateOf, submit } from "../../helpers/admin";
import { createFounding, createPerson, createSource, createStartup } from "../../factories";
import { parseSimpleListParams } from "@/lib/validation/search-params";

/*
 * People no source names (issue 14: "co-founder, name not reported"): entered with a label instead
 * of a name, through the person form and the "Add founder" entry, and shown by that label.
 */

const runtime = adminTestRuntime("editor");

const { addFounderAction } = await import("@/lib/actions/entries");
const { createRecordAction, updateRecordAction } = await import("@/lib/actions/records");
const people = await import("@/lib/data/people");
const startupProfiles = await import("@/lib/data/startups/profile");
const { getApiStartup } = await import("@/lib/data/api/startups");

let n = 0;
const unique = () => `${Date.now().toString(36)}${++n}`;

async function counts() {
  const p = runtime.db.prisma;
  const [people, foundings, citations, changes] = await Promise.all([
    p.person.count(),
    p.founding.count(),
    p.citation.count(),
    p.changeLog.count(),
  ]);
  return { people, foundings, citations, changes };
}

describe("a founder no source names", () => {
  test("is added from the start-up's page by a label, cited, with an address not made from the label", async () => {
    const startup = await createStartup(runtime.db.prisma);
    const source = await createSource(runtime.db.prisma);
    const label = `co-founder, name not reported ${unique()}`;
    const state = stateOf(
      await submit(addFounderAction, {
        startupId: String(startup.id),
        "person.label": label,
        "founding.role": "CO_FOUNDER",
        "founding.confidence": "HIGH",
        "sources.0.sourceId": String(source.id),
        "sources.0.fields": ["person:label", "founding:role"],
        "sources.0.quote.person:label": "与两位联合创始人共同创立",
      }),
    );
    expect(state.status, JSON.stringify(state)).toBe("success");
    const person = await runtime.db.prisma.person.findFirstOrThrow({ where: { label } });
    expect(person).toMatchObject({ nameEn: null, nameZh: null, pinyin: null });
    expect(person.slug).toMatch(/^unnamed-person(-\d+)?$/);
    const citation = await runtime.db.prisma.citation.findFirstOrThrow({
      where: { recordType: "PERSON", recordId: person.id },
    });
    expect(citation).toMatchObject({ field: "label", sourceId: source.id, quote: "与两位联合创始人共同创立" });
  });

  test("two unnamed people get two addresses; neither comes from the label", async () => {
    const source = await createSource(runtime.db.prisma);
    const slugs: string[] = [];
    for (let i = 0; i < 2; i++) {
      const id = idFromRedirect(
        await submit((p, f) => createRecordAction("people", p, f), {
          label: "co-founder, name not reported",
          "citations.0.sourceId": String(source.id),
          "citations.0.field": "label",
        }),
      );
      slugs.push((await runtime.db.prisma.person.findUniqueOrThrow({ where: { id } })).slug);
    }
    expect(slugs[0]).not.toBe(slugs[1]);
    for (const slug of slugs) expect(slug).not.toContain("co-founder");
  });

  test("neither a name nor a label is refused with the reason, and nothing is written", async () => {
    const startup = await createStartup(runtime.db.prisma);
    const source = await createSource(runtime.db.prisma);
    const before = await counts();
    const entry = expectRefusal(
      await submit(addFounderAction, {
        startupId: String(startup.id),
        "founding.role": "CO_FOUNDER",
        "founding.confidence": "HIGH",
        "sources.0.sourceId": String(source.id),
        "sources.0.fields": ["founding:role"],
      }),
    );
    expect(entry.fieldErrors?.personId?.join(" ")).toMatch(/unnamed in the sources, who they are/);
    const form = expectRefusal(
      await submit((p, f) => createRecordAction("people", p, f), {
        bio: "Someone",
        "citations.0.sourceId": String(source.id),
        "citations.0.field": "bio",
      }),
    );
    expect(form.fieldErrors?.nameEn?.join(" ")).toMatch(/English or a Chinese name, or.*No name reported/);
    expect(await counts()).toEqual(before);
  });

  test("the database refuses a person with no name and no label, whatever writes it", async () => {
    await expect(runtime.db.prisma.person.create({ data: { slug: `nameless-${unique()}` } })).rejects.toThrow(
      /Person_has_name_check/,
    );
  });

  test("a name found later replaces the label: the person keeps their address", async () => {
    const source = await createSource(runtime.db.prisma);
    const id = idFromRedirect(
      await submit((p, f) => createRecordAction("people", p, f), {
        label: "CTO, name not reported",
        "citations.0.sourceId": String(source.id),
        "citations.0.field": "label",
      }),
    );
    const before = await runtime.db.prisma.person.findUniqueOrThrow({ where: { id } });
    idFromRedirect(
      await submit((p, f) => updateRecordAction("people", p, f), {
        id: String(id),
        version: String(before.version),
        nameEn: `Named Later ${unique()}`,
        label: "",
      }),
    );
    const after = await runtime.db.prisma.person.findUniqueOrThrow({ where: { id } });
    expect(after.label).toBeNull();
    expect(after.slug).toBe(before.slug);
  });
});

describe("public pages with an unnamed founder", () => {
  test("the start-up lists them among its founders, the founders list and count include them, the API names them by label", async () => {
    const marker = unique();
    const startup = await createStartup(runtime.db.prisma, { nameEn: `Unnamed Co ${marker}` });
    const named = await createPerson(runtime.db.prisma, { nameEn: `Named Founder ${marker}` });
    const unnamed = await runtime.db.prisma.person.create({
      data: { slug: `unnamed-person-${marker}`, label: `co-founder, name not reported ${marker}` },
    });
    await createFounding(runtime.db.prisma, { startupId: startup.id, personId: named.id });
    await createFounding(runtime.db.prisma, { startupId: startup.id, personId: unnamed.id, role: "CO_FOUNDER" });

    const profile = await startupProfiles.getStartupBySlug({ slug: startup.slug });
    expect(profile!.founders.map((f) => [f.person.nameEn, f.person.label])).toEqual(
      expect.arrayContaining([
        [`Named Founder ${marker}`, null],
        [null, `co-founder, name not reported ${marker}`],
      ]),
    );
    expect(profile!.founders).toHaveLength(2);

    const list = await people.findFounders({ params: parseSimpleListParams({ q: marker }).params });
    expect(list.items.map((item) => item.label ?? item.nameEn).sort()).toEqual([
      `Named Founder ${marker}`,
      `co-founder, name not reported ${marker}`,
    ]);
    expect(list.total).toBe(2);

    const person = await people.getPersonBySlug({ slug: unnamed.slug });
    expect(person).toMatchObject({ nameEn: null, nameZh: null, label: `co-founder, name not reported ${marker}` });

    const api = await getApiStartup({ slug: startup.slug, includeCitations: false });
    expect(api!.foundings.map((f) => f.person.label)).toContain(`co-founder, name not reported ${marker}`);
  });
});
