import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ChartTable } from "@/lib/charts/types";
import { formatNumber } from "@/lib/format/numbers";

/** The chart's numbers as a table: the accessible alternative to the drawing, and what the CSV holds. */
export function ChartDataTable({ table, caption }: { table: ChartTable; caption: string }) {
  return (
    <Table data-testid="chart-table">
      <caption className="sr-only">{caption}</caption>
      <TableHeader>
        <TableRow>
          {table.columns.map((column) => (
            <TableHead key={column.key} scope="col" className={column.numeric ? "text-right" : undefined}>
              {column.label}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {table.rows.map((row, i) => (
          <TableRow key={i}>
            {row.map((cell, j) =>
              j === 0 ? (
                <TableHead
                  key={j}
                  scope="row"
                  className="text-left text-sm font-normal tracking-normal text-ink normal-case"
                >
                  {cell}
                </TableHead>
              ) : (
                <TableCell key={j} className={table.columns[j]?.numeric ? "text-right tabular-nums" : undefined}>
                  {cell === null ? (
                    <span className="text-ink-faint">not reported</span>
                  ) : typeof cell === "number" ? (
                    formatNumber(cell)
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
