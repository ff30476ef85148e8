import "server-only";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import type { AppPrismaClient } from "@/lib/db/connection";
import type { SlugRecordType } from "@/lib/generated/prisma/enums";

/** The live record of that kind with that id, by its slug. */
async function liveSlug(prisma: AppPrismaClient, recordType: SlugRecordType, id: number) {
  const args = { where: { id, deletedAt: null }, select: { slug: true } } as const;
  switch (recordType) {
    case "STARTUP":
      return prisma.startup.findFirst(args);
    case "PERSON":
      return prisma.person.findFirst(args);
    case "CITY":
      return prisma.city.findFirst(args);
    case "ORGANIZATION":
      return prisma.organization.findFirst(args);
    case "REPORTED_FIGURE":
      return prisma.reportedFigure.findFirst(args);
  }
}

/**
 * The current slug of the live record that once had `slug` (corrected by the seed or changed in the
 * admin), or null. Pages answer an old address with a permanent redirect to the current one.
 */
export const findCurrentSlug = cache(
  async ({ recordType, slug }: { recordType: SlugRecordType; slug: string }): Promise<string | null> => {
    const prisma = await getPrisma();
    const redirect = await prisma.slugRedirect.findUnique({
      where: { recordType_slug: { recordType, slug } },
      select: { recordId: true },
    });
    if (!redirect) return null;
    const record = await liveSlug(prisma, recordType, redirect.recordId);
    return record && record.slug !== slug ? record.slug : null;
  },
);
