import type { AlumniDefinition } from "@/lib/charts/alumni";
import { alumniControls } from "@/lib/charts/alumni";
import type { getTranslations } from "next-intl/server";

/** A translator for the `startups.alumni` messages (getTranslations on a page, createTranslator in a test). */
export type AlumniTranslate = Awaited<ReturnType<typeof getTranslations<"startups.alumni">>>;

/**
 * describeAlumni (lib/charts/alumni) in the page's language: "alumni = founders who spent at least
 * 5 years at Alibaba Group" / "校友 = 在阿里巴巴集团任职至少 5 年的创始人". The English messages say
 * exactly what describeAlumni says (a unit test holds them to it), so English pages do not change.
 */
export function describeAlumniIn(t: AlumniTranslate, alumni: AlumniDefinition, unitName?: string | null): string {
  const parts = alumniConditions(t, alumni, unitName);
  if (parts === null) return t("any", { where: unitName ? t("unit", { unit: unitName }) : t("group") });
  return t("who", { parts });
}

/** What a founder must have done to count ("spent at least 5 years at Alibaba Group"), or null for any stint. */
export function alumniConditions(t: AlumniTranslate, alumni: AlumniDefinition, unitName?: string | null) {
  const where = unitName ? t("unit", { unit: unitName }) : t("group");
  const parts: string[] = [];
  if (alumni.tenure !== undefined) parts.push(t("tenure", { count: alumni.tenure, where }));
  else if (unitName && alumni.leftWithin !== undefined) parts.push(t("worked", { where }));
  if (alumni.leftWithin !== undefined) parts.push(t("leftWithin", { count: alumni.leftWithin }));
  return parts.length === 0 ? null : parts.join(t("and"));
}

/** The alumni switch's two menus (alumniControls) with their words in the page's language. */
export function alumniControlsIn(t: AlumniTranslate, alumni: AlumniDefinition) {
  return alumniControls(alumni).map((control) =>
    control.name === "tenure"
      ? {
          ...control,
          label: t("tenureLabel"),
          allLabel: t("anyStint"),
          options: control.options.map((option) => ({
            ...option,
            label: t("atLeast", { count: Number(option.value) }),
          })),
        }
      : {
          ...control,
          label: t("leftLabel"),
          allLabel: t("anyTime"),
          options: control.options.map((option) => ({
            ...option,
            label: option.value === "0" ? t("sameYear") : t("atMost", { count: Number(option.value) }),
          })),
        },
  );
}
