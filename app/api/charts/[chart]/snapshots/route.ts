import { z } from "zod";
import { isChartKey } from "@/lib/charts/definition";
import { parseChartRequest } from "@/lib/charts/request";
import { embedPath } from "@/lib/charts/urls";
import { CHARTS } from "@/lib/data/charts/registry";
import { createChartSnapshot } from "@/lib/data/charts/snapshots";

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
  // The same reader as the chart's URL: it takes the filters in their stored shape too (COMPUTER_VISION, 2015).
  const { filters, problems } = parseChartRequest(CHARTS[key].definition, parsed.data.filters);
  if (problems.length > 0) return Response.json({ error: problems.map((p) => p.message).join("; ") }, { status: 400 });
  const result = await createChartSnapshot({ key, filters });
  if (!result.ok) return Response.json({ error: result.problems.map((p) => p.message).join("; ") }, { status: 400 });
  return Response.json({ ...result.snapshot, embed: embedPath(key, filters, result.snapshot.id) }, { status: 201 });
}
