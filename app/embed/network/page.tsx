import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { networkCanvasWords } from "@/components/network/canvas-words";
import { NetworkCanvas } from "@/components/network/network-canvas";
import { getNetworkView } from "@/lib/data/network";
import { localizedPath } from "@/lib/i18n/locales";
import { parseNetworkRequest } from "@/lib/network/types";
import { networkExportPath, networkPagePath } from "@/lib/network/urls";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("network.meta");
  return { title: t("title") };
}

export default async function EmbedNetworkPage({ searchParams }: Props) {
  const request = parseNetworkRequest(await searchParams);
  const [t, network, locale] = await Promise.all([
    getTranslations("embed.network"),
    getTranslations("network"),
    getLocale(),
  ]);
  if (request.problems.length > 0) {
    return (
      <p role="alert" className="p-4 text-sm text-ink">
        {t("cannotShow", { problems: request.problems.map((p) => p.message).join("; ") })}
      </p>
    );
  }
  const { graph, text, request: shown } = await getNetworkView(request, locale);
  return (
    <figure className="grid gap-2">
      <h1 className="font-serif text-xl font-semibold text-ink">{text.title}</h1>
      <p className="text-sm text-ink-muted">{text.subtitle}</p>
      {text.notes.map((note) => (
        <p key={note} className="text-xs text-ink-muted">
          {note}
        </p>
      ))}
      <NetworkCanvas
        nodes={graph.nodes}
        edges={graph.edges}
        label={text.title}
        words={networkCanvasWords(network, text.kinds.nodes)}
      />
      <figcaption className="text-xs text-ink-muted">
        {text.sourceLine} ·{" "}
        <a
          href={localizedPath(networkPagePath(shown), locale)}
          target="_blank"
          rel="noopener"
          className="underline underline-offset-2"
        >
          {t("open")}
        </a>{" "}
        ·{" "}
        <a href={networkExportPath(shown, "edges.csv", locale)} className="underline underline-offset-2">
          {t("data")}
        </a>
      </figcaption>
    </figure>
  );
}
