import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ChartTable } from "@/lib/charts/types";
import { formatNumber } from "@/lib/format/numbers";
import type { Locale } from "@/lib/i18n/locales";
import { cn } from "@/lib/utils";

/**
 * The chart's numbers as a table: the accessible alternative to the drawing, and what the CSV holds.
 * On a phone each row stacks into a small card (label above, each column's name beside its value),
 * so no column is cut off and nothing scrolls sideways.
 */
export function ChartDataTable({
  table,
  caption,
  notReported,
  locale,
}: {
  table: ChartTable;
  caption: string;
  /** What an empty cell says, in the page's language. */
  notReported: string;
  locale: Locale;
}) {
  return (
    <Table data-testid="chart-table" className="max-sm:block">
      <caption className="sr-only">{caption}</caption>
      <TableHeader className="max-sm:sr-only">
        <TableRow>
          {table.columns.map((column) => (
            <TableHead key={column.key} scope="col" className={column.numeric ? "text-right" : undefined}>
              {column.label}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody className="max-sm:block">
        {table.rows.map((row, i) => (
          <TableRow key={i} className="max-sm:block max-sm:py-2">
            {row.map((cell, j) =>
              j === 0 ? (
                <TableHead
                  key={j}
                  scope="row"
                  className="text-left text-sm font-normal tracking-normal text-ink normal-case max-sm:block max-sm:py-0.5 max-sm:font-semibold"
                >
                  {cell}
                </TableHead>
              ) : (
                <TableCell
                  key={j}
                  data-label={table.columns[j]?.label}
                  className={cn(
                    "max-sm:flex max-sm:justify-between max-sm:gap-4 max-sm:py-0.5 max-sm:before:text-left max-sm:before:text-ink-muted max-sm:before:content-[attr(data-label)]",
                    table.columns[j]?.numeric && "text-right tabular-nums",
                  )}
                >
                  {cell === null ? (
                    <span className="text-ink-faint">{notReported}</span>
                  ) : typeof cell === "number" ? (
                    formatNumber(cell, locale)
                  ) : (
                    cell
                  )}
                </TableCell>
              ),
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
