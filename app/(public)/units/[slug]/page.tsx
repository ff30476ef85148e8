import type { Metadata } from "next";
import { NetworkLink } from "@/components/network/network-link";
import { getLocale, getTranslations } from "next-intl/server";
import { InEnglish } from "@/components/i18n/in-english";
import { Link } from "@/components/i18n/link";
import { DatedVersionProblem } from "@/components/as-of/dated-version";
import { ProfileArticle } from "@/components/layout/profile-article";
import { findDatedProfile } from "@/lib/routing/profile-record";
import { unitProfile } from "@/lib/routing/profiles";
import { Footnotes } from "@/components/sources/footnotes";
import { PageHeader } from "@/components/ui/page-header";
import { ConflictNote } from "@/components/sources/conflict-note";
import { fieldFootnotes, recordConflicts, recordFootnotes } from "@/lib/data/citations";
import { getUnitBySlug } from "@/lib/data/units";
import { formatCareerYears } from "@/lib/format/dates";
import { displayName, secondaryName } from "@/lib/format/names";
import { PersonName } from "@/components/founders/person-name";
import { formatInteger } from "@/lib/format/numbers";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [unit, t, locale] = await Promise.all([
    getUnitBySlug({ slug: (await params).slug }),
    getTranslations("units.profile"),
    getLocale(),
  ]);
  if (!unit) return { title: t("notFoundTitle") };
  return {
    title: t("metaTitle", { unit: displayName(unit, "other", locale) }),
    description: t("metaDescription", {
      alumni: String(unit.alumniCount),
      unit: displayName(unit, "other", locale),
      startups: String(unit.startupCount),
    }),
  };
}

export default async function UnitPage({ params, searchParams }: Props) {
  const locale = await getLocale();
  const slug = (await params).slug;
  const dated = await findDatedProfile(unitProfile, slug, (await searchParams).asOf);
  if ("problem" in dated) return <DatedVersionProblem message={dated.problem} path={`/units/${slug}`} />;
  const unit = dated.profile;
  const notes = unit.sources;
  const record = { recordType: "ORGANIZATION" as const, recordId: unit.id };
  const [t, tf] = await Promise.all([getTranslations("units.profile"), getTranslations("startups.fields")]);
  return (
    <ProfileArticle
      notes={notes}
      version={dated.version}
      title={displayName(unit, "other", locale)}
      path={`/units/${unit.slug}`}
      gap="gap-8"
    >
      <PageHeader
        eyebrow={
          <nav aria-label={t("hierarchy")} className="flex flex-wrap gap-1">
            <Link href="/units" className="hover:underline">
              {t("breadcrumb")}
            </Link>
            {unit.parents.map((parent) => (
              <span key={parent.slug}>
                <span aria-hidden className="px-1">
                  ›
                </span>
                <Link href={`/units/${parent.slug}`} className="hover:underline">
                  {displayName(parent, "other", locale)}
                </Link>
              </span>
            ))}
          </nav>
        }
        title={
          <>
            {displayName(unit, "other", locale)}
            <Footnotes refs={fieldFootnotes(notes, record, locale === "zh" && unit.nameZh ? "nameZh" : "nameEn")} />
          </>
        }
        titleZh={secondaryName(unit, locale)}
      >
        {unit.description ? (
          <p>
            <InEnglish>{unit.description}</InEnglish>
            <Footnotes refs={fieldFootnotes(notes, record, "description")} />
          </p>
        ) : null}
        {unit.aliases.length > 0 ? (
          <p className="text-sm">{t("aliases", { aliases: unit.aliases.join(", ") })}</p>
        ) : null}
        <ConflictNote conflicts={recordConflicts(notes, record)} />
        <NetworkLink kind="unit" slug={unit.slug} name={displayName(unit, "other", locale)} />
      </PageHeader>

      <dl className="grid grid-cols-2 gap-px overflow-hidden rounded-lg border border-rule bg-rule sm:max-w-md">
        <div className="bg-paper px-4 py-3">
          <dt className="text-xs font-medium tracking-wide text-ink-muted uppercase">{t("alumniFounders")}</dt>
          <dd className="mt-1 text-3xl font-semibold text-tracked tabular-nums" data-testid="alumni-count">
            {formatInteger(unit.alumniCount)}
          </dd>
        </div>
        <div className="bg-paper px-4 py-3">
          <dt className="text-xs font-medium tracking-wide text-ink-muted uppercase">{t("startups")}</dt>
          <dd className="mt-1 text-3xl font-semibold text-tracked tabular-nums">{formatInteger(unit.startupCount)}</dd>
        </div>
      </dl>

      {unit.children.length > 0 ? (
        <section aria-labelledby="children-heading" className="grid grid-cols-1 gap-2">
          <h2 id="children-heading" className="text-sm font-semibold">
            {t("children", { unit: displayName(unit, "other", locale) })}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {unit.children.map((child) => (
              <li key={child.slug}>
                <Link
                  href={`/units/${child.slug}`}
                  className="inline-block rounded-md border border-rule bg-paper px-3 py-1 text-sm hover:border-ink-faint"
                >
                  {displayName(child, "other", locale)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="alumni-heading" className="grid grid-cols-1 gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="alumni-heading" className="text-lg font-semibold tracking-tight">
            {t("whoLeft")}
          </h2>
          {unit.startupCount > 0 ? (
            <Link href={`/startups?unit=${unit.slug}`} className="text-sm underline underline-offset-2">
              {t("inList")}
            </Link>
          ) : null}
        </div>
        {unit.alumni.length === 0 ? (
          <p className="text-sm text-ink-muted">{t("noAlumni")}</p>
        ) : (
          <ol className="grid grid-cols-1 gap-2" data-testid="unit-alumni">
            {unit.alumni.map((alumnus) => (
              <li
                key={alumnus.employment.id}
                className="grid grid-cols-1 gap-2 rounded-lg border border-rule bg-paper px-4 py-3 sm:grid-cols-[9rem_1fr_1fr] sm:items-start sm:gap-4"
              >
                <p className="font-mono text-xs text-ink-muted tabular-nums sm:pt-0.5">
                  {formatCareerYears(alumnus.employment, locale)}
                </p>
                <div>
                  <Link
                    href={`/founders/${alumnus.person.slug}`}
                    className="font-semibold underline-offset-2 hover:underline"
                  >
                    <PersonName person={alumnus.person} locale={locale} />
                  </Link>
                  {secondaryName(alumnus.person, locale) ? (
                    <span lang={locale === "zh" ? "en" : "zh"} className="ml-2 text-ink-muted">
                      {secondaryName(alumnus.person, locale)}
                    </span>
                  ) : null}
                  <p className="text-sm text-ink-muted">
                    {alumnus.employment.role ?? t("roleNotReported")}
                    {alumnus.employment.unit.slug !== unit.slug ? (
                      <>
                        {", "}
                        <Link
                          href={`/units/${alumnus.employment.unit.slug}`}
                          className="underline decoration-rule underline-offset-2"
                        >
                          {displayName(alumnus.employment.unit, "other", locale)}
                        </Link>
                      </>
                    ) : null}
                    <Footnotes
                      refs={recordFootnotes(notes, { recordType: "EMPLOYMENT", recordId: alumnus.employment.id })}
                    />
                  </p>
                  <ConflictNote
                    conflicts={recordConflicts(notes, { recordType: "EMPLOYMENT", recordId: alumnus.employment.id })}
                    fieldLabels={{
                      role: tf("role"),
                      startYear: tf("startYear"),
                      endYear: tf("endYear"),
                      note: tf("note"),
                    }}
                  />
                </div>
                <p className="text-sm">
                  <span className="text-ink-muted">{t("founded")}</span>
                  {alumnus.startups.map((startup, index) => (
                    <span key={startup.slug}>
                      {index > 0 ? ", " : null}
                      <Link
                        href={`/startups/${startup.slug}`}
                        className="font-medium underline decoration-rule underline-offset-2 hover:decoration-ink"
                      >
                        {displayName(startup, "other", locale)}
                      </Link>
                      {startup.foundedYear ? <span className="text-ink-faint"> ({startup.foundedYear})</span> : null}
                    </span>
                  ))}
                </p>
              </li>
            ))}
          </ol>
        )}
        {unit.alumniCount > unit.alumni.length ? (
          <p className="text-sm text-ink-muted">
            {t("showing", { shown: String(unit.alumni.length), total: formatInteger(unit.alumniCount) })}
          </p>
        ) : null}
      </section>
    </ProfileArticle>
  );
}
