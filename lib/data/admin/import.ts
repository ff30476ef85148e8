import "server-only";
import type { ImportRow, ParsedRow } from "@/lib/import/startups-csv";
import type { CitationRow } from "@/lib/validation/citation-rows";
import type { Tx } from "./delegates";
import { entities } from "./entities";
import type { RecordChange } from "./history";
import { applyCitations, createRecord } from "./write";

export type RowCheck = {
  line: number;
  label: string;
  status: "ready" | "error";
  errors: string[];
  /** Human-readable notes: which city, founders and source the row will use or create. */
  plan: string[];
};

type Resolved = {
  cityId: number | null;
  newCity: { nameEn: string; country: string } | null;
  founders: { nameEn: string | null; nameZh: string | null; personId: number | null }[];
  sourceId: number | null;
};

const displayRow = (row: Pick<ImportRow, "name_en" | "name_zh" | "label">, raw: Record<string, string>) =>
  row.name_en ?? row.name_zh ?? row.label ?? raw.name_en ?? raw.name_zh ?? raw.label ?? "(unnamed)";

const live = { deletedAt: null };

/** The names a row is known by, for duplicate detection: name, Chinese name and aliases. */
function namesOf(row: ImportRow): string[] {
  return [row.name_en, row.name_zh, ...row.aliases].filter((n): n is string => Boolean(n));
}

async function findDuplicate(tx: Tx, row: ImportRow) {
  const names = namesOf(row);
  return tx.startup.findFirst({
    where: {
      ...live,
      OR: [
        ...names.map((name) => ({ nameEn: { equals: name, mode: "insensitive" as const } })),
        { nameZh: { in: names } },
        { aliases: { hasSome: names } },
      ],
    },
    select: { id: true, nameEn: true, nameZh: true, label: true },
  });
}

async function resolveRow(tx: Tx, row: ImportRow, errors: string[], plan: string[]): Promise<Resolved> {
  const resolved: Resolved = { cityId: null, newCity: null, founders: [], sourceId: null };
  if (row.city) {
    const city = await tx.city.findFirst({
      where: {
        ...live,
        OR: [
          { nameEn: { equals: row.city, mode: "insensitive" } },
          { nameZh: row.city },
          { slug: row.city.toLowerCase() },
        ],
      },
    });
    if (city) {
      resolved.cityId = city.id;
      plan.push(`city: ${city.nameEn} (#${city.id})`);
    } else if (row.city_country) {
      resolved.newCity = { nameEn: row.city, country: row.city_country };
      plan.push(`city: new “${row.city}”, ${row.city_country}`);
    } else {
      errors.push(`city “${row.city}” is not recorded: add it under Cities first, or give city_country to create it`);
    }
  }
  for (const founder of row.founders) {
    const matches = await tx.person.findMany({
      where: {
        ...live,
        OR: [
          ...(founder.nameEn
            ? [
                { nameEn: { equals: founder.nameEn, mode: "insensitive" as const } },
                { aliases: { has: founder.nameEn } },
              ]
            : []),
          ...(founder.nameZh ? [{ nameZh: founder.nameZh }, { aliases: { has: founder.nameZh } }] : []),
        ],
      },
      select: { id: true, nameEn: true, nameZh: true },
      take: 3,
    });
    const name = founder.nameEn ?? founder.nameZh;
    if (matches.length > 1) {
      errors.push(
        `founder “${name}” matches ${matches.length} people (#${matches.map((m) => m.id).join(", #")}); add the founding by hand`,
      );
    } else if (matches[0]) {
      resolved.founders.push({ ...founder, personId: matches[0].id });
      plan.push(`founder: ${matches[0].nameEn ?? matches[0].nameZh} (existing #${matches[0].id})`);
    } else {
      resolved.founders.push({ ...founder, personId: null });
      plan.push(`founder: new “${[founder.nameEn, founder.nameZh].filter(Boolean).join(" ")}”`);
    }
  }
  const source = await tx.source.findUnique({ where: { url: row.source_url } });
  if (source?.deletedAt) errors.push(`source_url is source #${source.id}, which was deleted; restore it first`);
  else if (source) {
    resolved.sourceId = source.id;
    plan.push(`source: ${source.publisher} (existing #${source.id})`);
  } else if (!row.source_publisher) {
    errors.push("source_publisher is required for a source not yet recorded");
  } else {
    plan.push(`source: new, ${row.source_publisher}`);
  }
  return resolved;
}

/**
 * Checks every row against the database and against the rows above it: duplicates (by name,
 * Chinese name or alias), unknown cities, ambiguous founders, unusable sources.
 */
export async function checkImportRows(
  tx: Tx,
  rows: ParsedRow[],
): Promise<(RowCheck & { row: ImportRow | null; resolved: Resolved | null })[]> {
  const seen = new Map<string, number>();
  const checks = [];
  for (const parsed of rows) {
    const errors = [...parsed.errors];
    const plan: string[] = [];
    let resolved: Resolved | null = null;
    if (parsed.row) {
      const row = parsed.row;
      for (const name of namesOf(row)) {
        const first = seen.get(name.toLowerCase());
        if (first !== undefined) {
          errors.push(`duplicates line ${first} of this file (“${name}”)`);
          break;
        }
      }
      for (const name of namesOf(row)) if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), parsed.line);
      const duplicate = await findDuplicate(tx, row);
      if (duplicate) {
        errors.push(
          `already recorded as “${duplicate.nameEn ?? duplicate.nameZh ?? duplicate.label}” (start-up #${duplicate.id})`,
        );
      }
      resolved = await resolveRow(tx, row, errors, plan);
    }
    checks.push({
      line: parsed.line,
      label: parsed.row
        ? displayRow(parsed.row, parsed.raw)
        : displayRow({ name_en: null, name_zh: null, label: null }, parsed.raw),
      status: errors.length === 0 ? ("ready" as const) : ("error" as const),
      errors,
      plan,
      row: errors.length === 0 ? parsed.row : null,
      resolved: errors.length === 0 ? resolved : null,
    });
  }
  return checks;
}

export type ImportSummary = {
  imported: { id: number; label: string; line: number }[];
  skipped: { line: number; label: string; errors: string[] }[];
  citiesCreated: number;
  peopleCreated: number;
  peopleMatched: number;
  sourcesCreated: number;
  sourcesReused: number;
};

/** Writes the checked rows; each record goes through the same create path (and history) as the forms. */
export async function writeImportRows(
  tx: Tx,
  checks: Awaited<ReturnType<typeof checkImportRows>>,
  record: RecordChange,
  fileName: string,
): Promise<ImportSummary> {
  const summary: ImportSummary = {
    imported: [],
    skipped: [],
    citiesCreated: 0,
    peopleCreated: 0,
    peopleMatched: 0,
    sourcesCreated: 0,
    sourcesReused: 0,
  };
  const note = `Imported from ${fileName}`;
  const newCities = new Map<string, number>();
  const newPeople = new Map<string, number>();
  const newSources = new Set<string>();
  for (const check of checks) {
    if (check.status !== "ready" || !check.row || !check.resolved) {
      summary.skipped.push({ line: check.line, label: check.label, errors: check.errors });
      continue;
    }
    const { row, resolved } = check;
    let cityId = resolved.cityId;
    if (resolved.newCity) {
      const key = resolved.newCity.nameEn.toLowerCase();
      cityId = newCities.get(key) ?? null;
      if (cityId === null) {
        const city = await createRecord(
          tx,
          entities.cities,
          entities.cities.prepare({
            nameEn: resolved.newCity.nameEn,
            nameZh: null,
            slug: null,
            region: null,
            country: resolved.newCity.country,
            latitude: null,
            longitude: null,
          }),
          record,
          { summary: note },
        );
        cityId = city.id;
        newCities.set(key, city.id);
        summary.citiesCreated++;
      }
    }
    const sourceCitation = (field: string | null): CitationRow => ({
      path: "source_url",
      sourceId: resolved.sourceId,
      newUrl: resolved.sourceId === null ? row.source_url : null,
      newPublisher: row.source_publisher,
      newOriginalPublisher: null,
      newNote: null,
      newTitle: row.source_title,
      newPublishedOn: row.source_published_on,
      newLanguage: row.source_language,
      // A CSV row does not say what kind of page its source is: the data-quality page lists it.
      newKind: null,
      field,
      claimedValue: null,
      quote: null,
      note: null,
    });
    if (resolved.sourceId === null && !newSources.has(row.source_url)) {
      summary.sourcesCreated++;
      newSources.add(row.source_url);
    } else summary.sourcesReused++;
    const startup = await createRecord(
      tx,
      entities.startups,
      entities.startups.prepare({
        nameEn: row.name_en,
        nameZh: row.name_zh,
        label: row.label,
        slug: null,
        aliases: row.aliases,
        description: row.description,
        foundedYear: row.founded_year,
        foundedDate: null,
        foundedPrecision: null,
        cityId,
        locationNote: null,
        sectors: row.sectors,
        status: row.status,
        statusNote: null,
        website: row.website,
        confidence: row.confidence ?? "HIGH",
      }),
      record,
      { summary: `${note}, line ${check.line}`, citations: { citations: [sourceCitation(null)], removeCitations: [] } },
    );
    // Later citations reuse the source the first one created (found by its URL).
    for (const founder of resolved.founders) {
      let personId = founder.personId;
      const key = `${founder.nameEn ?? ""}|${founder.nameZh ?? ""}`.toLowerCase();
      if (personId === null) personId = newPeople.get(key) ?? null;
      if (personId === null) {
        const person = await createRecord(
          tx,
          entities.people,
          entities.people.prepare({
            nameEn: founder.nameEn,
            nameZh: founder.nameZh,
            label: null,
            slug: null,
            aliases: [],
            bio: null,
          }),
          record,
          { summary: note },
        );
        personId = person.id;
        newPeople.set(key, person.id);
        summary.peopleCreated++;
      } else {
        summary.peopleMatched++;
      }
      const founding = await createRecord(
        tx,
        entities.foundings,
        entities.foundings.prepare({
          startupId: startup.id,
          personId,
          role: "FOUNDER",
          title: null,
          note: null,
          confidence: row.confidence ?? "HIGH",
        }),
        record,
        { summary: note },
      );
      await applyCitations(
        tx,
        entities.foundings,
        founding.id,
        { citations: [{ ...sourceCitation(null), sourceId: null, newUrl: row.source_url }], removeCitations: [] },
        record,
      );
    }
    summary.imported.push({ id: startup.id, label: check.label, line: check.line });
  }
  return summary;
}
