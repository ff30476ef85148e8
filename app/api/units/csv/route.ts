import { publicOrigin } from "@/lib/urls";
import type { NextRequest } from "next/server";
import { getUnitTree, type UnitTreeNode } from "@/lib/data/units";
import type { CsvColumn } from "@/lib/export/csv";
import { invalidQuery, listCsvResponse, oneBatch } from "@/lib/routing/list-csv";

/** GET /api/units/csv: the Alibaba unit tree in order, with its depth and founders (sub-units included). */
export async function GET(request: NextRequest) {
  const invalid = invalidQuery(
    [...request.nextUrl.searchParams.keys()].map((key) => `Unknown parameter "${key}": the units list takes none.`),
  );
  if (invalid) return invalid;
  const origin = publicOrigin(request.headers, request.url, process.env.SITE_URL);
  const units = await getUnitTree();
  // The parent is the nearest earlier unit one level up: the tree comes in depth-first order.
  const parents: (string | null)[] = [];
  const rows = units.map((unit) => {
    parents[unit.depth] = unit.nameEn;
    return { ...unit, parent: unit.depth > 0 ? (parents[unit.depth - 1] ?? null) : null };
  });
  const columns: CsvColumn<UnitTreeNode & { parent: string | null }>[] = [
    { header: "name_en", value: (row) => row.nameEn },
    { header: "name_zh", value: (row) => row.nameZh },
    { header: "parent_unit", value: (row) => row.parent },
    { header: "depth", value: (row) => row.depth },
    { header: "alumni_founders", value: (row) => row.alumniFounders },
    { header: "profile_url", value: (row) => `${origin}/units/${row.slug}` },
  ];
  return listCsvResponse("units", columns, oneBatch(rows));
}
