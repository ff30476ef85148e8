import "server-only";
import { z } from "zod";
import { FieldError } from "@/lib/forms/errors";
import { sourceForm } from "@/lib/validation/source";
import { collect, dateOrNull, defineEntity, live, referrer, reportedDateOrNull } from "./define";

export const sources = defineEntity(sourceForm, {
  key: "sources",
  model: "source",
  recordType: "SOURCE",
  citationType: null,
  singular: "source",
  plural: "Sources",
  view: z.object({ publisher: z.string(), title: z.string().nullable(), url: z.string() }),
  async toColumns(tx, input, id) {
    const holder = await tx.source.findFirst({ where: { url: input.url, ...(id ? { NOT: { id } } : {}) } });
    if (holder) {
      throw new FieldError(
        "url",
        `is already recorded as source #${holder.id} (${holder.publisher}${holder.title ? `: ${holder.title}` : ""}${holder.deletedAt ? ", deleted" : ""})`,
      );
    }
    return {
      ...input,
      publishedOn: reportedDateOrNull(input.publishedOn, input.publishedPrecision),
      retrievedOn: dateOrNull(input.retrievedOn),
    };
  },
  display: (row) => `${row.publisher}: ${row.title ?? row.url}`,
  detail: (row) => row.url,
  async referrers(tx, id) {
    return collect([
      referrer(tx.citation.count({ where: { sourceId: id, ...live } }), ["citation", "citations"], async () =>
        (await tx.citation.findMany({ where: { sourceId: id, ...live }, take: 3 })).map((c) => ({
          label: `${c.recordType.toLowerCase().replaceAll("_", " ")} #${c.recordId}${c.field ? ` (${c.field})` : ""}`,
          href: `/admin/citations/${c.id}/edit`,
        })),
      ),
      referrer(
        tx.reportedFigure.count({ where: { sourceId: id, ...live } }),
        ["reported figure", "reported figures"],
        async () =>
          (await tx.reportedFigure.findMany({ where: { sourceId: id, ...live }, take: 3 })).map((f) => ({
            label: f.metric,
            href: `/admin/reported-figures/${f.id}/edit`,
          })),
      ),
      referrer(
        tx.exchangeRate.count({ where: { sourceId: id, ...live } }),
        ["exchange rate", "exchange rates"],
        async () =>
          (await tx.exchangeRate.findMany({ where: { sourceId: id, ...live }, take: 3 })).map((r) => ({
            label: `${r.currency} on ${r.rateOn.toISOString().slice(0, 10)}`,
            href: `/admin/exchange-rates/${r.id}/edit`,
          })),
      ),
    ]);
  },
  publicPaths: () => ["/"],
  searchColumns: ["url", "publisher", "originalPublisher", "title"],
  // A source's kind decides what its citations can support alone.
  async supportedRecords(tx, [id]) {
    if (id === undefined) return [];
    return tx.citation.findMany({
      where: { sourceId: id, deletedAt: null },
      select: { recordType: true, recordId: true },
    });
  },
});
