import "server-only";
import { cache } from "react";
import { getPrisma } from "@/lib/db";
import type { SlugRecordType } from "@/lib/generated/prisma/enums";

const models = {
  STARTUP: "startup",
  PERSON: "person",
  CITY: "city",
  ORGANIZATION: "organization",
  REPORTED_FIGURE: "reportedFigure",
} as const;

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
    const delegate = prisma[models[recordType]] as unknown as {
      findFirst(args: { where: object; select: { slug: true } }): Promise<{ slug: string } | null>;
    };
    const record = await delegate.findFirst({
      where: { id: redirect.recordId, deletedAt: null },
      select: { slug: true },
    });
    return record && record.slug !== slug ? record.slug : null;
  },
);
