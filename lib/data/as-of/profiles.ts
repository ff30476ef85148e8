import "server-only";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import type { ChangeRecordType } from "@/lib/generated/prisma/enums";
import { toSnapshot, type Snapshot } from "@/lib/history/snapshot";
import { snapshotsAt } from "@/lib/data/api/as-of";
import { parseAsOf } from "@/lib/validation/as-of";

// Profiles as they were at a date (?asOf=): the record's own fields rebuilt from the change history
// with the API's reconstruction (lib/data/api/as-of.ts), laid over the profile as it is now. Kept
// apart from the pages' ordinary reads so a cached profile is never mixed with a dated one.

/** The kinds of record a profile page shows. */
export type ProfileModel = "startup" | "person" | "organization" | "city";
type Model = ProfileModel;

const RECORD_TYPES: Record<Model, ChangeRecordType> = {
  startup: "STARTUP",
  person: "PERSON",
  organization: "ORGANIZATION",
  city: "CITY",
};

/** The own fields each kind of profile shows, rebuilt as they were. */
const OWN_FIELDS: Record<Model, string[]> = {
  startup: [
    "nameEn",
    "nameZh",
    "label",
    "aliases",
    "description",
    "foundedYear",
    "foundedDate",
    "foundedPrecision",
    "locationNote",
    "sectors",
    "status",
    "statusNote",
    "website",
    "confidence",
  ],
  person: ["nameEn", "nameZh", "label", "aliases", "bio"],
  organization: ["nameEn", "nameZh", "aliases", "description", "website"],
  city: ["nameEn", "nameZh", "region"],
};

/** The record's row as it is now, every column. */
async function currentRow(model: Model, id: number): Promise<Record<string, unknown> | null> {
  const prisma = await getPrisma();
  const args = { where: { id } };
  switch (model) {
    case "startup":
      return prisma.startup.findUnique(args);
    case "person":
      return prisma.person.findUnique(args);
    case "organization":
      return prisma.organization.findUnique(args);
    case "city":
      return prisma.city.findUnique(args);
  }
}

/** The record's columns at the end of the day, or null when it was not in the database then. */
const recordStateAt = cache(async (model: Model, id: number, atIso: string): Promise<Snapshot | null> => {
  const row = await currentRow(model, id);
  if (!row) return null;
  const states = await snapshotsAt({
    recordType: RECORD_TYPES[model],
    ids: [id],
    current: new Map([[id, toSnapshot(row)]]),
    at: new Date(atIso),
  });
  return states.get(id) ?? null;
});

/** A stored value in the profile's own shape: days as YYYY-MM-DD. */
function profileValue(field: string, value: Snapshot[string] | undefined): unknown {
  if (value === undefined) return null;
  if ((field === "foundedDate" || field.endsWith("On")) && typeof value === "string") return value.slice(0, 10);
  return value;
}

function overlay<T extends object>(profile: T, state: Snapshot, fields: string[]): T {
  const dated = { ...profile } as Record<string, unknown>;
  for (const field of fields) if (field in dated) dated[field] = profileValue(field, state[field]);
  return dated as T;
}

/** A profile of `model` as it was at `at`; null when the record did not exist yet (or was deleted) then. */
export async function profileAsOf<T extends { id: number }>(model: Model, profile: T, at: Date): Promise<T | null> {
  const state = await recordStateAt(model, profile.id, at.toISOString());
  return state ? overlay(profile, state, OWN_FIELDS[model]) : null;
}

type StartupCity = { slug: string; nameEn: string; nameZh: string | null } | null;

/** What datedProfile needs of a profile: its id, and a start-up's city. */
export type DatedProfileRecord = { id: number; city?: StartupCity };

/** A start-up profile as it was: its own fields, and its city if it has moved since. */
export async function startupProfileAsOf<T extends { id: number; city: StartupCity }>(
  profile: T,
  at: Date,
): Promise<T | null> {
  const state = await recordStateAt("startup", profile.id, at.toISOString());
  if (!state) return null;
  const dated = overlay(profile, state, OWN_FIELDS.startup);
  if (!("cityId" in state)) return dated;
  const cityId = typeof state.cityId === "number" ? state.cityId : null;
  const prisma = await getPrisma();
  const city =
    cityId === null
      ? null
      : await prisma.city.findFirst({
          where: { id: cityId, deletedAt: null, synthetic: false },
          select: { slug: true, nameEn: true, nameZh: true },
        });
  return { ...dated, city };
}

export type DatedProfile<T> = { profile: T; version: { date: string; label: string } | null } | { problem: string };

const NOUNS: Record<Model, string> = {
  startup: "This start-up",
  person: "This person",
  organization: "This organization",
  city: "This city",
};

/**
 * A profile page's record for its `?asOf=` (raw, as the page received it): as it is now without one,
 * as it was with a good date, or the problem to show instead of the page.
 */
export async function datedProfile<T extends DatedProfileRecord>(
  model: Model,
  profile: T,
  asOfParameter: string | string[] | undefined,
): Promise<DatedProfile<T>> {
  const request = parseAsOf(asOfParameter);
  if (!request) return { profile, version: null };
  if (!request.ok) return { problem: request.message };
  const dated =
    model === "startup"
      ? await startupProfileAsOf(profile as T & { city: StartupCity }, request.at)
      : await profileAsOf(model, profile, request.at);
  if (!dated) return { problem: `${NOUNS[model]} was not in the database at ${request.label}.` };
  return { profile: dated, version: { date: request.date, label: request.label } };
}

/** What a dated page rebuilt, for its banner. */
export const DATED_PAGE_NOTE =
  "Its own facts (names, description and the other fields of the record) are rebuilt from the change history; linked records, lists and sources are shown as they are now.";
