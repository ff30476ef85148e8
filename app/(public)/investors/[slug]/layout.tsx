import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { localizedPath } from "@/lib/i18n/locales";
import { redirectFormerSlugOrNotFound } from "@/lib/routing/former-slug";
import { getDeletedInvestorBySlug, getInvestorBySlug } from "@/lib/data/investors";

/**
 * Looks the record up before the page streams: an unknown slug must answer with a real 404 status,
 * which is only possible before the loading boundary below sends the first bytes. The page reads
 * the same cached result. A record deleted since still reaches the page when asked for as it was (?asOf=).
 */
export default async function ProfileLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  if (!(await getInvestorBySlug({ slug })))
    await redirectFormerSlugOrNotFound(
      "ORGANIZATION",
      slug,
      localizedPath("/investors", await getLocale()),
      getDeletedInvestorBySlug,
    );
  return children;
}
