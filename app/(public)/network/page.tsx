import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { NetworkCanvas } from "@/components/network/network-canvas";
import { NetworkEdgeTable } from "@/components/network/network-edge-table";
import { NetworkExports } from "@/components/network/network-exports";
import { NetworkFilters } from "@/components/network/network-filters";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { plural } from "@/lib/format/numbers";
import { getChartFilterOptions } from "@/lib/data/charts/get-chart";
import { getNetworkView } from "@/lib/data/network";
import { parseNetworkRequest, type NetworkRequest } from "@/lib/network/types";
import { networkEmbedPath, networkExportPath, networkFileName, networkPagePath } from "@/lib/network/urls";
import { networkFilterControls } from "@/components/network/filter-controls";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const request = parseNetworkRequest(await searchParams);
  return {
    title: request.focus ? "Network of one record" : "The alumni network",
    description:
      "Founders, start-ups, investors and Alibaba units as one network: who worked where, what they founded and who backed them.",
    alternates: { canonical: networkPagePath(request) },
  };
}

export default async function NetworkPage({ searchParams }: Props) {
  const request = parseNetworkRequest(await searchParams);
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <Suspense key={networkPagePath(request)} fallback={<NetworkSkeleton />}>
        <NetworkSection request={request} />
      </Suspense>
    </div>
  );
}

async function NetworkSection({ request }: { request: NetworkRequest }) {
  const [view, options] = await Promise.all([getNetworkView(request), getChartFilterOptions()]);
  const { graph, text } = view;
  const shown = view.request;
  const problems = shown.problems;
  const counts = {
    startup: graph.nodes.filter((n) => n.kind === "startup").length,
    founder: graph.nodes.filter((n) => n.kind === "founder").length,
    investor: graph.nodes.filter((n) => n.kind === "investor").length,
    unit: graph.nodes.filter((n) => n.kind === "unit").length,
  };
  return (
    <>
      <PageHeader
        eyebrow={
          shown.focus ? (
            <Link href="/network" className="hover:underline">
              The alumni network
            </Link>
          ) : (
            "Network"
          )
        }
        title={text.title}
      >
        <p className="max-w-3xl text-ink-muted">{text.subtitle}.</p>
      </PageHeader>
      {problems.length > 0 ? (
        <Alert variant="warning" data-testid="filter-problems">
          Some filters in the address were ignored: {problems.map((p) => p.message).join("; ")}.
        </Alert>
      ) : null}
      <div className="rounded-lg border border-rule bg-paper p-4">
        <NetworkFilters
          key={networkPagePath(shown)}
          controls={networkFilterControls(shown.filters, options)}
          edges={shown.edges}
          focus={shown.focus}
        />
      </div>
      <section
        aria-labelledby="network-figure"
        className="grid grid-cols-[minmax(0,1fr)] gap-3 rounded-lg border border-rule bg-paper p-4 sm:p-5"
      >
        <h2 id="network-figure" className="sr-only">
          The network drawn
        </h2>
        <p className="text-sm text-ink" data-testid="network-summary">
          {graph.nodes.length === 0
            ? "Nothing matches these filters."
            : `${graph.nodes.length.toLocaleString("en")} nodes and ${graph.edges.length.toLocaleString("en")} connections: ${plural(counts.startup, "start-up")}, ${plural(counts.founder, "founder")}, ${plural(counts.investor, "investor")}, ${plural(counts.unit, "Alibaba unit")}${text.filterSummary ? ` · ${text.filterSummary}` : ""}.`}
        </p>
        {text.notes.map((note) => (
          <p key={note} className="text-sm text-ink-muted" data-testid="network-note">
            {note}
          </p>
        ))}
        <NetworkCanvas
          nodes={graph.nodes}
          edges={graph.edges}
          label={`${text.title}. ${graph.nodes.length} nodes; the table below lists every connection.`}
        />
        <p className="text-xs text-ink-muted">
          Hover a node to highlight its neighbours; click it to open its profile. Drag to move, scroll or pinch to zoom.
          Positions are laid out once per version of the data with ForceAtlas2, so the same data always gives the same
          picture.
        </p>
        <p className="text-xs text-ink-muted">{text.sourceLine}</p>
      </section>
      <NetworkExports
        title={text.title}
        paths={{
          svg: networkExportPath(shown, "network.svg"),
          nodes: networkExportPath(shown, "nodes.csv"),
          edges: networkExportPath(shown, "edges.csv"),
          embed: networkEmbedPath(shown),
          pngName: networkFileName(shown, "image", "png"),
        }}
      />
      <NetworkEdgeTable graph={graph} caption={`${text.title}: every connection shown`} />
    </>
  );
}

function NetworkSkeleton() {
  return (
    <div className="grid gap-4">
      <Skeleton className="h-12 w-2/3" />
      <Skeleton className="h-24 w-full" />
      <Skeleton className="h-[36rem] w-full" />
    </div>
  );
}
