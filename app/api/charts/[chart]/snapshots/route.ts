import { z } from "zod";
import { isChartKey } from "@/lib/charts/definition";
import { parseChartRequest } from "@/lib/charts/request";
import { embedPath } from "@/lib/charts/urls";
import { CHARTS } from "@/lib/data/charts/registry";
import { createChartSnapshot } from "@/lib/data/charts/snapshots";
import { rateLimitHeaders } from "@/lib/data/rate-limit";
import { clientAddress } from "@/lib/security/client-address";

const snapshotRequestSchema = z.object({
  filters: z.record(z.string().max(20), z.union([z.string().max(100), z.number().int()])).default({}),
});

/**
 * Freezes the chart's current data and answers with the snapshot's id and embed address: 201 for a
 * new snapshot, 200 when identical data was pinned before. Limited per client and in total
 * (SNAPSHOT_LIMITS): 429 with Retry-After and the RateLimit-* fields when refused.
 */
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
  const result = await createChartSnapshot({ key, filters, client: clientAddress(request.headers) });
  if (!result.ok) {
    if (result.reason === "invalid") {
      return Response.json({ error: result.problems.map((p) => p.message).join("; ") }, { status: 400 });
    }
    // The caps on all clients are the site's, not this client's doing: 503, with Retry-After only
    // when waiting helps (the daily cap resets; a full store needs an administrator).
    const headers = rateLimitHeaders(result.rateLimit);
    if (result.reason === "full") delete headers["Retry-After"];
    return Response.json({ error: result.message }, { status: result.reason === "rate-limited" ? 429 : 503, headers });
  }
  return Response.json(
    { ...result.snapshot, embed: embedPath(key, filters, result.snapshot.id) },
    { status: result.created ? 201 : 200, headers: rateLimitHeaders(result.rateLimit) },
  );
}
