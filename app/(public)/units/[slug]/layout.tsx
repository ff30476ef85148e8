import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getUnitBySlug } from "@/lib/data/units";

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
  if (!(await getUnitBySlug({ slug: (await params).slug }))) notFound();
  return children;
}
