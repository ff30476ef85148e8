import { publicOrigin } from "@/lib/urls";
import type { NextRequest } from "next/server";
import { findInvestors, type InvestorListItem } from "@/lib/data/investors";
import type { CsvColumn } from "@/lib/export/csv";
import { displayName } from "@/lib/format/names";
import { allPages, invalidQuery, listCsvResponse } from "@/lib/routing/list-csv";
import { organizationKindLabels } from "@/lib/validation/organization";
import { parseInvestorListParams } from "@/lib/validation/search-params";

/** GET /api/investors/csv?q=…&sort=…&order=…: every investor the search matches, in the list's order. */
export async function GET(request: NextRequest) {
  const { params, issues } = parseInvestorListParams(request.nextUrl.searchParams);
  const invalid = invalidQuery(issues);
  if (invalid) return invalid;
  const origin = publicOrigin(request.headers, request.url, process.env.SITE_URL);
  const columns: CsvColumn<InvestorListItem>[] = [
    { header: "name", value: (row) => displayName(row, row.type === "person" ? "person" : "other") },
    { header: "name_en", value: (row) => row.nameEn },
    { header: "name_zh", value: (row) => row.nameZh },
    { header: "kind", value: (row) => (row.kind ? organizationKindLabels[row.kind] : "Individual") },
    { header: "portfolio_startups", value: (row) => row.portfolio },
    { header: "rounds", value: (row) => row.rounds },
    { header: "rounds_led", value: (row) => row.leads },
    { header: "profile_url", value: (row) => `${origin}${row.href}` },
  ];
  return listCsvResponse(
    "investors",
    columns,
    // Investors number in the low thousands (2,000 at 100,000 synthetic start-ups), and a page sorted
    // by a count computes every investor's counts: pages of 5,000 keep that to one pass or a few.
    allPages((page, pageSize) => findInvestors({ params: { ...params, page }, pageSize }), 5000),
  );
}
