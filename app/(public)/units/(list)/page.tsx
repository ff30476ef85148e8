import type { Metadata } from "next";
import { displayName, secondaryName } from "@/lib/format/names";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { ListCsvLink } from "@/components/layout/list-csv-link";
import { PageHeader } from "@/components/ui/page-header";
import { getUnitTree } from "@/lib/data/units";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("units.list");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function UnitsPage() {
  const locale = await getLocale();
  const [units, t] = await Promise.all([getUnitTree(), getTranslations("units.list")]);
  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader eyebrow={t("eyebrow")} title={t("title")}>
        {t("intro")}
      </PageHeader>
      <div className="flex justify-end">
        <ListCsvLink href="/api/units/csv" />
      </div>
      {units.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("none")}</p>
      ) : (
        <ul
          className="divide-y divide-rule overflow-hidden rounded-lg border border-rule bg-paper"
          data-testid="unit-tree"
        >
          {units.map((unit) => (
            <li
              key={unit.slug}
              className="flex items-center justify-between gap-3 py-2.5 pr-4"
              style={{ paddingLeft: `${1 + unit.depth * 1.25}rem` }}
            >
              <span>
                {unit.depth > 0 ? (
                  <span aria-hidden className="mr-1.5 text-ink-faint">
                    └
                  </span>
                ) : null}
                <Link
                  href={`/units/${unit.slug}`}
                  className={
                    unit.depth === 0
                      ? "font-semibold underline-offset-2 hover:underline"
                      : "underline-offset-2 hover:underline"
                  }
                >
                  {displayName(unit, "other", locale)}
                </Link>
                {secondaryName(unit, locale) ? (
                  <span lang={locale === "zh" ? "en" : "zh"} className="ml-2 text-sm text-ink-muted">
                    {secondaryName(unit, locale)}
                  </span>
                ) : null}
              </span>
              <span className="shrink-0 text-sm text-ink-muted tabular-nums">
                {unit.alumniFounders > 0 ? t("founders", { count: unit.alumniFounders }) : "—"}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
