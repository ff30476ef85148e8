import { getTranslations } from "next-intl/server";
import { Skeleton } from "@/components/ui/skeleton";

/**
 * What an admin page shows while it loads. Each leaf segment's loading.tsx renders it: a loading
 * boundary above a segment's layout would send the page's status before that layout can answer
 * 404 (an unknown record) or 403 (a role that may not see it), so there is none at /admin.
 */
export async function AdminPageSkeleton() {
  const t = await getTranslations("admin.shell");
  return (
    <div className="grid gap-4" aria-busy="true" aria-label={t("loading")}>
      <Skeleton className="h-9 w-72" />
      <Skeleton className="h-64 w-full" />
    </div>
  );
}
