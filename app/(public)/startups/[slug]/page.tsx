import type { Metadata } from "next";
import { listOf } from "@/lib/format/text";
import { getLocale, getTranslations } from "next-intl/server";
import { NetworkLink } from "@/components/network/network-link";
import { Link } from "@/components/i18n/link";
import { InEnglish } from "@/components/i18n/in-english";
import { DatedVersionProblem } from "@/components/as-of/dated-version";
import { ProfileArticle } from "@/components/layout/profile-article";
import { findDatedProfile } from "@/lib/routing/profile-record";
import { startupProfile } from "@/lib/routing/profiles";
import type { ReactNode } from "react";
import { CareerTimeline } from "@/components/founders/career-timeline";
import { DatedTimeline } from "@/components/timeline/dated-timeline";
import { startupTimeline } from "@/components/timeline/events";
import { ConflictNote } from "@/components/sources/conflict-note";
import { Footnotes } from "@/components/sources/footnotes";
import { FundingRoundsTable } from "@/components/startups/funding-rounds-table";
import { RelatedStartups } from "@/components/startups/related-startups";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { fieldConflicts, fieldFootnotes, recordConflicts, recordFootnotes, type RecordRef } from "@/lib/data/citations";
import { getStartupBySlug, type StartupProfile } from "@/lib/data/startups/profile";
import { formatUsdTotal } from "@/lib/format/money";
import { formatFoundedDate } from "@/lib/format/dates";
import { displayName, nameNote, secondaryName, nameWithSecondary } from "@/lib/format/names";
import { PersonName } from "@/components/founders/person-name";
import { foundingRoleLabel, sectorLabel, statusLabel } from "@/lib/labels";
import { displayHost, httpUrlOrNull } from "@/lib/urls";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getLocale();
  const [startup, t] = await Promise.all([
    getStartupBySlug({ slug: (await params).slug }),
    getTranslations("startups.profile"),
  ]);
  if (!startup) return { title: t("notFoundTitle") };
  const name = displayName(startup, "other", locale);
  const founders = listOf(
    startup.founders.map((f) => displayName(f.person, "person", locale)),
    locale,
  );
  return {
    title: nameWithSecondary(startup, "other", locale),
    description: [
      `${name}${startup.foundedYear ? t("metaFounded", { year: String(startup.foundedYear) }) : ""}${startup.city ? t("metaCity", { city: displayName(startup.city, "other", locale) }) : ""}.`,
      founders ? t("metaFounders", { founders }) : null,
      t("metaTail"),
    ]
      .filter(Boolean)
      .join(" "),
  };
}

export default async function StartupPage({ params, searchParams }: Props) {
  const locale = await getLocale();
  const slug = (await params).slug;
  const dated = await findDatedProfile(startupProfile, slug, (await searchParams).asOf);
  if ("problem" in dated) return <DatedVersionProblem message={dated.problem} path={`/startups/${slug}`} />;
  const startup = dated.profile;
  const [t, tf] = await Promise.all([getTranslations("startups.profile"), getTranslations("startups.fields")]);
  const fieldLabels: Record<string, string> = {
    nameEn: tf("name"),
    nameZh: tf("nameZh"),
    label: tf("name"),
    aliases: tf("aliases"),
    website: tf("website"),
    statusNote: tf("status"),
    locationNote: tf("location"),
  };
  const record: RecordRef = { recordType: "STARTUP", recordId: startup.id };
  const notes = startup.sources;
  const cite = (field: string) => <Footnotes refs={fieldFootnotes(notes, record, field)} />;
  const conflicts = (field: string) => <ConflictNote conflicts={fieldConflicts(notes, record, field)} />;
  const website = httpUrlOrNull(startup.website);
  // Fields shown with their own conflict notes; conflicts about any other field are listed under the title.
  const shownWithField = ["foundedYear", "foundedDate", "city", "status", "sectors", "description"];

  return (
    <ProfileArticle
      notes={notes}
      version={dated.version}
      title={displayName(startup, "other", locale)}
      path={`/startups/${startup.slug}`}
      gap="gap-10"
    >
      <div className="grid grid-cols-1 gap-4">
        <PageHeader
          eyebrow={
            <>
              <Link href="/startups" className="hover:underline">
                {t("breadcrumb")}
              </Link>
              {startup.city ? ` · ${displayName(startup.city, "other", locale)}` : null}
            </>
          }
          title={
            <>
              {displayName(startup, "other", locale)}
              {cite(startup.nameEn ? "nameEn" : "label")}
            </>
          }
          titleZh={secondaryName(startup, locale)}
        >
          {nameNote(startup, "other", locale) ? (
            <p className="text-xs text-ink-faint">{nameNote(startup, "other", locale)}</p>
          ) : null}
          <ConflictNote conflicts={recordConflicts(notes, record, shownWithField)} fieldLabels={fieldLabels} />
          {startup.aliases.length > 0 ? (
            <p className="text-sm">
              {t("aliases", { aliases: startup.aliases.join(", ") })}
              {cite("aliases")}
            </p>
          ) : null}
          <NetworkLink kind="startup" slug={startup.slug} name={displayName(startup, "other", locale)} />
        </PageHeader>
        {startup.confidence !== "HIGH" ? (
          <Alert variant="warning" data-testid="confidence-caveat">
            <strong className="font-semibold">{t("confidence", { level: startup.confidence })}</strong>{" "}
            <ConfidenceNote note={fieldFootnotes(notes, record, "confidence").flatMap((ref) => ref.notes)[0]} />{" "}
            {t("confidenceCheck")}
            {cite("confidence")}
          </Alert>
        ) : null}
        {startup.description ? (
          <p className="max-w-3xl text-lg leading-relaxed text-ink">
            <InEnglish>{startup.description}</InEnglish>
            {cite("description")}
            {conflicts("description")}
          </p>
        ) : null}
      </div>

      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading" className="sr-only">
          {t("keyFacts")}
        </h2>
        <dl className="grid grid-cols-1 gap-px overflow-hidden rounded-lg border border-rule bg-rule sm:grid-cols-2 lg:grid-cols-3">
          <Fact label={t("founded")} testId="fact-founded">
            {formatFoundedDate(startup, locale) ?? startup.foundedYear ?? <NotReported />}
            {cite("foundedYear")}
            {/* A founding day typed in its own field before issue 14 kept its own citations. */}
            {startup.foundedDate ? cite("foundedDate") : null}
            {conflicts("foundedYear")}
          </Fact>
          <Fact label={t("city")} testId="fact-city">
            {startup.city ? (
              <Link
                href={`/cities/${startup.city.slug}`}
                className="underline decoration-rule underline-offset-2 hover:decoration-ink"
              >
                {displayName(startup.city, "other", locale)}
                {secondaryName(startup.city, locale) ? (
                  <span lang={locale === "zh" ? "en" : "zh"} className="ml-1 text-ink-muted">
                    {secondaryName(startup.city, locale)}
                  </span>
                ) : null}
              </Link>
            ) : (
              <NotReported />
            )}
            {cite("city")}
            {startup.locationNote ? (
              <p className="text-xs text-ink-faint">
                <InEnglish>{startup.locationNote}</InEnglish>
              </p>
            ) : null}
            {conflicts("city")}
          </Fact>
          <Fact label={t("sector")}>
            {startup.sectors.length === 0 ? (
              <NotReported />
            ) : (
              <span className="flex flex-wrap gap-1">
                {startup.sectors.map((sector) => (
                  // A 24 px target: the 中文 labels are short enough to crowd the badges together.
                  <Link key={sector} href={`/startups?sector=${sector}`} className="inline-flex min-h-6 items-center">
                    <Badge>{sectorLabel(sector, locale)}</Badge>
                  </Link>
                ))}
              </span>
            )}
            {cite("sectors")}
            {conflicts("sectors")}
          </Fact>
          <Fact label={t("status")}>
            {startup.status ? statusLabel(startup.status, locale) : <NotReported />}
            {cite("status")}
            {startup.statusNote ? (
              <p className="text-xs text-ink-muted">
                <InEnglish>{startup.statusNote}</InEnglish>
                {cite("statusNote")}
              </p>
            ) : null}
            {conflicts("status")}
          </Fact>
          <Fact label={t("website")}>
            {website ? (
              <a
                href={website}
                rel="noreferrer noopener nofollow"
                target="_blank"
                className="underline decoration-rule underline-offset-2 hover:decoration-ink"
              >
                {displayHost(website)}
              </a>
            ) : startup.website ? (
              <span className="break-all text-ink-muted">{startup.website}</span>
            ) : (
              <NotReported />
            )}
            {cite("website")}
          </Fact>
          <Fact label={t("funding")} testId="funding-total">
            {formatUsdTotal(startup.totalFundingUsd, locale) ?? <NotReported text={t("noneUsd")} />}
            {startup.estimatedFundingUsd ? (
              <p className="text-sm" data-testid="estimated-funding">
                {t("estimated", {
                  total: formatUsdTotal(startup.estimatedFundingUsd.total, locale) ?? "",
                  dates: startup.estimatedFundingUsd.rateDates.join(", "),
                })}
              </p>
            ) : null}
            <p className="text-xs text-ink-faint">
              {t("roundsNote", { count: startup.fundingRounds.length })}
              {startup.unconvertedRounds > 0 ? t("unconverted", { count: startup.unconvertedRounds }) : ""}
              {t("period")}
            </p>
          </Fact>
        </dl>
      </section>

      <Section id="founders" title={t("foundersTitle")}>
        <Founders startup={startup} />
      </Section>

      <Section id="timeline" title={t("timeline")}>
        <DatedTimeline events={await startupTimeline(startup)} empty={t("timelineEmpty")} />
      </Section>

      <Section id="funding" title={t("rounds")}>
        <FundingRoundsTable
          rounds={startup.fundingRounds.map((round) => ({
            ...round,
            footnotes: recordFootnotes(notes, { recordType: "FUNDING_ROUND", recordId: round.id }),
            conflicts: [
              ...recordConflicts(notes, { recordType: "FUNDING_ROUND", recordId: round.id }),
              ...round.investors.flatMap((investor) =>
                recordConflicts(notes, { recordType: "INVESTMENT", recordId: investor.id }),
              ),
            ],
            investorFootnotes: Object.fromEntries(
              round.investors.map((investor) => [
                investor.id,
                recordFootnotes(notes, { recordType: "INVESTMENT", recordId: investor.id }),
              ]),
            ),
          }))}
        />
      </Section>

      <Section id="related" title={t("related")}>
        <RelatedStartups
          groups={[
            {
              key: "city",
              title: startup.city ? t("alsoIn", { city: displayName(startup.city, "other", locale) }) : t("sameCity"),
              items: startup.related.sameCity,
              moreHref: startup.city ? `/startups?city=${startup.city.slug}` : null,
            },
            { key: "unit", title: t("sameUnit"), items: startup.related.sameUnit },
            { key: "investors", title: t("sharedInvestors"), items: startup.related.sharedInvestors },
          ]}
        />
      </Section>
    </ProfileArticle>
  );
}

/** A note recorded with the confidence (data, as written), or the page's own words when there is none. */
async function ConfidenceNote({ note }: { note: string | undefined }) {
  const t = await getTranslations("startups.profile");
  return note ? <InEnglish>{note}</InEnglish> : t("confidenceDefault");
}

async function Founders({ startup }: { startup: StartupProfile }) {
  const locale = await getLocale();
  const [t, tf] = await Promise.all([getTranslations("startups.profile"), getTranslations("startups.fields")]);
  if (startup.founders.length === 0) return <p className="text-sm text-ink-muted">{t("noFounders")}</p>;
  const notes = startup.sources;
  const foundingFieldLabels = { role: tf("role"), title: tf("title"), note: tf("note"), person: tf("founder") };
  return (
    <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
      {startup.founders.map((founder) => (
        <li key={founder.foundingId} className="rounded-lg border border-rule bg-paper p-4" data-testid="founder">
          <p className="text-base font-semibold">
            <Link href={`/founders/${founder.person.slug}`} className="underline-offset-2 hover:underline">
              <PersonName person={founder.person} locale={locale} />
            </Link>
            {secondaryName(founder.person, locale) ? (
              <span lang={locale === "zh" ? "en" : "zh"} className="ml-2 font-normal text-ink-muted">
                {secondaryName(founder.person, locale)}
              </span>
            ) : null}
          </p>
          <p className="text-sm text-ink-muted">
            {foundingRoleLabel(founder.role, locale)}
            {founder.title ? `, ${founder.title}` : null}
            <Footnotes refs={recordFootnotes(notes, { recordType: "FOUNDING", recordId: founder.foundingId })} />
            {founder.confidence !== "HIGH" ? (
              <Badge variant="warn" className="ml-2">
                {t("founderConfidence", { level: founder.confidence })}
              </Badge>
            ) : null}
          </p>
          {founder.note ? (
            <p className="mt-1 text-xs text-ink-faint">
              <InEnglish>{founder.note}</InEnglish>
            </p>
          ) : null}
          <ConflictNote
            conflicts={recordConflicts(notes, { recordType: "FOUNDING", recordId: founder.foundingId })}
            fieldLabels={foundingFieldLabels}
          />
          <div className="mt-3">
            <CareerTimeline
              steps={founder.career.map((step) => ({
                ...step,
                footnotes: recordFootnotes(notes, { recordType: "EMPLOYMENT", recordId: step.id }),
                conflicts: recordConflicts(notes, { recordType: "EMPLOYMENT", recordId: step.id }),
              }))}
              empty={t("careerEmpty")}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="grid grid-cols-1 gap-4">
      <h2 id={`${id}-heading`} className="text-lg font-semibold tracking-tight">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="bg-paper px-4 py-3" data-testid={testId}>
      <dt className="text-xs font-medium tracking-wide text-ink-muted uppercase">{label}</dt>
      <dd className="mt-1 text-sm text-ink">{children}</dd>
    </div>
  );
}

async function NotReported({ text }: { text?: string }) {
  const t = await getTranslations("startups.profile");
  return <span className="text-ink-faint italic">{text ?? t("notReported")}</span>;
}
