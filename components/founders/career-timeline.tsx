import { getLocale, getTranslations } from "next-intl/server";
import { InEnglish } from "@/components/i18n/in-english";
import { Link } from "@/components/i18n/link";
import { ConflictNote } from "@/components/sources/conflict-note";
import { Footnotes } from "@/components/sources/footnotes";
import { formatCareerYears } from "@/lib/format/dates";
import { displayName, secondaryName } from "@/lib/format/names";
import type { Locale } from "@/lib/i18n/locales";
import type { CareerStep } from "@/lib/data/careers";
import type { Conflict, FootnoteRef } from "@/lib/data/citations";
import { cn } from "@/lib/utils";

export type TimelineStep = CareerStep & { footnotes?: FootnoteRef[]; conflicts?: Conflict[] };

/** Which field label (startups.fields) each of a job's fields is shown under. */
const EMPLOYMENT_FIELDS = {
  role: "role",
  startYear: "startYear",
  startMonth: "startMonth",
  endYear: "endYear",
  endMonth: "endMonth",
  isCurrent: "isCurrent",
  organization: "unit",
  note: "note",
} as const;

/**
 * A career as a vertical timeline: each job with its unit and the unit's parents, the role and the
 * years as reported. Alibaba units are marked in the accent colour and link to their unit page.
 */
export async function CareerTimeline({ steps, empty }: { steps: TimelineStep[]; empty?: string }) {
  const locale = await getLocale();
  const [t, tf] = await Promise.all([getTranslations("startups.career"), getTranslations("startups.fields")]);
  if (steps.length === 0) return <p className="text-sm text-ink-muted">{empty ?? t("empty")}</p>;
  const fieldLabels = Object.fromEntries(Object.entries(EMPLOYMENT_FIELDS).map(([field, key]) => [field, tf(key)]));
  return (
    <ol className="relative grid gap-4 border-l-2 border-rule pl-5" data-testid="career-timeline">
      {steps.map((step) => (
        <li key={step.id} className="relative">
          <span
            aria-hidden
            className={cn(
              "absolute top-1.5 -left-[1.6rem] size-3 rounded-full border-2 border-paper",
              step.alibaba ? "bg-accent" : "bg-ink-faint",
            )}
          />
          <p className="font-mono text-xs text-ink-muted tabular-nums">{formatCareerYears(step, locale)}</p>
          <p className="text-sm font-medium text-ink">
            {step.role ?? t("roleNotReported")}
            <Footnotes refs={step.footnotes ?? []} />
          </p>
          <p className="text-sm text-ink-muted">
            {[...step.parents, step.organization].map((organization, index) => (
              <span key={organization.slug}>
                {index > 0 ? (
                  <span aria-hidden className="px-1 text-ink-faint">
                    ›
                  </span>
                ) : null}
                <OrganizationLink organization={organization} locale={locale} />
              </span>
            ))}
          </p>
          {step.note ? (
            <p className="mt-0.5 text-xs text-ink-faint">
              <InEnglish>{step.note}</InEnglish>
            </p>
          ) : null}
          <ConflictNote conflicts={step.conflicts ?? []} fieldLabels={fieldLabels} />
        </li>
      ))}
    </ol>
  );
}

function OrganizationLink({ organization, locale }: { organization: CareerStep["organization"]; locale: Locale }) {
  const href =
    organization.kind === "ALIBABA_UNIT"
      ? `/units/${organization.slug}`
      : organization.kind === "INVESTMENT_FIRM"
        ? `/investors/${organization.slug}`
        : null;
  const name = (
    <>
      {displayName(organization, "other", locale)}
      {secondaryName(organization, locale) ? (
        <span lang={locale === "zh" ? "en" : "zh"} className="ml-1 text-ink-faint">
          {secondaryName(organization, locale)}
        </span>
      ) : null}
    </>
  );
  return href ? (
    <Link href={href} className="underline decoration-rule underline-offset-2 hover:decoration-ink">
      {name}
    </Link>
  ) : (
    <span>{name}</span>
  );
}
