import { z } from "zod";
import { parseChartFilters } from "@/lib/charts/filters";
import { sectorToParam } from "@/lib/charts/labels";
import { isChartKey } from "@/lib/charts/registry";
import { embedPath } from "@/lib/charts/urls";
import { createChartSnapshot } from "@/lib/data/charts";

const snapshotRequestSchema = z.object({
  filters: z.record(z.string().max(20), z.union([z.string().max(100), z.number().int()])).default({}),
});

/** Freezes the chart's current data and answers with the snapshot's id and embed address. */
export async function POST(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart: key } = await params;
  if (!isChartKey(key)) return Response.json({ error: `There is no chart called "${key}".` }, { status: 404 });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ error: 'The request body must be JSON: { "filters": { … } }.' }, { status: 400 });
  }
  const parsed = snapshotRequestSchema.safeParse(body);
  if (!parsed.success) {
    return Response.json(
      { error: `Invalid request: ${parsed.error.issues[0]?.message ?? "bad body"}.` },
      { status: 400 },
    );
  }
  // Filters arrive in their parsed shape (sector as an enum); read them back through the URL schema.
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parsed.data.filters)) {
    search.set(
      name,
      name === "sector" && typeof value === "string" && /^[A-Z_]+$/.test(value)
        ? sectorToParam(value as never)
        : String(value),
    );
  }
  const { filters, problems } = parseChartFilters(key, search);
  if (problems.length > 0) return Response.json({ error: problems.map((p) => p.message).join("; ") }, { status: 400 });
  const result = await createChartSnapshot({ key, filters });
  if (!result.ok) return Response.json({ error: result.problems.map((p) => p.message).join("; ") }, { status: 400 });
  return Response.json({ ...result.snapshot, embed: embedPath(key, filters, result.snapshot.id) }, { status: 201 });
}
