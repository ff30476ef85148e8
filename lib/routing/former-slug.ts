import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { findCurrentSlug } from "@/lib/data/slug-redirects";
import type { SlugRecordType } from "@/lib/generated/prisma/enums";

/**
 * For a profile whose slug matched nothing: a 308 to the record's current address when the slug is
 * one it used to have, else the 404. Called before the page streams (in the segment's layout), so the
 * status is real; cached pages (issue 9) keep redirecting because the mapping lives in the database.
 */
export async function redirectFormerSlugOrNotFound(
  recordType: SlugRecordType,
  slug: string,
  basePath: string,
): Promise<never> {
  const current = await findCurrentSlug({ recordType, slug });
  if (current) permanentRedirect(`${basePath}/${encodeURIComponent(current)}`);
  notFound();
}
