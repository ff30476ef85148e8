import "server-only";
import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { datedProfile, type DatedProfile, type DatedProfileRecord, type ProfileModel } from "@/lib/data/as-of/profiles";
import { localizedPath } from "@/lib/i18n/locales";
import type { SlugRecordType } from "@/lib/generated/prisma/enums";
import { redirectFormerSlugOrNotFound } from "./former-slug";

/** How one kind of profile page finds its record: the live one by slug, or one deleted since. */
export type ProfileLookup<Live extends DatedProfileRecord, Deleted extends DatedProfileRecord> = {
  model: ProfileModel;
  recordType: SlugRecordType;
  /** The English path of the list the profiles belong to ("/founders"); each one's address is below it. */
  listPath: string;
  find: (options: { slug: string }) => Promise<Live | null>;
  findDeleted: (slug: string) => Promise<Deleted | null>;
};

/**
 * A profile segment's layout. It looks the record up before the page streams: an unknown slug must
 * answer with a real 404 status (or a 308 to the record's current address), which is only possible
 * before the first bytes are sent (by a Suspense boundary in the page). The page reads the same cached
 * result. There is no loading.tsx: the profile is served from the cache, so the whole page arrives in
 * its first HTML rather than after a skeleton (Rokid's largest paint waited some 300 ms for the skeleton
 * to be swapped out). A record deleted since still reaches the page when asked for as it was (?asOf=).
 */
export function profileLayout<Live extends DatedProfileRecord, Deleted extends DatedProfileRecord>(
  lookup: ProfileLookup<Live, Deleted>,
) {
  return async function ProfileLayout({
    children,
    params,
  }: {
    children: ReactNode;
    params: Promise<{ slug: string }>;
  }) {
    const { slug } = await params;
    if (!(await lookup.find({ slug })))
      await redirectFormerSlugOrNotFound(
        lookup.recordType,
        slug,
        localizedPath(lookup.listPath, await getLocale()),
        lookup.findDeleted,
      );
    return children;
  };
}

/**
 * A profile page's record by the slug in its address, as it was at `?asOf=` (raw, as the page received
 * it; see datedProfile). The 404 when there is no such record.
 */
export async function findDatedProfile<Live extends DatedProfileRecord, Deleted extends DatedProfileRecord>(
  lookup: ProfileLookup<Live, Deleted>,
  slug: string,
  asOfParameter: string | string[] | undefined,
): Promise<DatedProfile<Live | Deleted>> {
  // A record deleted since is still shown as it was, for a date before its deletion.
  const current: Live | Deleted | null =
    (await lookup.find({ slug })) ?? (asOfParameter ? await lookup.findDeleted(slug) : null);
  if (!current) notFound();
  return datedProfile(lookup.model, current, asOfParameter);
}

/** A ProfileLookup, its record types inferred from its find functions. */
export function profileLookup<Live extends DatedProfileRecord, Deleted extends DatedProfileRecord>(
  lookup: ProfileLookup<Live, Deleted>,
): ProfileLookup<Live, Deleted> {
  return lookup;
}
