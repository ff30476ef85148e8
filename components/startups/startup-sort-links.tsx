import { getTranslations } from "next-intl/server";
import { SortLinks } from "@/components/layout/sort-links";
import {
  DEFAULT_SORT_ORDER,
  startupListQuery,
  type StartupListParams,
  type StartupSort,
} from "@/lib/validation/search-params";

const SORTS: StartupSort[] = ["name", "founded", "funding"];

/** The start-up list's sort choices, on /startups or on another page's list of start-ups (`basePath`). */
export async function StartupSortLinks({
  params,
  basePath = "/startups",
}: {
  params: StartupListParams;
  basePath?: string;
}) {
  const t = await getTranslations("startups.sort");
  return (
    <SortLinks
      sorts={SORTS.map((key) => ({ key, label: t(key) }))}
      current={params}
      defaultOrder={DEFAULT_SORT_ORDER}
      href={(sort, order) => `${basePath}${startupListQuery({ ...params, sort, order, page: 1 })}`}
      words={{ label: t("label"), by: t("by") }}
    />
  );
}
