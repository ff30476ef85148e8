import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { getSuggestionStatus } from "@/lib/data/suggestions";
import { formatWhen } from "@/lib/format/dates";
import { firstParam } from "@/lib/validation/search-params";
import { normalizeReference } from "@/lib/validation/suggestion";

export const metadata: Metadata = {
  title: "Suggestion status",
  description: "Follow a suggestion sent to Alumni Atlas by its reference number.",
  robots: { index: false },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_TEXT = {
  PENDING: "Waiting for an editor",
  ACCEPTED: "Accepted",
  REJECTED: "Not accepted",
} as const;

export default async function SuggestionStatusPage({ searchParams }: Props) {
  const query = await searchParams;
  const typed = firstParam(query, "ref");
  const reference = typed ? normalizeReference(typed) : null;
  const status = reference ? await getSuggestionStatus(reference) : null;
  const justSent = firstParam(query, "sent") === "1" && status !== null;
  return (
    <div className="grid max-w-3xl gap-8">
      <PageHeader eyebrow="Help us" title={justSent ? "Thank you" : "Suggestion status"} />
      {justSent && status ? (
        <Alert variant="success">
          <p className="font-medium">We have your suggestion. An editor will check it against its source.</p>
          <p className="mt-2">
            Your reference:{" "}
            <strong className="font-mono text-lg tracking-wider" data-testid="suggestion-reference">
              {status.reference}
            </strong>
          </p>
          <p className="mt-1 text-sm">
            Quote it if you write to us, and keep this page&rsquo;s address to see the decision.
          </p>
        </Alert>
      ) : null}
      {status ? (
        <section
          aria-labelledby="status-heading"
          className="grid gap-2 rounded-lg border border-rule bg-paper p-4 text-sm"
          data-testid="suggestion-status"
        >
          <h2 id="status-heading" className="flex flex-wrap items-center gap-2 text-base font-semibold">
            <span className="font-mono">{status.reference}</span>
            <Badge
              variant={status.status === "ACCEPTED" ? "tracked" : status.status === "REJECTED" ? "reported" : "neutral"}
            >
              {STATUS_TEXT[status.status]}
            </Badge>
          </h2>
          <p>{status.summary}</p>
          <p className="text-ink-muted">
            Sent {formatWhen(status.createdAt)}
            {status.decidedAt ? ` · decided ${formatWhen(status.decidedAt)}` : ""}
          </p>
          {status.reason ? (
            <p>
              <span className="text-ink-muted">Why:</span> {status.reason}
            </p>
          ) : null}
          {status.resultHref ? (
            <p>
              <Link href={status.resultHref} className="underline">
                See it on the site
              </Link>
            </p>
          ) : null}
        </section>
      ) : typed ? (
        <Alert variant="warning">
          {reference
            ? `No suggestion has the reference ${reference}. Check it letter by letter: it is “S-” and eight letters or digits.`
            : "That is not a suggestion reference: it is “S-” and eight letters or digits, such as S-7K3M9QXA."}
        </Alert>
      ) : null}
      <form method="get" action="/suggest/status" className="grid max-w-md gap-2" role="search">
        <Label htmlFor="ref">Look up a reference</Label>
        <div className="flex gap-2">
          <Input id="ref" name="ref" defaultValue={typed ?? ""} placeholder="S-7K3M9QXA" className="font-mono" />
          <Button type="submit" variant="outline">
            Look up
          </Button>
        </div>
      </form>
      <p className="text-sm text-ink-muted">
        <Link href="/suggest" className="underline">
          Suggest another start-up
        </Link>
      </p>
    </div>
  );
}
