import type { Metadata } from "next";
import { joinNames } from "@/lib/format/text";
import { getLocale, getTranslations } from "next-intl/server";
import { NetworkLink } from "@/components/network/network-link";
import { InEnglish } from "@/components/i18n/in-english";
import { Link } from "@/components/i18n/link";
import { DatedVersionProblem } from "@/components/as-of/dated-version";
import { ProfileArticle } from "@/components/layout/profile-article";
import { findDatedProfile } from "@/lib/routing/profile-record";
import { founderProfile } from "@/lib/routing/profiles";
import { CareerTimeline } from "@/components/founders/career-timeline";
import { DatedTimeline } from "@/components/timeline/dated-timeline";
import { founderTimeline } from "@/components/timeline/events";
import { Footnotes } from "@/components/sources/footnotes";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { ConflictNote } from "@/components/sources/conflict-note";
import { fieldFootnotes, recordConflicts, recordFootnotes, type RecordRef } from "@/lib/data/citations";
import { getPersonBySlug } from "@/lib/data/people";
import { foundingRoleLabel, stageLabel } from "@/lib/labels";
import { formatFoundedDate } from "@/lib/format/dates";
import { displayName, isUnnamed, nameNote, secondaryName, nameWithSecondary } from "@/lib/format/names";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getLocale();
  const [person, t] = await Promise.all([
    getPersonBySlug({ slug: (await params).slug }),
    getTranslations("founders.profile"),
  ]);
  if (!person) return { title: t("notFoundTitle") };
  const alibaba = person.career
    .filter((step) => step.alibaba)
    .map((step) => displayName(step.organization, "other", locale));
  const founded = person.foundings.map((f) => displayName(f.startup, "other", locale));
  return {
    title: nameWithSecondary(person, "person", locale),
    description: [
      founded.length ? t("metaFounder", { startups: joinNames(founded, locale) }) : null,
      alibaba.length ? t("metaAlibaba", { units: joinNames([...new Set(alibaba)], locale) }) : null,
      t("metaTail"),
    ]
      .filter(Boolean)
      .join(" "),
  };
}

export default async function PersonPage({ params, searchParams }: Props) {
  const locale = await getLocale();
  const slug = (await params).slug;
  const dated = await findDatedProfile(founderProfile, slug, (await searchParams).asOf);
  if ("problem" in dated) return <DatedVersionProblem message={dated.problem} path={`/founders/${slug}`} />;
  const person = dated.profile;
  const record: RecordRef = { recordType: "PERSON", recordId: person.id };
  const notes = person.sources;
  const alibabaSteps = person.career.filter((step) => step.alibaba);
  const [t, tf] = await Promise.all([getTranslations("founders.profile"), getTranslations("startups.fields")]);
  return (
    <ProfileArticle
      notes={notes}
      version={dated.version}
      title={displayName(person, "person", locale)}
      path={`/founders/${person.slug}`}
      gap="gap-10"
    >
      <PageHeader
        eyebrow={
          <Link href="/founders" className="hover:underline">
            {person.foundings.length > 0 ? t("founders") : t("people")}
          </Link>
        }
        title={
          <>
            {displayName(person, "person", locale)}
            <Footnotes refs={fieldFootnotes(notes, record, isUnnamed(person) ? "label" : "nameEn")} />
          </>
        }
        titleZh={secondaryName(person, locale)}
      >
        {nameNote(person, "person", locale) ? (
          <p className="text-xs text-ink-faint">{nameNote(person, "person", locale)}</p>
        ) : null}
        {isUnnamed(person) ? (
          <p className="text-xs text-ink-faint" data-testid="unnamed-note">
            {t("unnamedNote")}
          </p>
        ) : null}
        <ConflictNote conflicts={recordConflicts(notes, record)} />
        {person.aliases.length > 0 ? (
          <p className="text-sm">
            {t("aliases", { aliases: person.aliases.join(", ") })}
            <Footnotes refs={fieldFootnotes(notes, record, "aliases")} />
          </p>
        ) : null}
        <NetworkLink kind="founder" slug={person.slug} name={displayName(person, "person", locale)} />
      </PageHeader>

      {person.bio ? (
        <p className="max-w-3xl text-lg leading-relaxed">
          <InEnglish>{person.bio}</InEnglish>
          <Footnotes refs={fieldFootnotes(notes, record, "bio")} />
        </p>
      ) : null}

      <div className="grid grid-cols-1 gap-10 lg:grid-cols-[1.1fr_1fr]">
        <section aria-labelledby="career-heading" className="grid grid-cols-1 content-start gap-4">
          <h2 id="career-heading" className="text-lg font-semibold tracking-tight">
            {t("career")}
            {alibabaSteps.length > 0 ? (
              <span className="ml-2 text-sm font-normal text-ink-muted">
                <span aria-hidden className="mr-1 inline-block size-2 rounded-full bg-accent" />
                {t("alibabaUnits")}
              </span>
            ) : null}
          </h2>
          <CareerTimeline
            steps={person.career.map((step) => ({
              ...step,
              footnotes: recordFootnotes(notes, { recordType: "EMPLOYMENT", recordId: step.id }),
              conflicts: recordConflicts(notes, { recordType: "EMPLOYMENT", recordId: step.id }),
            }))}
          />
        </section>

        <div className="grid grid-cols-1 content-start gap-8">
          {/* Someone who only invests is shown by their investments, not as a founder of nothing. */}
          {person.foundings.length === 0 && person.investments.length > 0 ? null : (
            <>
              <section aria-labelledby="founded-heading" className="grid grid-cols-1 gap-3">
                <h2 id="founded-heading" className="text-lg font-semibold tracking-tight">
                  {t("founded")}
                </h2>
                {person.foundings.length === 0 ? (
                  <p className="text-sm text-ink-muted">{t("noFoundings")}</p>
                ) : (
                  <ul className="grid grid-cols-1 gap-2">
                    {person.foundings.map((founding) => (
                      <li key={founding.id} className="rounded-lg border border-rule bg-paper px-4 py-3">
                        <Link
                          href={`/startups/${founding.startup.slug}`}
                          className="font-semibold underline-offset-2 hover:underline"
                        >
                          {displayName(founding.startup, "other", locale)}
                        </Link>
                        {secondaryName(founding.startup, locale) ? (
                          <span lang={locale === "zh" ? "en" : "zh"} className="ml-2 text-ink-muted">
                            {secondaryName(founding.startup, locale)}
                          </span>
                        ) : null}
                        <p className="text-sm text-ink-muted">
                          {foundingRoleLabel(founding.role, locale)}
                          {founding.title ? `, ${founding.title}` : null}
                          <Footnotes refs={recordFootnotes(notes, { recordType: "FOUNDING", recordId: founding.id })} />
                          {" · "}
                          {[
                            founding.startup.city,
                            formatFoundedDate(founding.startup, locale)
                              ? t("foundedOn", { date: formatFoundedDate(founding.startup, locale)! })
                              : founding.startup.foundedYear
                                ? t("foundedYear", { year: String(founding.startup.foundedYear) })
                                : null,
                          ]
                            .filter(Boolean)
                            .join(", ") || t("cityYearNotReported")}
                        </p>
                        <ConflictNote
                          conflicts={recordConflicts(notes, { recordType: "FOUNDING", recordId: founding.id })}
                          fieldLabels={{ role: tf("role"), title: tf("title"), note: tf("note") }}
                        />
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            </>
          )}

          {person.investments.length > 0 ? (
            <section aria-labelledby="investments-heading" className="grid grid-cols-1 gap-3">
              <h2 id="investments-heading" className="text-lg font-semibold tracking-tight">
                {t("investments")}
              </h2>
              <ul className="grid grid-cols-1 gap-2 text-sm">
                {person.investments.map((investment) => (
                  <li key={investment.id}>
                    <Link
                      href={`/startups/${investment.startup.slug}`}
                      className="font-medium underline decoration-rule underline-offset-2 hover:decoration-ink"
                    >
                      {displayName(investment.startup, "other", locale)}
                    </Link>
                    <span className="text-ink-muted">
                      {" "}
                      · {stageLabel(investment.round.stage, locale)}
                      {investment.round.announcedOn ? `, ${investment.round.announcedOn.slice(0, 4)}` : ""}
                    </span>
                    {investment.isLead ? (
                      <Badge variant="accent" className="ml-1.5">
                        {t("lead")}
                      </Badge>
                    ) : null}
                    <Footnotes refs={recordFootnotes(notes, { recordType: "INVESTMENT", recordId: investment.id })} />
                    {investment.note ? (
                      <span className="block text-xs text-ink-faint">
                        <InEnglish>{investment.note}</InEnglish>
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>

      <section aria-labelledby="timeline-heading" className="grid grid-cols-1 gap-4">
        <h2 id="timeline-heading" className="text-lg font-semibold tracking-tight">
          {t("timeline")}
        </h2>
        <DatedTimeline events={await founderTimeline(person)} empty={t("timelineEmpty")} />
      </section>
    </ProfileArticle>
  );
}
