import "server-only";
import type { AppPrismaClient } from "@/lib/db/connection";
import type { ResolvedFilterNames } from "@/lib/charts/build";
import { normaliseFilters, type ChartFilters, type FilterProblem } from "@/lib/charts/request";
import type { ChartScope } from "./define";

/** Looks up the city and unit slugs in the filters; unknown ones are dropped and reported. */
export async function resolveChartScope(
  prisma: AppPrismaClient,
  filters: ChartFilters,
): Promise<{ scope: ChartScope; problems: FilterProblem[] }> {
  const problems: FilterProblem[] = [];
  const kept: ChartFilters = { ...filters };
  const names: ResolvedFilterNames = {};
  let cityId: number | undefined;
  let unitIds: number[] | undefined;
  if (filters.city) {
    const city = await prisma.city.findFirst({
      where: { slug: filters.city, deletedAt: null },
      select: { id: true, nameEn: true, nameZh: true },
    });
    if (city) {
      cityId = city.id;
      names.city = city.nameEn;
      if (city.nameZh) names.cityZh = city.nameZh;
    } else {
      problems.push({ parameter: "city", message: `city "${filters.city}" is not a city in this database` });
      delete kept.city;
    }
  }
  if (filters.unit) {
    const rows = await prisma.$queryRaw<{ id: number; nameEn: string; nameZh: string | null; depth: number }[]>`
      WITH RECURSIVE subtree AS (
        SELECT id, "nameEn", "nameZh", 0 AS depth FROM "Organization"
        WHERE slug = ${filters.unit} AND kind = 'ALIBABA_UNIT' AND "deletedAt" IS NULL
        UNION ALL
        SELECT o.id, o."nameEn", o."nameZh", subtree.depth + 1 FROM "Organization" o
        JOIN subtree ON o."parentId" = subtree.id
        WHERE o.kind = 'ALIBABA_UNIT' AND o."deletedAt" IS NULL AND subtree.depth < 20
      )
      SELECT id, "nameEn", "nameZh", depth FROM subtree ORDER BY depth`;
    if (rows.length > 0) {
      unitIds = rows.map((row) => row.id);
      names.unit = rows[0]!.nameEn;
      if (rows[0]!.nameZh) names.unitZh = rows[0]!.nameZh;
    } else {
      problems.push({ parameter: "unit", message: `unit "${filters.unit}" is not an Alibaba unit in this database` });
      delete kept.unit;
    }
  }
  return { scope: { filters: normaliseFilters(kept), names, cityId, unitIds }, problems };
}
