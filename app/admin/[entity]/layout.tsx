import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { isEntityKey } from "@/lib/validation/form-spec";

/** An unknown kind of record is a 404, answered before the pages below stream (see AdminPageSkeleton). */
export default async function EntityLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ entity: string }>;
}) {
  if (!isEntityKey((await params).entity)) notFound();
  return children;
}
