import type { Metadata } from "next";
import Link from "next/link";
import { SuggestionForm } from "@/components/suggestions/suggestion-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = {
  title: "Suggest a start-up",
  description:
    "Tell us about an AI start-up founded by former Alibaba Group staff that this database does not track yet. No account needed; a source is.",
};

export default function SuggestStartupPage() {
  return (
    <div className="grid max-w-3xl gap-8">
      <PageHeader eyebrow="Help us" title="Suggest a start-up">
        <p className="text-sm text-ink-muted">
          Know an AI start-up founded by someone who worked at Alibaba Group that is missing here? Tell us where you
          read about it. An editor checks the source, then adds it with its citations; nothing you send appears on the
          site until then. You get a reference number to follow it.{" "}
          <Link href="/reported-figures#missing" className="underline">
            Why so many are missing
          </Link>
          .
        </p>
      </PageHeader>
      <SuggestionForm kind="startup" />
      <p className="text-sm text-ink-muted">
        Already sent one?{" "}
        <Link href="/suggest/status" className="underline">
          Look up a suggestion by its reference
        </Link>
        .
      </p>
    </div>
  );
}
