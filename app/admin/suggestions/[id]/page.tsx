import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminPageHeader } from "@/components/admin/page-header";
import { RecordForm } from "@/components/admin/record-form";
import { Link } from "@/components/i18n/link";
import { RejectSuggestionForm } from "@/components/suggestions/reject-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import {
  acceptFactSuggestionAction,
  acceptStartupSuggestionAction,
  rejectSuggestionAction,
} from "@/lib/actions/suggestions";
import { getRecordForEdit } from "@/lib/data/admin/read";
import { getSuggestionForReview, type SuggestionForReview } from "@/lib/data/suggestions";
import { formatWhen } from "@/lib/format/dates";
import { newSubmissionKey } from "@/lib/forms/submission-key";
import { firstParam, idParam } from "@/lib/validation/search-params";
import { entityMessageKey } from "@/lib/i18n/admin-entities";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("admin.review");
  return { title: t("metaTitle", { id: (await params).id }) };
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 sm:grid-cols-[10rem_1fr] sm:gap-3">
      <dt className="text-ink-muted">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

async function Submitted({ suggestion }: { suggestion: SuggestionForReview }) {
  const t = await getTranslations("admin");
  const zh = (text: string | null) => (text && /\p{Script=Han}/u.test(text) ? "zh" : undefined);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("review.sentTitle")}</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-2 text-sm">
          {suggestion.kind === "STARTUP" ? (
            <>
              {suggestion.nameEn ? <Row label={t("review.rows.nameEn")}>{suggestion.nameEn}</Row> : null}
              {suggestion.nameZh ? (
                <Row label={t("review.rows.nameZh")}>
                  <span lang="zh">{suggestion.nameZh}</span>
                </Row>
              ) : null}
              {suggestion.website ? <Row label={t("review.rows.website")}>{suggestion.website}</Row> : null}
              {suggestion.cityName ? <Row label={t("review.rows.city")}>{suggestion.cityName}</Row> : null}
              {suggestion.foundedYear ? <Row label={t("review.rows.founded")}>{suggestion.foundedYear}</Row> : null}
              {suggestion.founders ? (
                <Row label={t("review.rows.founders")}>
                  <span lang={zh(suggestion.founders)}>{suggestion.founders}</span>
                </Row>
              ) : null}
              {suggestion.alibabaLink ? <Row label={t("review.rows.alibabaLink")}>{suggestion.alibabaLink}</Row> : null}
            </>
          ) : (
            <>
              <Row label={t("review.rows.fact")}>
                {suggestion.target ? (
                  <>
                    {t(`entities.${entityMessageKey(suggestion.target.key)}.one`)}{" "}
                    <strong>{suggestion.target.recordLabel}</strong>, {suggestion.target.fieldLabel}
                  </>
                ) : (
                  t("review.goneRecord", {
                    kind: suggestion.targetType?.toLowerCase().replaceAll("_", " ") ?? "",
                    id: String(suggestion.targetId),
                  })
                )}
              </Row>
              <Row label={t("review.rows.shown")}>{suggestion.currentValue ?? <em>{t("review.notRecorded")}</em>}</Row>
              <Row label={t("review.rows.proposed")}>
                <strong lang={zh(suggestion.proposedValue)}>{suggestion.proposedValue}</strong>
              </Row>
            </>
          )}
          <Row label={t("review.rows.source")}>
            <a href={suggestion.sourceUrl} target="_blank" rel="noreferrer noopener" className="break-all underline">
              {suggestion.sourceUrl}
            </a>
          </Row>
          {suggestion.sourceQuote ? (
            <Row label={t("review.rows.quote")}>
              <blockquote lang={zh(suggestion.sourceQuote)} className="border-l-2 border-accent pl-2">
                {suggestion.sourceQuote}
              </blockquote>
            </Row>
          ) : null}
          {suggestion.comment ? <Row label={t("review.rows.comment")}>{suggestion.comment}</Row> : null}
          {suggestion.contactEmail ? <Row label={t("review.rows.contact")}>{suggestion.contactEmail}</Row> : null}
          <Row label={t("review.rows.sent")}>{formatWhen(suggestion.createdAt)}</Row>
        </dl>
      </CardContent>
    </Card>
  );
}

export default async function ReviewSuggestionPage({ params, searchParams }: Props) {
  const id = idParam((await params).id);
  if (id === null) notFound();
  const suggestion = await getSuggestionForReview(id);
  if (!suggestion) notFound();
  const decided = firstParam(await searchParams, "decided");
  const record =
    suggestion.status === "PENDING" && suggestion.target
      ? await getRecordForEdit({
          key: suggestion.target.key,
          id: suggestion.target.recordId,
          locale: await getLocale(),
        })
      : null;
  const t = await getTranslations("admin.review");
  return (
    <>
      <AdminPageHeader
        title={t("title", { reference: suggestion.reference })}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge variant={suggestion.kind === "STARTUP" ? "tracked" : "reported"}>
              {t(suggestion.kind === "STARTUP" ? "missingStartup" : "flaggedFact")}
            </Badge>
            <Badge data-testid="suggestion-status">{t(`status.${suggestion.status}`)}</Badge>
            <Link href="/admin/suggestions" className="underline">
              {t("back")}
            </Link>
          </span>
        }
      />
      {decided && suggestion.status !== "PENDING" ? (
        <Alert variant="success" className="mb-4">
          {t(suggestion.status === "ACCEPTED" ? "acceptedNotice" : "rejectedNotice")}
        </Alert>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <div className="grid min-w-0 content-start gap-6">
          {suggestion.status !== "PENDING" ? (
            <Card>
              <CardHeader>
                <CardTitle>{t("decision")}</CardTitle>
              </CardHeader>
              <CardContent className="grid gap-2 text-sm">
                <p>
                  {t(suggestion.status === "ACCEPTED" ? "acceptedBy" : "rejectedBy", {
                    name: suggestion.decidedByName ?? "",
                    when: suggestion.decidedAt ? formatWhen(suggestion.decidedAt) : "",
                  })}
                </p>
                {suggestion.decisionReason ? <p>{t("reason", { reason: suggestion.decisionReason })}</p> : null}
                {suggestion.resultHref ? (
                  <p>
                    <Link href={suggestion.resultHref} className="underline" data-testid="suggestion-result">
                      {t("openRecord")}
                    </Link>
                  </p>
                ) : null}
                {suggestion.status === "ACCEPTED" && suggestion.kind === "STARTUP" && suggestion.resultHref ? (
                  <p className="text-ink-muted">
                    {t.rich("next", {
                      founders: suggestion.founders ? ` (${suggestion.founders})` : "",
                      person: (chunks) => (
                        <Link href="/admin/people/new" className="underline">
                          {chunks}
                        </Link>
                      ),
                      founding: (chunks) => (
                        <Link
                          href={`/admin/foundings/new?startupId=${suggestion.resultHref?.split("/")[3]}`}
                          className="underline"
                        >
                          {chunks}
                        </Link>
                      ),
                    })}
                  </p>
                ) : null}
              </CardContent>
            </Card>
          ) : suggestion.kind === "STARTUP" ? (
            <section aria-labelledby="accept-heading" className="grid gap-3">
              <div>
                <h2 id="accept-heading" className="text-lg font-semibold">
                  {t("acceptStartup")}
                </h2>
                <p className="text-sm text-ink-muted">{t("acceptStartupHelp")}</p>
              </div>
              <RecordForm
                entity="startups"
                action={acceptStartupSuggestionAction.bind(null, suggestion.id)}
                initialValues={suggestion.prefill}
                existingCitations={[]}
                canCite
                submitLabel={t("acceptStartupSubmit")}
                submissionKey={newSubmissionKey()}
              />
            </section>
          ) : record && suggestion.target ? (
            <section aria-labelledby="accept-heading" className="grid gap-3">
              <div>
                <h2 id="accept-heading" className="text-lg font-semibold">
                  {t("acceptFact", { label: suggestion.target.recordLabel })}
                </h2>
                <p className="text-sm text-ink-muted">{t("acceptFactHelp", { field: suggestion.target.fieldLabel })}</p>
              </div>
              <RecordForm
                entity={suggestion.target.key}
                action={acceptFactSuggestionAction.bind(null, suggestion.id, suggestion.target.key)}
                initialValues={{ ...record.values, ...suggestion.prefill }}
                recordId={record.id}
                version={record.version}
                existingCitations={record.citations}
                canCite
                submitLabel={t("acceptFactSubmit")}
              />
            </section>
          ) : (
            <Alert variant="warning">{t("gone")}</Alert>
          )}
        </div>
        {/* On a phone what the reader sent comes first, before the long form it prefills. */}
        <aside aria-label={t("aside")} className="order-first grid content-start gap-4 xl:order-last">
          <Submitted suggestion={suggestion} />
          {suggestion.status === "PENDING" ? (
            <Card>
              <CardHeader>
                <CardTitle>{t("reject")}</CardTitle>
              </CardHeader>
              <CardContent>
                <RejectSuggestionForm action={rejectSuggestionAction.bind(null, suggestion.id)} />
              </CardContent>
            </Card>
          ) : null}
        </aside>
      </div>
    </>
  );
}
