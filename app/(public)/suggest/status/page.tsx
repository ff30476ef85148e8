import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/i18n/link";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { getSuggestionStatus } from "@/lib/data/suggestions";
import { formatWhen } from "@/lib/format/dates";
import { localizedPath } from "@/lib/i18n/locales";
import { firstParam } from "@/lib/validation/search-params";
import { normalizeReference } from "@/lib/validation/suggestion";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("suggest.meta");
  return { title: t("statusTitle"), description: t("statusDescription"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SuggestionStatusPage({ searchParams }: Props) {
  const [t, suggest, locale, query] = await Promise.all([
    getTranslations("suggest.status"),
    getTranslations("suggest"),
    getLocale(),
    searchParams,
  ]);
  const typed = firstParam(query, "ref");
  const reference = typed ? normalizeReference(typed) : null;
  const status = reference ? await getSuggestionStatus(reference, locale) : null;
  const justSent = firstParam(query, "sent") === "1" && status !== null;
  return (
    <div className="grid max-w-3xl gap-8">
      <PageHeader eyebrow={suggest("eyebrow")} title={justSent ? t("thanks") : t("title")} />
      {justSent && status ? (
        <Alert variant="success">
          <p className="font-medium">{t("received")}</p>
          <p className="mt-2">
            {t("yourReference")}{" "}
            <strong className="font-mono text-lg tracking-wider" data-testid="suggestion-reference">
              {status.reference}
            </strong>
          </p>
          <p className="mt-1 text-sm">{t("keep")}</p>
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
              {t(`states.${status.status}`)}
            </Badge>
          </h2>
          <p>{status.summary}</p>
          <p className="text-ink-muted">
            {t("sent", { when: formatWhen(status.createdAt) })}
            {status.decidedAt ? t("decided", { when: formatWhen(status.decidedAt) }) : ""}
          </p>
          {status.reason ? (
            <p>
              <span className="text-ink-muted">{t("why")}</span> {status.reason}
            </p>
          ) : null}
          {status.resultHref ? (
            <p>
              <Link href={status.resultHref} className="underline">
                {t("seeIt")}
              </Link>
            </p>
          ) : null}
        </section>
      ) : typed ? (
        <Alert variant="warning">{reference ? t("notFound", { reference }) : t("notReference")}</Alert>
      ) : null}
      <form
        method="get"
        action={localizedPath("/suggest/status", locale)}
        className="grid max-w-md gap-2"
        role="search"
      >
        <Label htmlFor="ref">{t("lookupLabel")}</Label>
        <div className="flex gap-2">
          <Input id="ref" name="ref" defaultValue={typed ?? ""} placeholder="S-7K3M9QXA" className="font-mono" />
          <Button type="submit" variant="outline">
            {t("lookup")}
          </Button>
        </div>
      </form>
      <p className="text-sm text-ink-muted">
        <Link href="/suggest" className="underline">
          {t("another")}
        </Link>
      </p>
    </div>
  );
}
