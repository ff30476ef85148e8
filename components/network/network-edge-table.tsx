import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { edgeRows } from "@/lib/network/describe";
import { EDGE_LABELS, NODE_LABELS, type NetworkGraph, type NetworkNode } from "@/lib/network/types";

/** The rows the page lists at most; the CSV always has them all. */
const TABLE_LIMIT = 1000;

function NodeCell({ node }: { node: NetworkNode }) {
  return (
    <TableCell>
      {node.href ? (
        <Link href={node.href} className="underline-offset-2 hover:underline">
          {node.label}
        </Link>
      ) : (
        node.label
      )}
      <span className="block text-xs text-ink-muted sm:ml-1.5 sm:inline">{NODE_LABELS[node.kind]}</span>
    </TableCell>
  );
}

/** The accessible alternative to the drawing: every connection shown, one row each, in the CSV's order. */
export function NetworkEdgeTable({ graph, caption }: { graph: NetworkGraph; caption: string }) {
  const rows = edgeRows(graph);
  return (
    <section aria-labelledby="network-table-heading" className="grid grid-cols-[minmax(0,1fr)] gap-3">
      <h2 id="network-table-heading" className="text-lg font-semibold tracking-tight">
        The connections in this network
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-ink-muted">No connections match these filters.</p>
      ) : (
        <>
          {rows.length > TABLE_LIMIT ? (
            <p className="text-sm text-ink-muted">
              The first {TABLE_LIMIT.toLocaleString("en")} of {rows.length.toLocaleString("en")} connections; the edges
              CSV has them all.
            </p>
          ) : null}
          <div className="max-h-[40rem] overflow-y-auto rounded-lg border border-rule bg-paper">
            <Table data-testid="network-edge-table">
              <caption className="sr-only">{caption}</caption>
              <TableHeader>
                <TableRow>
                  <TableHead scope="col">From</TableHead>
                  <TableHead scope="col">Connection</TableHead>
                  <TableHead scope="col">To</TableHead>
                  <TableHead scope="col" className="text-right">
                    Weight
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.slice(0, TABLE_LIMIT).map((row) => (
                  <TableRow key={`${row.source.id}|${row.kind}|${row.target.id}`}>
                    <NodeCell node={row.source} />
                    <TableCell>{EDGE_LABELS[row.kind]}</TableCell>
                    <NodeCell node={row.target} />
                    <TableCell className="text-right tabular-nums">{row.weight}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}
