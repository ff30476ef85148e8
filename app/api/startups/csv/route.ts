import type { NextRequest } from "next/server";
import { activeFilterChips } from "@/components/startups/active-filters";
import { alumniFromNullable, describeAlumni, describeLeftOut } from "@/lib/charts/alumni";
import { getFilterLabels } from "@/lib/data/startups/filter-options";
import { countStartupsLeftOut, openStartupExport, type StartupExportRow } from "@/lib/data/startups/list";
import { CHART_CSV_VARIANTS, csvHeader, csvRows, isChartCsvVariant, UTF8_BOM, type CsvColumn } from "@/lib/export/csv";
import { SECTOR_LABELS, STATUS_LABELS } from "@/lib/labels";
import { displayName } from "@/lib/format/names";
import { parseStartupListParams, startupListQuery, type StartupListParams } from "@/lib/validation/search-params";
import { formatDay } from "@/lib/format/dates";
import { publicOrigin } from "@/lib/urls";

/**
 * GET /api/startups/csv?<the list's own parameters>: every start-up the filters match (all pages,
 * in list order) as CSV. A parameter the list page would ignore is a 400 here: a download must be
 * exactly what was asked for.
 *
 * Like the chart CSVs, the file starts with `#` lines saying what it is: the filters, the alumni
 * definition it was counted under, how many start-ups that definition leaves out for years not
 * reported, and the list it came from, so the rows never travel without their definition.
 * `?variant=clean` is the header and rows alone, for tools that read `#` lines as data.
 */
export async function GET(request: NextRequest) {
  const variants = request.nextUrl.searchParams.getAll("variant");
  const variant = variants[0] ?? "annotated";
  if (variants.length > 1 || !isChartCsvVariant(variant)) {
    return Response.json(
      {
        error: "Invalid query parameters",
        issues: [`variant must be given once, as one of: ${CHART_CSV_VARIANTS.join(", ")}.`],
      },
      { status: 400 },
    );
  }
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
    // As precise as the source: 2023, 2023-07 or 2023-07-14.
    { header: "founded", value: (row) => row.founded },
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
  const preamble = variant === "annotated" ? await annotation(params, origin) : "";
  const batches = await openStartupExport({ params });
  const first = await batches.next();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM + preamble + csvHeader(columns)));
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
      // Shared caches may keep it briefly (server.ts adds s-maxage, lib/server/http-cache.ts).
      "Cache-Control": "public, max-age=0",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** The annotated file's `#` lines (pandas `comment="#"` and R `comment.char = "#"` skip them). */
async function annotation(params: StartupListParams, origin: string): Promise<string> {
  const [names, leftOut] = await Promise.all([
    getFilterLabels(params.city, params.unit, params.investor),
    countStartupsLeftOut(params),
  ]);
  const filters = (await activeFilterChips(params, names, "/startups", "en")).map((chip) => chip.label);
  const unitName = params.unit ? (names.unit ?? params.unit) : null;
  const comment = (text: string) => `# ${text.replace(/[\r\n]+/g, " ")}\r\n`;
  return [
    comment("Start-ups founded by former Alibaba Group staff — Alumni Atlas"),
    ...(filters.length > 0 ? [comment(`Filters: ${filters.join("; ")}`)] : []),
    comment(`Definition: ${describeAlumni(alumniFromNullable(params), unitName)}`),
    ...(leftOut !== null ? [comment(`Note: ${describeLeftOut(leftOut)}`)] : []),
    comment(`List: ${origin}/startups${startupListQuery({ ...params, page: 1 })}`),
    comment(`Generated ${new Date().toISOString()}`),
  ].join("");
}
