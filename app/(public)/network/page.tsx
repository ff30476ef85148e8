import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { alumniControlWords } from "@/components/charts/alumni-control-words";
import { Link } from "@/components/i18n/link";
import { networkCanvasWords } from "@/components/network/canvas-words";
import { NetworkCanvas } from "@/components/network/network-canvas";
import { NetworkEdgeTable } from "@/components/network/network-edge-table";
import { NetworkExports } from "@/components/network/network-exports";
import { NetworkFilters } from "@/components/network/network-filters";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { getChartFilterOptions } from "@/lib/data/charts/get-chart";
import { getNetworkView } from "@/lib/data/network";
import { localizedPath } from "@/lib/i18n/locales";
import { splitAround } from "@/lib/i18n/split";
import { EDGE_KINDS, parseNetworkRequest, type EdgeKind, type NetworkRequest } from "@/lib/network/types";
import { networkEmbedPath, networkExportPath, networkFileName, networkPagePath } from "@/lib/network/urls";
import { networkFilterControls } from "@/components/network/filter-controls";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const request = parseNetworkRequest(await searchParams);
  const [t, locale] = await Promise.all([getTranslations("network.meta"), getLocale()]);
  return {
    title: request.focus ? t("focusTitle") : t("title"),
    description: t("description"),
    alternates: { canonical: localizedPath(networkPagePath(request), locale) },
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
  const [t, charts, locale] = await Promise.all([getTranslations("network"), getTranslations("charts"), getLocale()]);
  const [view, options] = await Promise.all([getNetworkView(request, locale), getChartFilterOptions()]);
  const { graph, text } = view;
  const shown = view.request;
  const problems = shown.problems;
  const count = (kind: string) => graph.nodes.filter((n) => n.kind === kind).length;
  const edgeNames = Object.fromEntries(EDGE_KINDS.map((kind) => [kind, t(`edgeNames.${kind}`)])) as Record<
    EdgeKind,
    string
  >;
  return (
    <>
      <PageHeader
        eyebrow={
          shown.focus ? (
            <Link href="/network" className="hover:underline">
              {t("backToNetwork")}
            </Link>
          ) : (
            t("eyebrow")
          )
        }
        title={text.title}
      >
        <p className="max-w-3xl text-ink-muted">
          {text.subtitle}
          {locale === "zh" ? "。" : "."}
        </p>
      </PageHeader>
      {problems.length > 0 ? (
        <Alert variant="warning" data-testid="filter-problems">
          {t("problems", { problems: problems.map((p) => p.message).join("; ") })}
        </Alert>
      ) : null}
      <div className="rounded-lg border border-rule bg-paper p-4">
        <NetworkFilters
          key={networkPagePath(shown)}
          controls={networkFilterControls(
            shown.filters,
            options,
            {
              city: t("filters.city"),
              allCities: t("filters.allCities"),
              sector: t("filters.sector"),
              allSectors: t("filters.allSectors"),
              unit: t("filters.unit"),
              allUnits: t("filters.allUnits"),
              from: t("filters.from"),
              to: t("filters.to"),
              anyYear: t("filters.anyYear"),
            },
            alumniControlWords(charts),
            locale,
          )}
          edges={shown.edges}
          focus={shown.focus}
          words={{
            label: t("filters.label"),
            edges: t("filters.edges"),
            apply: t("filters.apply"),
            reset: t("filters.reset"),
            updating: t("filters.updating"),
            edgeNames,
            edgeKinds: text.kinds.edges,
          }}
        />
      </div>
      <section
        aria-labelledby="network-figure"
        className="grid grid-cols-[minmax(0,1fr)] gap-3 rounded-lg border border-rule bg-paper p-4 sm:p-5"
      >
        <h2 id="network-figure" className="sr-only">
          {t("figureHeading")}
        </h2>
        <p className="text-sm text-ink" data-testid="network-summary">
          {graph.nodes.length === 0
            ? t("nothing")
            : t("summary", {
                nodes: graph.nodes.length,
                edges: graph.edges.length,
                startups: count("startup"),
                founders: count("founder"),
                investors: count("investor"),
                units: count("unit"),
                filters: text.filterSummary ? t("summaryFilters", { filters: text.filterSummary }) : "",
              })}
        </p>
        {text.notes.map((note) => (
          <p key={note} className="text-sm text-ink-muted" data-testid="network-note">
            {note}
          </p>
        ))}
        <NetworkCanvas
          nodes={graph.nodes}
          edges={graph.edges}
          label={t("canvasLabel", { title: text.title, nodes: graph.nodes.length })}
          words={networkCanvasWords(t, text.kinds.nodes)}
        />
        <p className="text-xs text-ink-muted">{t("howTo")}</p>
        <p className="text-xs text-ink-muted">{text.sourceLine}</p>
      </section>
      <NetworkExports
        title={text.title}
        paths={{
          svg: networkExportPath(shown, "network.svg", locale),
          nodes: networkExportPath(shown, "nodes.csv", locale),
          edges: networkExportPath(shown, "edges.csv", locale),
          embed: localizedPath(networkEmbedPath(shown), locale),
          pngName: networkFileName(shown, "image", "png"),
        }}
        words={{
          heading: t("exports.heading"),
          nodes: t("exports.nodes"),
          edges: t("exports.edges"),
          embedCode: t("exports.embedCode"),
          copy: t("exports.copy"),
          copied: t("exports.copied"),
          pngDone: t("exports.pngDone"),
          exportFailed: splitAround((v) => t("exports.exportFailed", v), ["message"])[0]!,
          copyFailed: splitAround((v) => t("exports.copyFailed", v), ["message"])[0]!,
        }}
      />
      <NetworkEdgeTable graph={graph} caption={t("table.caption", { title: text.title })} kinds={text.kinds} />
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
