import { getTranslations } from "next-intl/server";
import type { PaginationLabels } from "@/components/ui/pagination";
import { formatInteger } from "@/lib/format/numbers";

/** The pagination's words in the page's language ("Page 2 of 9" / "第 2 页，共 9 页"). */
export async function getPaginationLabels(page: number, pageCount: number): Promise<PaginationLabels> {
  const t = await getTranslations("lists.pagination");
  return {
    label: t("label"),
    previous: t("previous"),
    next: t("next"),
    status: t("status", { page: formatInteger(page), count: formatInteger(pageCount) }),
  };
}
