import { openStreamedReads } from "@/lib/data/cached-read";
import { csvHeader, csvRows, UTF8_BOM, type CsvColumn } from "@/lib/export/csv";
import { formatDay } from "@/lib/format/dates";
import type { Paginated } from "@/lib/pagination";

/** Rows of a paged list reader, every page in order, for a download. */
export async function* allPages<Row>(
  readPage: (page: number, pageSize: number) => Promise<Paginated<Row>>,
  pageSize = 500,
): AsyncGenerator<Row[]> {
  for (let page = 1; ; page++) {
    const result = await readPage(page, pageSize);
    if (result.items.length > 0) yield result.items;
    if (page >= result.pageCount) return;
  }
}

/**
 * A list as a CSV download (UTF-8 with BOM, as the start-up list's): the first batch is read before
 * answering, so a database failure is a 500 rather than a truncated file. The later batches are read
 * as the body is pulled, after the request's scope has ended: each runs as a streamed read.
 */
export async function listCsvResponse<Row>(
  name: string,
  columns: readonly CsvColumn<Row>[],
  rows: AsyncIterator<Row[]>,
): Promise<Response> {
  const encoder = new TextEncoder();
  const streamed = await openStreamedReads();
  const batches = { next: () => streamed(() => rows.next()), return: () => rows.return?.(undefined) };
  const first = await batches.next();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM + csvHeader(columns)));
      if (first.done) controller.close();
      else controller.enqueue(encoder.encode(csvRows(columns, first.value)));
    },
    async pull(controller) {
      if (first.done) return;
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvRows(columns, next.value)));
    },
    async cancel() {
      await batches.return();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="alumni-atlas-${name}-${formatDay(new Date())}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}

/** A 400 listing what was wrong with the query: a download must be exactly what was asked for. */
export function invalidQuery(issues: string[]): Response | null {
  const relevant = issues.filter((issue) => !issue.startsWith("Only the first") && !issue.includes("page number"));
  return relevant.length > 0
    ? Response.json({ error: "Invalid query parameters", issues: relevant }, { status: 400 })
    : null;
}

/** A one-batch iterator over rows already in memory (lists of dozens, read whole). */
export async function* oneBatch<Row>(rows: Row[]): AsyncGenerator<Row[]> {
  if (rows.length > 0) yield rows;
}
