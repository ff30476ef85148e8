import { getNetworkView } from "@/lib/data/network";
import { networkNodesCsv } from "@/lib/network/describe";
import { readLanguageParameter } from "@/lib/charts/urls";
import { parseNetworkRequest } from "@/lib/network/types";
import { networkFileName } from "@/lib/network/urls";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = parseNetworkRequest(url.searchParams);
  const language = readLanguageParameter(url.searchParams);
  if (!language.ok) return refuse(language.message);
  if (parsed.problems.length > 0) return refuse(parsed.problems.map((p) => p.message).join("; "));
  const view = await getNetworkView(parsed, language.locale);
  if (view.problems.length > 0) return refuse(view.problems.map((p) => p.message).join("; "));
  return new Response(networkNodesCsv(view.graph, view.text, url.origin), {
    headers: {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": `attachment; filename="${networkFileName(view.request, "nodes", "csv")}"`,
      "cache-control": "no-store",
    },
  });
}

function refuse(message: string) {
  return new Response(`${message}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
}
