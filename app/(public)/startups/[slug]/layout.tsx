import type { ReactNode } from "react";
import { redirectFormerSlugOrNotFound } from "@/lib/routing/former-slug";
import { getStartupBySlug } from "@/lib/data/startups/profile";

/**
 * Looks the record up before the page streams: an unknown slug must answer with a real 404 status,
 * which is only possible before the loading boundary below sends the first bytes. The page reads
 * the same cached result.
 */
export default async function ProfileLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  if (!(await getStartupBySlug({ slug }))) await redirectFormerSlugOrNotFound("STARTUP", slug, "/startups");
  return children;
}
