import type { Metadata } from "next";
import { joinNames } from "@/lib/format/text";
import { getLocale, getTranslations } from "next-intl/server";
import { NetworkLink } from "@/components/network/network-link";
import { InEnglish } from "@/components/i18n/in-english";
import { Link } from "@/components/i18n/link";
import { DatedVersionProblem } from "@/components/as-of/dated-version";
import { ProfileArticle } from "@/components/layout/profile-article";
import { findDatedProfile } from "@/lib/routing/profile-record";
import { investorProfile } from "@/lib/routing/profiles";
import { CareerTimeline } from "@/components/founders/career-timeline";
import { Footnotes } from "@/components/sources/footnotes";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ConflictNote } from "@/components/sources/conflict-note";
import { fieldFootnotes, recordConflicts, recordFootnotes } from "@/lib/data/citations";
import { getInvestorBySlug } from "@/lib/data/investors";
import { formatCareerYears, formatReportedSpan } from "@/lib/format/dates";
import { formatRoundAmount } from "@/lib/format/money";
import { displayName, nameNote, secondaryName, nameWithSecondary } from "@/lib/format/names";
import { PersonName } from "@/components/founders/person-name";
import { formatInteger } from "@/lib/format/numbers";
import { stageLabel } from "@/lib/labels";
import { displayHost, httpUrlOrNull } from "@/lib/urls";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await getLocale();
  const investor = await getInvestorBySlug({ slug: (await params).slug });
  const t = await getTranslations("investors.profile");
  if (!investor) return { title: t("notFoundTitle") };
  const links = investor.people.filter((p) => p.alibaba.length > 0).map((p) => displayName(p.person, "person", locale));
  return {
    title: nameWithSecondary(investor, "other", locale),
    description: [
      t("metaBacked", { name: displayName(investor, "other", locale), count: investor.portfolioCount }),
      links.length ? t("metaLinks", { people: joinNames(links, locale) }) : null,
      t("metaTail"),
    ]
      .filter(Boolean)
      .join(" "),
  };
}

export default async function InvestorPage({ params, searchParams }: Props) {
  const locale = await getLocale();
  const slug = (await params).slug;
  const dated = await findDatedProfile(investorProfile, slug, (await searchParams).asOf);
  if ("problem" in dated) return <DatedVersionProblem message={dated.problem} path={`/investors/${slug}`} />;
  const investor = dated.profile;
  const notes = investor.sources;
  const record = { recordType: "ORGANIZATION" as const, recordId: investor.id };
  const website = httpUrlOrNull(investor.website);
  const [t, tf] = await Promise.all([getTranslations("investors.profile"), getTranslations("startups.fields")]);
  return (
    <ProfileArticle
      notes={notes}
      version={dated.version}
      title={displayName(investor, "other", locale)}
      path={`/investors/${investor.slug}`}
      gap="gap-10"
    >
      <PageHeader
        eyebrow={
          <Link href="/investors" className="hover:underline">
            {t("breadcrumb")}
          </Link>
        }
        title={
          <>
            {displayName(investor, "other", locale)}
            <Footnotes refs={fieldFootnotes(notes, record, "nameEn")} />
          </>
        }
        titleZh={secondaryName(investor, locale)}
      >
        {nameNote(investor, "other", locale) ? (
          <p className="text-xs text-ink-faint">{nameNote(investor, "other", locale)}</p>
        ) : null}
        <ConflictNote conflicts={recordConflicts(notes, record)} />
        {investor.aliases.length > 0 ? (
          <p className="text-sm">{t("aliases", { aliases: investor.aliases.join(", ") })}</p>
        ) : null}
        {investor.description ? (
          <p className="mt-2 text-base text-ink">
            <InEnglish>{investor.description}</InEnglish>
            <Footnotes refs={fieldFootnotes(notes, record, "description")} />
          </p>
        ) : null}
        {website ? (
          <p className="mt-1 text-sm">
            <a
              href={website}
              rel="noreferrer noopener nofollow"
              target="_blank"
              className="underline underline-offset-2"
            >
              {displayHost(website)}
            </a>
          </p>
        ) : null}
        <NetworkLink kind="investor" slug={investor.slug} name={displayName(investor, "other", locale)} />
      </PageHeader>

      <dl className="grid grid-cols-3 gap-px overflow-hidden rounded-lg border border-rule bg-rule">
        {[
          { label: t("portfolioStartups"), value: investor.portfolioCount },
          { label: t("rounds"), value: investor.roundCount },
          { label: t("roundsLed"), value: investor.leadCount },
        ].map((stat) => (
          <div key={stat.label} className="min-w-0 bg-paper px-3 py-3 sm:px-4">
            <dt className="text-[11px] font-medium tracking-wide break-words text-ink-muted uppercase sm:text-xs">
              {stat.label}
            </dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums">{formatInteger(stat.value)}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby="people-heading" className="grid grid-cols-1 gap-4">
        <h2 id="people-heading" className="text-lg font-semibold tracking-tight">
          {t("people")}
        </h2>
        {investor.people.length === 0 ? (
          <p className="text-sm text-ink-muted">{t("noPeople")}</p>
        ) : (
          <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
            {investor.people.map((person) => (
              <li
                key={person.employmentId}
                className="rounded-lg border border-rule bg-paper p-4"
                data-testid="investor-person"
              >
                <p className="font-semibold">
                  <Link href={`/founders/${person.person.slug}`} className="underline-offset-2 hover:underline">
                    <PersonName person={person.person} locale={locale} />
                  </Link>
                  {secondaryName(person.person, locale) ? (
                    <span lang={locale === "zh" ? "en" : "zh"} className="ml-2 font-normal text-ink-muted">
                      {secondaryName(person.person, locale)}
                    </span>
                  ) : null}
                </p>
                <p className="text-sm text-ink-muted">
                  {t("roleAt", {
                    role: person.role ?? t("roleNotReported"),
                    investor: displayName(investor, "other", locale),
                  })}
                  {person.startYear || person.endYear || person.isCurrent
                    ? ` · ${formatCareerYears(person, locale)}`
                    : null}
                  <Footnotes
                    refs={recordFootnotes(notes, { recordType: "EMPLOYMENT", recordId: person.employmentId })}
                  />
                </p>
                {person.note ? (
                  <p className="mt-1 text-xs text-ink-faint">
                    <InEnglish>{person.note}</InEnglish>
                  </p>
                ) : null}
                <div className="mt-3">
                  <p className="mb-2 text-xs font-medium tracking-wide text-ink-muted uppercase">{t("atAlibaba")}</p>
                  <CareerTimeline
                    steps={person.alibaba.map((step) => ({
                      ...step,
                      footnotes: recordFootnotes(notes, { recordType: "EMPLOYMENT", recordId: step.id }),
                      conflicts: recordConflicts(notes, { recordType: "EMPLOYMENT", recordId: step.id }),
                    }))}
                    empty={t("noAlibabaRole")}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="portfolio-heading" className="grid grid-cols-1 gap-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="portfolio-heading" className="text-lg font-semibold tracking-tight">
            {t("portfolio")}
          </h2>
          {investor.portfolioCount > 0 ? (
            <Link href={`/startups?investor=${investor.slug}`} className="text-sm underline underline-offset-2">
              {t("allInList", { count: formatInteger(investor.portfolioCount) })}
            </Link>
          ) : null}
        </div>
        {investor.portfolio.length === 0 ? (
          <p className="text-sm text-ink-muted">{t("noInvestments")}</p>
        ) : (
          <ul className="flex flex-wrap gap-2" data-testid="portfolio">
            {investor.portfolio.map((startup) => (
              <li key={startup.slug}>
                <Link
                  href={`/startups/${startup.slug}`}
                  className="inline-block rounded-md border border-rule bg-paper px-3 py-1.5 text-sm hover:border-ink-faint"
                >
                  <span className="font-medium">{displayName(startup, "other", locale)}</span>
                  <span className="text-ink-faint">
                    {" "}
                    {[startup.city, startup.foundedYear].filter(Boolean).join(" · ")}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      {investor.rounds.length > 0 ? (
        <section aria-labelledby="rounds-heading" className="grid grid-cols-1 gap-3">
          <h2 id="rounds-heading" className="text-lg font-semibold tracking-tight">
            {t("rounds")}
            {investor.roundCount > investor.rounds.length ? (
              <span className="ml-2 text-sm font-normal text-ink-muted">
                {t("mostRecent", {
                  shown: formatInteger(investor.rounds.length),
                  total: formatInteger(investor.roundCount),
                })}
              </span>
            ) : null}
          </h2>
          <div className="rounded-lg border border-rule bg-paper">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead className="pl-4">{t("startup")}</TableHead>
                  <TableHead>{t("date")}</TableHead>
                  <TableHead>{t("stage")}</TableHead>
                  <TableHead className="pr-4">{t("amount")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {investor.rounds.map((round) => (
                  <TableRow key={round.investmentId}>
                    <TableCell className="pl-4">
                      <Link
                        href={`/startups/${round.startup.slug}`}
                        className="font-medium underline decoration-rule underline-offset-2 hover:decoration-ink"
                      >
                        {displayName(round.startup, "other", locale)}
                      </Link>
                      {round.isLead ? (
                        <Badge variant="accent" className="ml-1.5">
                          {t("lead")}
                        </Badge>
                      ) : null}
                      <Footnotes
                        refs={recordFootnotes(notes, { recordType: "INVESTMENT", recordId: round.investmentId })}
                      />
                    </TableCell>
                    <TableCell className="whitespace-nowrap tabular-nums">
                      {formatReportedSpan(round) ?? <span className="text-ink-faint">{t("notReported")}</span>}
                    </TableCell>
                    <TableCell className="whitespace-nowrap">
                      {round.stageLabel ?? stageLabel(round.stage, locale)}
                    </TableCell>
                    <TableCell className="pr-4 tabular-nums">
                      <span className="whitespace-nowrap">{formatRoundAmount(round, locale)}</span>
                      <ConflictNote
                        conflicts={[
                          ...recordConflicts(notes, { recordType: "FUNDING_ROUND", recordId: round.id }),
                          ...recordConflicts(notes, { recordType: "INVESTMENT", recordId: round.investmentId }),
                        ]}
                        fieldLabels={{
                          announcedOn: tf("date"),
                          amountLow: tf("amount"),
                          amountHigh: tf("amount"),
                          stage: tf("stage"),
                          isLead: tf("lead"),
                        }}
                      />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </section>
      ) : null}
    </ProfileArticle>
  );
}
