import { publicOrigin } from "@/lib/urls";
import type { NextRequest } from "next/server";
import { findCities, type CityListItem } from "@/lib/data/cities";
import type { CsvColumn } from "@/lib/export/csv";
import { invalidQuery, listCsvResponse, oneBatch } from "@/lib/routing/list-csv";

/** GET /api/cities/csv: every city with its tracked start-ups and their share, as on the list. */
export async function GET(request: NextRequest) {
  const invalid = invalidQuery(
    [...request.nextUrl.searchParams.keys()].map((key) => `Unknown parameter "${key}": the cities list takes none.`),
  );
  if (invalid) return invalid;
  const origin = publicOrigin(request.headers, request.url, process.env.SITE_URL);
  const { cities } = await findCities();
  const columns: CsvColumn<CityListItem>[] = [
    { header: "name_en", value: (row) => row.nameEn },
    { header: "name_zh", value: (row) => row.nameZh },
    { header: "region", value: (row) => row.region },
    { header: "country", value: (row) => row.country },
    { header: "tracked_startups", value: (row) => row.startups },
    { header: "share_of_tracked_percent", value: (row) => Math.round(row.share * 10) / 10 },
    { header: "profile_url", value: (row) => `${origin}/cities/${row.slug}` },
  ];
  return listCsvResponse("cities", columns, oneBatch(cities));
}
