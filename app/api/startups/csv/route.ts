import type { NextRequest } from "next/server";
import { openStartupExport, type StartupExportRow } from "@/lib/data/startups/list";
import { csvHeader, csvRows, UTF8_BOM, type CsvColumn } from "@/lib/export/csv";
import { SECTOR_LABELS, STATUS_LABELS } from "@/lib/labels";
import { displayName } from "@/lib/format/names";
import { parseStartupListParams } from "@/lib/validation/search-params";
import { formatDay } from "@/lib/format/dates";
import { publicOrigin } from "@/lib/urls";

/**
 * GET /api/startups/csv?<the list's own parameters>: every start-up the filters match (all pages,
 * in list order) as CSV. A parameter the list page would ignore is a 400 here: a download must be
 * exactly what was asked for.
 */
export async function GET(request: NextRequest) {
  const { params, issues } = parseStartupListParams(request.nextUrl.searchParams);
  const relevantIssues = issues.filter(
    (issue) => !issue.startsWith("Only the first") && !issue.includes("page number"),
  );
  if (relevantIssues.length > 0) {
    return Response.json({ error: "Invalid query parameters", issues: relevantIssues }, { status: 400 });
  }
  const origin = publicOrigin(request.headers, request.url, process.env.SITE_URL);
  const columns: CsvColumn<StartupExportRow>[] = [
    { header: "name", value: (row) => displayName(row) },
    { header: "name_en", value: (row) => row.nameEn },
    { header: "name_zh", value: (row) => row.nameZh },
    { header: "aliases", value: (row) => row.aliases.join("; ") },
    { header: "founded_year", value: (row) => row.foundedYear },
    { header: "city", value: (row) => row.city?.nameEn },
    { header: "sectors", value: (row) => row.sectors.map((sector) => SECTOR_LABELS[sector]).join("; ") },
    { header: "status", value: (row) => (row.status ? STATUS_LABELS[row.status] : null) },
    { header: "founders", value: (row) => row.founders.map((founder) => displayName(founder, "person")).join("; ") },
    { header: "disclosed_funding_usd", value: (row) => row.totalFundingUsd },
    { header: "funding_rounds", value: (row) => row.fundingRounds },
    { header: "undisclosed_rounds", value: (row) => row.undisclosedRounds },
    { header: "confidence", value: (row) => row.confidence.toLowerCase() },
    { header: "website", value: (row) => row.website },
    { header: "profile_url", value: (row) => `${origin}/startups/${row.slug}` },
  ];

  const encoder = new TextEncoder();
  // Opened and its first batch read before answering, inside the request: a database failure is then
  // a 500 rather than a truncated file, and the later batches (read by pull(), after the request's
  // scope has ended) use the client captured here.
  const batches = await openStartupExport({ params });
  const first = await batches.next();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM + csvHeader(columns)));
      if (!first.done) controller.enqueue(encoder.encode(csvRows(columns, first.value)));
      if (first.done) controller.close();
    },
    async pull(controller) {
      if (first.done) return;
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvRows(columns, next.value)));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const date = formatDay(new Date());
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="alumni-atlas-startups-${date}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
