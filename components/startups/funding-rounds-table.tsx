import { getLocale, getTranslations } from "next-intl/server";
import { InEnglish } from "@/components/i18n/in-english";
import { Link } from "@/components/i18n/link";
import { ConflictNote } from "@/components/sources/conflict-note";
import { Footnotes } from "@/components/sources/footnotes";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Conflict, FootnoteRef } from "@/lib/data/citations";
import type { FundingRoundView } from "@/lib/data/startups/profile";
import { formatReportedSpan } from "@/lib/format/dates";
import { formatRoundAmount, formatUsdEstimate } from "@/lib/format/money";
import { displayName } from "@/lib/format/names";
import { stageLabel } from "@/lib/labels";
import { cn } from "@/lib/utils";

export type RoundRow = FundingRoundView & {
  footnotes: FootnoteRef[];
  investorFootnotes: Record<number, FootnoteRef[]>;
  /** Conflicting claims about the round (amount, date, stage …) and about its investments. */
  conflicts: Conflict[];
};

/** Which field label (startups.fields) each of a round's fields is shown under. */
const ROUND_FIELDS = {
  announcedOn: "date",
  datePrecision: "date",
  stage: "stage",
  stageLabel: "stage",
  amountKind: "amount",
  amountText: "amount",
  amountLow: "amount",
  amountHigh: "amount",
  currency: "currency",
  amountUsdLow: "amountUsd",
  amountUsdHigh: "amountUsd",
  note: "note",
  organization: "investor",
  person: "investor",
  isLead: "lead",
} as const;

// On a phone a round is a card: each cell on its own line, named by its column, the investors and
// the note below at full width (no column squeezes the note to one word a line).
const STACKED =
  "max-sm:flex max-sm:gap-3 max-sm:px-3 max-sm:py-1 max-sm:before:w-20 max-sm:before:shrink-0 max-sm:before:text-xs max-sm:before:font-semibold max-sm:before:tracking-wide max-sm:before:text-ink-muted max-sm:before:uppercase max-sm:before:content-[attr(data-label)]";

/** A start-up's rounds: date as precise as reported, stage, amount as reported, investors with the lead marked. */
export async function FundingRoundsTable({ rounds }: { rounds: RoundRow[] }) {
  const locale = await getLocale();
  const [t, tf] = await Promise.all([getTranslations("startups.rounds"), getTranslations("startups.fields")]);
  if (rounds.length === 0) return <p className="text-sm text-ink-muted">{t("none")}</p>;
  const fieldLabels = Object.fromEntries(Object.entries(ROUND_FIELDS).map(([field, key]) => [field, tf(key)]));
  return (
    <Table data-testid="funding-rounds" className="max-sm:block">
      <TableHeader className="max-sm:sr-only">
        <TableRow>
          <TableHead>{t("date")}</TableHead>
          <TableHead>{t("stage")}</TableHead>
          <TableHead>{t("amount")}</TableHead>
          <TableHead className="min-w-48">{t("investors")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody className="max-sm:block">
        {rounds.map((round) => (
          <TableRow key={round.id} className="max-sm:block max-sm:py-2">
            <TableCell data-label={t("date")} className={cn(STACKED, "whitespace-nowrap tabular-nums")}>
              {formatReportedSpan(round) ?? <span className="text-ink-faint">{t("notReported")}</span>}
            </TableCell>
            <TableCell data-label={t("stage")} className={cn(STACKED, "whitespace-nowrap")}>
              <span>
                {round.stageLabel ?? stageLabel(round.stage, locale)}
                <Footnotes refs={round.footnotes} />
              </span>
            </TableCell>
            <TableCell data-label={t("amount")} className={cn(STACKED, "whitespace-nowrap tabular-nums")}>
              <div>
                {round.amountKind === "UNDISCLOSED" ? (
                  <span className="text-ink-muted">{t("undisclosed")}</span>
                ) : (
                  formatRoundAmount(round, locale)
                )}
                {round.amountText ? (
                  <span
                    className="block text-xs whitespace-normal text-ink-muted"
                    lang={/[\u3400-\u9fff]/.test(round.amountText) ? "zh-Hans" : undefined}
                  >
                    {t("asReported", { text: round.amountText })}
                  </span>
                ) : null}
                {round.usdEstimate ? (
                  <span className="block text-xs whitespace-normal text-ink-faint" data-testid="usd-estimate">
                    {formatUsdEstimate(round, round.usdEstimate, locale)}
                    {round.usdEstimate.converted ? (
                      <>
                        {" "}
                        (
                        <a
                          href={round.usdEstimate.rate.source.url}
                          rel="noreferrer noopener nofollow"
                          className="underline decoration-rule underline-offset-2 hover:decoration-ink"
                        >
                          {round.usdEstimate.rate.source.publisher}
                        </a>
                        )
                      </>
                    ) : null}
                  </span>
                ) : null}
              </div>
            </TableCell>
            <TableCell data-label={t("investors")} className={cn(STACKED, "max-sm:block max-sm:before:block")}>
              {round.investors.length === 0 ? (
                <span className="text-ink-faint">{t("notReported")}</span>
              ) : (
                <ul className="grid grid-cols-1 gap-0.5">
                  {round.investors.map((investor) => (
                    <li key={investor.id}>
                      <Link
                        href={
                          investor.kind === "organization"
                            ? `/investors/${investor.slug}`
                            : `/founders/${investor.slug}`
                        }
                        className="underline decoration-rule underline-offset-2 hover:decoration-ink"
                      >
                        {displayName(investor, investor.kind === "person" ? "person" : "other", locale)}
                      </Link>
                      {investor.kind === "person" ? (
                        <span className="text-xs text-ink-faint">{t("personal")}</span>
                      ) : null}
                      {investor.isLead ? (
                        <Badge variant="accent" className="ml-1.5">
                          {t("lead")}
                        </Badge>
                      ) : null}
                      <Footnotes refs={round.investorFootnotes[investor.id] ?? []} />
                    </li>
                  ))}
                </ul>
              )}
              {round.note ? (
                <p className="mt-1 text-xs text-ink-faint">
                  <InEnglish>{round.note}</InEnglish>
                </p>
              ) : null}
              <ConflictNote conflicts={round.conflicts} fieldLabels={fieldLabels} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
