import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatInteger } from "@/lib/format/numbers";
import { edgeRows, type NetworkText } from "@/lib/network/describe";
import type { NetworkGraph, NetworkNode } from "@/lib/network/types";

/** The rows the page lists at most; the CSV always has them all. */
const TABLE_LIMIT = 1000;

function NodeCell({ node, kind }: { node: NetworkNode; kind: string }) {
  return (
    <TableCell>
      {node.href ? (
        <Link href={node.href} className="underline-offset-2 hover:underline">
          {node.label}
        </Link>
      ) : (
        node.label
      )}
      <span className="block text-xs text-ink-muted sm:ml-1.5 sm:inline">{kind}</span>
    </TableCell>
  );
}

/** The accessible alternative to the drawing: every connection shown, one row each, in the CSV's order. */
export async function NetworkEdgeTable({
  graph,
  caption,
  kinds,
}: {
  graph: NetworkGraph;
  caption: string;
  kinds: NetworkText["kinds"];
}) {
  const [t, locale] = await Promise.all([getTranslations("network.table"), getLocale()]);
  const rows = edgeRows(graph, locale);
  return (
    <section aria-labelledby="network-table-heading" className="grid grid-cols-[minmax(0,1fr)] gap-3">
      <h2 id="network-table-heading" className="text-lg font-semibold tracking-tight">
        {t("heading")}
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("none")}</p>
      ) : (
        <>
          {rows.length > TABLE_LIMIT ? (
            <p className="text-sm text-ink-muted">
              {t("limited", {
                shown: formatInteger(TABLE_LIMIT, locale),
                total: formatInteger(rows.length, locale),
              })}
            </p>
          ) : null}
          <div className="max-h-[40rem] overflow-y-auto rounded-lg border border-rule bg-paper">
            <Table data-testid="network-edge-table">
              <caption className="sr-only">{caption}</caption>
              <TableHeader>
                <TableRow>
                  <TableHead scope="col">{t("from")}</TableHead>
                  <TableHead scope="col">{t("connection")}</TableHead>
                  <TableHead scope="col">{t("to")}</TableHead>
                  <TableHead scope="col" className="text-right">
                    {t("weight")}
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.slice(0, TABLE_LIMIT).map((row) => (
                  <TableRow key={`${row.source.id}|${row.kind}|${row.target.id}`}>
                    <NodeCell node={row.source} kind={kinds.nodes[row.source.kind]} />
                    <TableCell>{kinds.edges[row.kind]}</TableCell>
                    <NodeCell node={row.target} kind={kinds.nodes[row.target.kind]} />
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
