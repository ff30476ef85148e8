import { getTranslations } from "next-intl/server";
import { Skeleton } from "@/components/ui/skeleton";

/** A loading placeholder shaped like a page title and a list. */
export async function ListSkeleton({ rows = 8 }: { rows?: number }) {
  const t = await getTranslations("errors");
  return (
    <div className="grid gap-6" aria-busy="true" aria-label={t("loading")}>
      <div className="grid gap-2">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="h-9 w-full max-w-72" />
        <Skeleton className="h-4 w-full max-w-[28rem]" />
      </div>
      <div className="grid gap-2">
        {Array.from({ length: rows }, (_, i) => (
          <Skeleton key={i} className="h-12 w-full" />
        ))}
      </div>
    </div>
  );
}
