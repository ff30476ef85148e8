import { publicOrigin } from "@/lib/urls";
import type { NextRequest } from "next/server";
import { openFounderExport, type FounderListItem } from "@/lib/data/people";
import type { CsvColumn } from "@/lib/export/csv";
import { displayName, isUnnamed } from "@/lib/format/names";
import { invalidQuery, listCsvResponse } from "@/lib/routing/list-csv";
import { parseSimpleListParams } from "@/lib/validation/search-params";

/** GET /api/founders/csv?q=…: every founder the search matches (all pages, list order). */
export async function GET(request: NextRequest) {
  const { params, issues } = parseSimpleListParams(request.nextUrl.searchParams);
  const invalid = invalidQuery(issues);
  if (invalid) return invalid;
  const origin = publicOrigin(request.headers, request.url, process.env.SITE_URL);
  const columns: CsvColumn<FounderListItem>[] = [
    // A person no source names has no name here: who they are is in "label", not passed off as a name.
    { header: "name", value: (row) => (isUnnamed(row) ? null : displayName(row, "person")) },
    { header: "name_en", value: (row) => row.nameEn },
    { header: "name_zh", value: (row) => row.nameZh },
    { header: "label", value: (row) => row.label },
    { header: "startups", value: (row) => row.startups.map((s) => s.name).join("; ") },
    { header: "alibaba_units", value: (row) => row.units.map((u) => u.nameEn).join("; ") },
    { header: "profile_url", value: (row) => `${origin}/founders/${row.slug}` },
  ];
  return listCsvResponse("founders", columns, await openFounderExport({ params }));
}
