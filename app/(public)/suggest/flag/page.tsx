import type { Metadata } from "next";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Link } from "@/components/i18n/link";
import { SuggestionForm } from "@/components/suggestions/suggestion-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getFlagTarget } from "@/lib/data/suggestions";
import { CitationRecordType } from "@/lib/generated/prisma/enums";
import { firstParam, idParam } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("suggest.meta");
  return { title: t("flagTitle"), description: t("flagDescription") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const recordTypeSchema = z.enum(CitationRecordType);

export default async function FlagFactPage({ searchParams }: Props) {
  const [t, locale, messages, query] = await Promise.all([
    getTranslations("suggest"),
    getLocale(),
    getMessages(),
    searchParams,
  ]);
  const recordType = recordTypeSchema.safeParse(firstParam(query, "record")).data;
  const id = idParam(firstParam(query, "id") ?? "");
  const field = firstParam(query, "field") ?? null;
  const target = recordType && id !== null ? await getFlagTarget({ recordType, recordId: id, field, locale }) : null;
  return (
    <div className="grid max-w-3xl gap-8">
      <PageHeader eyebrow={t("eyebrow")} title={t("flag.title")}>
        <p className="text-sm text-ink-muted">{t("flag.lead")}</p>
      </PageHeader>
      {target ? (
        <>
          <section
            aria-labelledby="flagged-heading"
            className="grid gap-1 rounded-lg border border-rule bg-paper p-4 text-sm"
            data-testid="flagged-fact"
          >
            <h2 id="flagged-heading" className="text-xs font-medium tracking-wide text-ink-muted uppercase">
              {t("flag.heading")}
            </h2>
            <p>
              <span className="text-ink-muted">
                {locale === "en" ? `${target.kindLabel}:` : `${t(`flag.kinds.${target.recordType}`)}：`}
              </span>{" "}
              <strong lang={/\p{Script=Han}/u.test(target.recordLabel) ? "zh" : undefined}>{target.recordLabel}</strong>
            </p>
            <p>
              <span className="text-ink-muted">{target.field ? t("flag.field") : t("flag.what")}</span>{" "}
              {target.field ? target.fieldLabel : t("flag.wholeRecord")}
            </p>
            {target.field ? (
              <p>
                <span className="text-ink-muted">{t("flag.shownNow")}</span>{" "}
                {target.currentValue ? <q>{target.currentValue}</q> : <em>{t("flag.notRecorded")}</em>}
              </p>
            ) : null}
          </section>
          <SuggestionForm
            kind="fact"
            words={messages.suggest.form}
            validation={locale === "en" ? null : messages.suggest.validation}
            locale={locale}
            hidden={{
              targetType: target.recordType,
              targetId: String(target.recordId),
              targetField: target.field ?? "",
            }}
          />
        </>
      ) : (
        <Alert variant="warning">
          {t.rich("flag.notAFact", {
            link: (chunks) => (
              <Link href="/suggest" className="underline">
                {chunks}
              </Link>
            ),
          })}
        </Alert>
      )}
    </div>
  );
}
