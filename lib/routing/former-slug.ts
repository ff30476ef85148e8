import "server-only";
import { headers } from "next/headers";
import { notFound, permanentRedirect } from "next/navigation";
import { findCurrentSlug } from "@/lib/data/slug-redirects";
import { AS_OF_HEADER } from "@/lib/security/as-of-header";
import type { SlugRecordType } from "@/lib/generated/prisma/enums";

/**
 * For a profile whose slug matched no live record: a 308 to the record's current address when the slug is
 * one it used to have, else the 404. Called before the page streams (in the segment's layout), so the
 * status is real; cached pages (issue 9) keep redirecting because the mapping lives in the database.
 *
 * One exception: a record deleted since, asked for as it was at a date (`?asOf=`), is let through to
 * the page, which shows it as it was before its deletion (or says it was not in the database then).
 */
export async function redirectFormerSlugOrNotFound(
  recordType: SlugRecordType,
  slug: string,
  basePath: string,
  findDeleted?: (slug: string) => Promise<unknown>,
): Promise<void> {
  if (findDeleted && (await headers()).has(AS_OF_HEADER) && (await findDeleted(slug))) return;
  const current = await findCurrentSlug({ recordType, slug });
  if (current) permanentRedirect(`${basePath}/${encodeURIComponent(current)}`);
  notFound();
}
