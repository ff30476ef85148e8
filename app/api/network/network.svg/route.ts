import { getNetworkView } from "@/lib/data/network";
import { EXPORT_FONT_WEIGHTS, fontFaceCss } from "@/lib/export/fonts";
import { exportFontFaces } from "@/lib/images/export-font";
import { networkSvgCharacters, networkToSvg } from "@/lib/network/svg";
import { readLanguageParameter } from "@/lib/charts/urls";
import { parseNetworkRequest } from "@/lib/network/types";
import { networkFileName } from "@/lib/network/urls";

/** The network as an image with its title, definition, source line and date (the PNG is drawn from this). */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = parseNetworkRequest(url.searchParams);
  const language = readLanguageParameter(url.searchParams);
  if (!language.ok) parsed.problems.push({ parameter: "lang", message: language.message });
  const view = parsed.problems.length === 0 && language.ok ? await getNetworkView(parsed, language.locale) : null;
  const problems = view ? view.problems : parsed.problems;
  if (!view || problems.length > 0) {
    return new Response(`${problems.map((p) => p.message).join("; ")}\n`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const { text } = view;
  const words = {
    title: text.title,
    subtitle: text.subtitle,
    sourceLine: text.sourceLine,
    date: text.date,
    note: text.notes.join(" "),
    drawn: text.drawn,
    nodeKinds: text.kinds.nodes,
    edgeKinds: text.kinds.edges,
  };
  // Drawn once to learn its characters, then again carrying Noto Sans SC cut to them: the image (and
  // the PNG the browser draws from it) reads the same on a machine without Chinese fonts.
  const faces = await exportFontFaces(networkSvgCharacters(networkToSvg(view.graph, words).svg), EXPORT_FONT_WEIGHTS);
  const { svg } = networkToSvg(view.graph, words, { fontCss: fontFaceCss(faces) });
  const download = url.searchParams.get("download") === "1";
  return new Response(svg, {
    headers: {
      "content-type": "image/svg+xml; charset=utf-8",
      ...(download
        ? { "content-disposition": `attachment; filename="${networkFileName(view.request, "image", "svg")}"` }
        : {}),
      "cache-control": "no-store",
    },
  });
}
