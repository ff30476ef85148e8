import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { localizedPath } from "@/lib/i18n/locales";
import { redirectFormerSlugOrNotFound } from "@/lib/routing/former-slug";
import { getDeletedUnitBySlug, getUnitBySlug } from "@/lib/data/units";

/**
 * Looks the record up before the page streams: an unknown slug must answer with a real 404 status,
 * which is only possible before the first bytes are sent (by a Suspense boundary in the page). The
 * page reads the same cached result. There is no loading.tsx: the profile is served from the cache,
 * so the whole page arrives in its first HTML rather than after a skeleton (Rokid's largest paint
 * waited some 300 ms for the skeleton to be swapped out). A record deleted since still reaches the page when asked for as it was (?asOf=).
 */
export default async function ProfileLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  if (!(await getUnitBySlug({ slug })))
    await redirectFormerSlugOrNotFound(
      "ORGANIZATION",
      slug,
      localizedPath("/units", await getLocale()),
      getDeletedUnitBySlug,
    );
  return children;
}
