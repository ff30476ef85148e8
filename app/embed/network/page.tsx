import type { Metadata } from "next";
import { NetworkCanvas } from "@/components/network/network-canvas";
import { getNetworkView } from "@/lib/data/network";
import { parseNetworkRequest } from "@/lib/network/types";
import { networkExportPath, networkPagePath } from "@/lib/network/urls";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "The alumni network" };

export default async function EmbedNetworkPage({ searchParams }: Props) {
  const request = parseNetworkRequest(await searchParams);
  if (request.problems.length > 0) {
    return (
      <p role="alert" className="p-4 text-sm text-ink">
        This network cannot be shown: {request.problems.map((p) => p.message).join("; ")}
      </p>
    );
  }
  const { graph, text, request: shown } = await getNetworkView(request);
  return (
    <figure className="grid gap-2">
      <h1 className="font-serif text-xl font-semibold text-ink">{text.title}</h1>
      <p className="text-sm text-ink-muted">{text.subtitle}</p>
      {text.notes.map((note) => (
        <p key={note} className="text-xs text-ink-muted">
          {note}
        </p>
      ))}
      <NetworkCanvas nodes={graph.nodes} edges={graph.edges} label={text.title} />
      <figcaption className="text-xs text-ink-muted">
        {text.sourceLine} ·{" "}
        <a href={networkPagePath(shown)} target="_blank" rel="noopener" className="underline underline-offset-2">
          Open in Alumni Atlas
        </a>{" "}
        ·{" "}
        <a href={networkExportPath(shown, "edges.csv")} className="underline underline-offset-2">
          Get the data
        </a>
      </figcaption>
    </figure>
  );
}
