import "server-only";
import { getCityBySlug, getDeletedCityBySlug } from "@/lib/data/cities";
import { getDeletedInvestorBySlug, getInvestorBySlug } from "@/lib/data/investors";
import { getDeletedPersonBySlug, getPersonBySlug } from "@/lib/data/people";
import { getDeletedStartupBySlug, getStartupBySlug } from "@/lib/data/startups/profile";
import { getDeletedUnitBySlug, getUnitBySlug } from "@/lib/data/units";
import { profileLookup } from "./profile-record";

// How each profile page finds its record: read by its segment's layout (the 404 or a former slug's
// redirect) and by the page itself.

export const startupProfile = profileLookup({
  model: "startup",
  recordType: "STARTUP",
  listPath: "/startups",
  find: getStartupBySlug,
  findDeleted: getDeletedStartupBySlug,
});

export const founderProfile = profileLookup({
  model: "person",
  recordType: "PERSON",
  listPath: "/founders",
  find: getPersonBySlug,
  findDeleted: getDeletedPersonBySlug,
});

export const investorProfile = profileLookup({
  model: "organization",
  recordType: "ORGANIZATION",
  listPath: "/investors",
  find: getInvestorBySlug,
  findDeleted: getDeletedInvestorBySlug,
});

export const unitProfile = profileLookup({
  model: "organization",
  recordType: "ORGANIZATION",
  listPath: "/units",
  find: getUnitBySlug,
  findDeleted: getDeletedUnitBySlug,
});

export const cityProfile = profileLookup({
  model: "city",
  recordType: "CITY",
  listPath: "/cities",
  find: getCityBySlug,
  findDeleted: getDeletedCityBySlug,
});
