import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AdminPageHeader } from "@/components/admin/page-header";
import { RecordForm } from "@/components/admin/record-form";
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

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Suggestion #${(await params).id}` };
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 sm:grid-cols-[10rem_1fr] sm:gap-3">
      <dt className="text-ink-muted">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

function Submitted({ suggestion }: { suggestion: SuggestionForReview }) {
  const zh = (text: string | null) => (text && /\p{Script=Han}/u.test(text) ? "zh" : undefined);
  return (
    <Card>
      <CardHeader>
        <CardTitle>What the reader sent</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-2 text-sm">
          {suggestion.kind === "STARTUP" ? (
            <>
              {suggestion.nameEn ? <Row label="English name">{suggestion.nameEn}</Row> : null}
              {suggestion.nameZh ? (
                <Row label="Chinese name">
                  <span lang="zh">{suggestion.nameZh}</span>
                </Row>
              ) : null}
              {suggestion.website ? <Row label="Website">{suggestion.website}</Row> : null}
              {suggestion.cityName ? <Row label="City">{suggestion.cityName}</Row> : null}
              {suggestion.foundedYear ? <Row label="Founded">{suggestion.foundedYear}</Row> : null}
              {suggestion.founders ? (
                <Row label="Founders">
                  <span lang={zh(suggestion.founders)}>{suggestion.founders}</span>
                </Row>
              ) : null}
              {suggestion.alibabaLink ? <Row label="Link to Alibaba">{suggestion.alibabaLink}</Row> : null}
            </>
          ) : (
            <>
              <Row label="Fact">
                {suggestion.target ? (
                  <>
                    {suggestion.target.kindLabel} <strong>{suggestion.target.recordLabel}</strong>,{" "}
                    {suggestion.target.fieldLabel}
                  </>
                ) : (
                  `${suggestion.targetType?.toLowerCase().replaceAll("_", " ")} #${suggestion.targetId} (no longer exists)`
                )}
              </Row>
              <Row label="Shown when flagged">{suggestion.currentValue ?? <em>not recorded</em>}</Row>
              <Row label="Proposed">
                <strong lang={zh(suggestion.proposedValue)}>{suggestion.proposedValue}</strong>
              </Row>
            </>
          )}
          <Row label="Source">
            <a href={suggestion.sourceUrl} target="_blank" rel="noreferrer noopener" className="break-all underline">
              {suggestion.sourceUrl}
            </a>
          </Row>
          {suggestion.sourceQuote ? (
            <Row label="Quote">
              <blockquote lang={zh(suggestion.sourceQuote)} className="border-l-2 border-accent pl-2">
                {suggestion.sourceQuote}
              </blockquote>
            </Row>
          ) : null}
          {suggestion.comment ? <Row label="Comment">{suggestion.comment}</Row> : null}
          {suggestion.contactEmail ? <Row label="Contact">{suggestion.contactEmail}</Row> : null}
          <Row label="Sent">{formatWhen(suggestion.createdAt)}</Row>
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
      ? await getRecordForEdit({ key: suggestion.target.key, id: suggestion.target.recordId })
      : null;
  return (
    <>
      <AdminPageHeader
        title={`Suggestion ${suggestion.reference}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge variant={suggestion.kind === "STARTUP" ? "tracked" : "reported"}>
              {suggestion.kind === "STARTUP" ? "missing start-up" : "flagged fact"}
            </Badge>
            <Badge data-testid="suggestion-status">{suggestion.status.toLowerCase()}</Badge>
            <Link href="/admin/suggestions" className="underline">
              Back to the queue
            </Link>
          </span>
        }
      />
      {decided && suggestion.status !== "PENDING" ? (
        <Alert variant="success" className="mb-4">
          {suggestion.status === "ACCEPTED"
            ? "Accepted: the records, their citations and their history are saved, and the public pages show them now."
            : "Rejected: the reason is recorded, and the reader sees it under their reference. Nothing else was written."}
        </Alert>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <div className="grid min-w-0 content-start gap-6">
          {suggestion.status !== "PENDING" ? (
            <Card>
              <CardHeader>
                <CardTitle>Decision</CardTitle>
              </CardHeader>
              <CardContent className="grid gap-2 text-sm">
                <p>
                  {suggestion.status === "ACCEPTED" ? "Accepted" : "Rejected"} by {suggestion.decidedByName},{" "}
                  {suggestion.decidedAt ? formatWhen(suggestion.decidedAt) : ""}.
                </p>
                {suggestion.decisionReason ? <p>Reason: {suggestion.decisionReason}</p> : null}
                {suggestion.resultHref ? (
                  <p>
                    <Link href={suggestion.resultHref} className="underline" data-testid="suggestion-result">
                      Open the record
                    </Link>
                  </p>
                ) : null}
                {suggestion.status === "ACCEPTED" && suggestion.kind === "STARTUP" && suggestion.resultHref ? (
                  <p className="text-ink-muted">
                    Next: add the founders the reader named
                    {suggestion.founders ? ` (${suggestion.founders})` : ""} with{" "}
                    <Link href="/admin/people/new" className="underline">
                      a new person
                    </Link>{" "}
                    and{" "}
                    <Link
                      href={`/admin/foundings/new?startupId=${suggestion.resultHref.split("/")[3]}`}
                      className="underline"
                    >
                      a founding of this start-up
                    </Link>
                    , each with its source.
                  </p>
                ) : null}
              </CardContent>
            </Card>
          ) : suggestion.kind === "STARTUP" ? (
            <section aria-labelledby="accept-heading" className="grid gap-3">
              <div>
                <h2 id="accept-heading" className="text-lg font-semibold">
                  Accept: create the start-up
                </h2>
                <p className="text-sm text-ink-muted">
                  Prefilled from the suggestion, with the reader&rsquo;s source attached. Check the source, correct and
                  complete the fields, then save: the start-up, its citations and their history are written together
                  with the decision.
                </p>
              </div>
              <RecordForm
                entity="startups"
                action={acceptStartupSuggestionAction.bind(null, suggestion.id)}
                initialValues={suggestion.prefill}
                existingCitations={[]}
                canCite
                submitLabel="Accept and create start-up"
                submissionKey={newSubmissionKey()}
              />
            </section>
          ) : record && suggestion.target ? (
            <section aria-labelledby="accept-heading" className="grid gap-3">
              <div>
                <h2 id="accept-heading" className="text-lg font-semibold">
                  Accept: correct {suggestion.target.recordLabel}
                </h2>
                <p className="text-sm text-ink-muted">
                  The record&rsquo;s edit form with the proposed value filled in (where it is text) and the
                  reader&rsquo;s source attached to {suggestion.target.fieldLabel}. To keep the current value and record
                  the disagreement instead, put the old value back and enter the proposed one as the source&rsquo;s
                  &ldquo;value stated&rdquo;.
                </p>
              </div>
              <RecordForm
                entity={suggestion.target.key}
                action={acceptFactSuggestionAction.bind(null, suggestion.id, suggestion.target.key)}
                initialValues={{ ...record.values, ...suggestion.prefill }}
                recordId={record.id}
                version={record.version}
                existingCitations={record.citations}
                canCite
                submitLabel="Accept and save correction"
              />
            </section>
          ) : (
            <Alert variant="warning">The flagged record no longer exists; the suggestion can only be rejected.</Alert>
          )}
        </div>
        {/* On a phone what the reader sent comes first, before the long form it prefills. */}
        <aside aria-label="The suggestion" className="order-first grid content-start gap-4 xl:order-last">
          <Submitted suggestion={suggestion} />
          {suggestion.status === "PENDING" ? (
            <Card>
              <CardHeader>
                <CardTitle>Reject</CardTitle>
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
