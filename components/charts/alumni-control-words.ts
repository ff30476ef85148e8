import type { getTranslations } from "next-intl/server";
import type { AlumniControlWords } from "@/lib/charts/alumni";

type ChartsT = Awaited<ReturnType<typeof getTranslations<"charts">>>;

/** The alumni switch's menus in the page's language (charts and the network offer the same switch). */
export function alumniControlWords(t: ChartsT): AlumniControlWords {
  return {
    tenure: t("page.filters.tenure"),
    anyStint: t("page.filters.anyStint"),
    atLeast: (years) => t("page.filters.atLeast", { years }),
    leftWithin: t("page.filters.leftWithin"),
    anyTime: t("page.filters.anyTime"),
    sameYear: t("page.filters.sameYear"),
    atMost: (years) => t("page.filters.atMost", { years }),
  };
}
