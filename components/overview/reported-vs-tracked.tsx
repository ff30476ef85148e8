import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { formatIsoDate } from "@/lib/format/dates";
import { formatInteger, formatPercent } from "@/lib/format/numbers";

export type Comparison = {
  slug: string;
  title: string;
  reported: { value: number | null; valueText: string | null; unit: string; asOfLabel: string; scope: string | null };
  tracked: { value: number; unit: "companies" | "percent"; count: number; total: number };
  sourceLine: string;
  source: { url: string; publisher: string; title: string | null; publishedOn: Date | null };
  cityLink?: { href: string; label: string } | null;
};

function formatFigure(value: number | null, valueText: string | null, unit: string): string {
  if (value === null) return valueText ?? "—";
  return unit === "percent" ? formatPercent(value) : formatInteger(value);
}

/** A reported figure and what this database tracks for the same measure, side by side and labelled. */
export function ReportedVsTracked({ comparison }: { comparison: Comparison }) {
  const { reported, tracked } = comparison;
  return (
    <Card data-figure={comparison.slug}>
      <CardHeader>
        <CardTitle>{comparison.title}</CardTitle>
      </CardHeader>
      <CardContent className="grid grid-cols-2 gap-4">
        <div>
          <Badge variant="reported">Reported</Badge>
          <p
            className="mt-2 text-4xl font-semibold tracking-tight text-reported tabular-nums"
            data-testid="reported-value"
          >
            {formatFigure(reported.value, reported.valueText, reported.unit)}
          </p>
          <p className="mt-1 text-sm text-ink-muted">
            {reported.scope ? `${reported.scope}, ` : ""}
            {reported.asOfLabel}
          </p>
        </div>
        <div>
          <Badge variant="tracked">Tracked in this database</Badge>
          <p
            className="mt-2 text-4xl font-semibold tracking-tight text-tracked tabular-nums"
            data-testid="tracked-value"
          >
            {tracked.unit === "percent" ? formatPercent(tracked.value) : formatInteger(tracked.value)}
          </p>
          <p className="mt-1 text-sm text-ink-muted">
            {tracked.unit === "percent"
              ? `${formatInteger(tracked.count)} of ${formatInteger(tracked.total)} start-ups`
              : "start-ups with sourced records"}
            {comparison.cityLink ? (
              <>
                {" · "}
                <Link
                  href={comparison.cityLink.href}
                  className="underline decoration-rule underline-offset-2 hover:decoration-ink"
                >
                  {comparison.cityLink.label}
                </Link>
              </>
            ) : null}
          </p>
        </div>
      </CardContent>
      <CardFooter>
        Source: {comparison.sourceLine}.{" "}
        <a
          href={comparison.source.url}
          className="underline underline-offset-2"
          rel="noreferrer noopener"
          target="_blank"
        >
          {comparison.source.title ?? comparison.source.publisher}
        </a>
        {comparison.source.publishedOn ? ` (${formatIsoDate(comparison.source.publishedOn)})` : null}
      </CardFooter>
    </Card>
  );
}
