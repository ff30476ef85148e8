import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { SuggestionForm } from "@/components/suggestions/suggestion-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getFlagTarget } from "@/lib/data/suggestions";
import { CitationRecordType } from "@/lib/generated/prisma/enums";
import { firstParam, idParam } from "@/lib/validation/search-params";

export const metadata: Metadata = {
  title: "Flag this fact",
  description: "Tell the editors a fact on Alumni Atlas is wrong, with the source that says otherwise.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const recordTypeSchema = z.enum(CitationRecordType);

export default async function FlagFactPage({ searchParams }: Props) {
  const query = await searchParams;
  const recordType = recordTypeSchema.safeParse(firstParam(query, "record")).data;
  const id = idParam(firstParam(query, "id") ?? "");
  const field = firstParam(query, "field") ?? null;
  const target = recordType && id !== null ? await getFlagTarget({ recordType, recordId: id, field }) : null;
  return (
    <div className="grid max-w-3xl gap-8">
      <PageHeader eyebrow="Help us" title="Flag this fact">
        <p className="text-sm text-ink-muted">
          Think a fact here is wrong or out of date? Tell us what your source says. An editor checks it and corrects the
          record (or records the disagreement beside it, with both sources); nothing changes on the site until then.
        </p>
      </PageHeader>
      {target ? (
        <>
          <section
            aria-labelledby="flagged-heading"
            className="grid gap-1 rounded-lg border border-rule bg-paper p-4 text-sm"
            data-testid="flagged-fact"
          >
            <h2 id="flagged-heading" className="text-xs font-medium tracking-wide text-ink-muted uppercase">
              The fact you are flagging
            </h2>
            <p>
              <span className="text-ink-muted">{target.kindLabel}:</span>{" "}
              <strong lang={/\p{Script=Han}/u.test(target.recordLabel) ? "zh" : undefined}>{target.recordLabel}</strong>
            </p>
            <p>
              <span className="text-ink-muted">{target.field ? "Field" : "What"}:</span> {target.fieldLabel}
            </p>
            {target.field ? (
              <p>
                <span className="text-ink-muted">Shown now:</span>{" "}
                {target.currentValue ? <q>{target.currentValue}</q> : <em>not recorded</em>}
              </p>
            ) : null}
          </section>
          <SuggestionForm
            kind="fact"
            hidden={{
              targetType: target.recordType,
              targetId: String(target.recordId),
              targetField: target.field ?? "",
            }}
          />
        </>
      ) : (
        <Alert variant="warning">
          This link does not point at a fact shown on this site (the record may have been removed, or the link was cut
          short). Open the page with the fact and use the “Flag this fact” link in its footnote, or{" "}
          <Link href="/suggest" className="underline">
            suggest a missing start-up
          </Link>
          .
        </Alert>
      )}
    </div>
  );
}
