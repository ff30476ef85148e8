"use client";

import { Check, Copy, Download, FileCode, FileSpreadsheet, Image as ImageIcon, Pin } from "lucide-react";
import { useRef, useState, type ReactNode } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import type { ChartData } from "@/lib/charts/types";
import { chartDataPath, embedPath, iframeSnippet } from "@/lib/charts/urls";
import { exportFileName } from "@/lib/export/csv";
import { canvasTextMeasurer, serialisePanelSvg, svgToPngBlob } from "@/lib/export/png";
import { composeChartSvg } from "@/lib/export/svg";
import { cn } from "@/lib/utils";
import { formatIsoDate } from "@/lib/format/dates";
import { messageOf } from "@/lib/errors";

const EXPORT_FONT = `system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans CJK SC", sans-serif`;

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The chart page's figure (drawn on the server, passed in as `children`) with everything a
 * journalist takes away: images, data, embed code.
 */
export function ChartWorkbench({
  chart,
  pageUrl,
  children,
}: {
  chart: ChartData;
  pageUrl: string;
  children: ReactNode;
}) {
  const figureRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<string>("");

  function compose(plain: boolean) {
    // Each panel is drawn at several widths; the one on screen is what the reader sees and exports.
    const panels = [
      ...(figureRef.current?.querySelectorAll<SVGSVGElement>("[data-panel] svg[data-drawing]") ?? []),
    ].filter((svg) => svg.getClientRects().length > 0);
    return composeChartSvg({
      chart,
      plain,
      url: new URL(pageUrl, window.location.origin).toString(),
      measure: canvasTextMeasurer(EXPORT_FONT),
      panels: panels.map((svg, i) => ({ ...serialisePanelSvg(svg), title: chart.panels[i]?.title })),
    });
  }

  async function exportImage(format: "png" | "svg", plain: boolean) {
    try {
      const { svg, width, height } = compose(plain);
      const variant = plain ? "plain" : undefined;
      if (format === "svg") {
        download(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }), exportFileName(chart, "svg", variant));
      } else {
        download(await svgToPngBlob(svg, width, height, 2), exportFileName(chart, "png", variant));
      }
      setStatus(`${format.toUpperCase()}${plain ? " (plain)" : ""} downloaded.`);
    } catch (error) {
      setStatus(`Could not export: ${messageOf(error)}`);
    }
  }

  const disabled = chart.emptyMessage !== null;
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <div ref={figureRef} className="grid grid-cols-[minmax(0,1fr)]">
        {children}
      </div>
      <section
        aria-labelledby="take-away-heading"
        className="grid grid-cols-[minmax(0,1fr)] gap-3 rounded-lg border border-rule bg-canvas/60 p-4"
      >
        <h2 id="take-away-heading" className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
          Download and share
        </h2>
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" size="sm" onClick={() => exportImage("png", false)} disabled={disabled}>
            <ImageIcon aria-hidden /> PNG
          </Button>
          <Button variant="outline" size="sm" onClick={() => exportImage("svg", false)} disabled={disabled}>
            <FileCode aria-hidden /> SVG
          </Button>
          <Button variant="outline" size="sm" onClick={() => exportImage("png", true)} disabled={disabled}>
            <ImageIcon aria-hidden /> PNG, chart only
          </Button>
          <Button variant="outline" size="sm" onClick={() => exportImage("svg", true)} disabled={disabled}>
            <FileCode aria-hidden /> SVG, chart only
          </Button>
          <a
            className={cn(buttonVariants({ variant: "outline", size: "sm" }))}
            href={chartDataPath(chart.key, "csv", chart.filters, chart.snapshot?.id)}
            download={exportFileName(chart, "csv")}
          >
            <FileSpreadsheet aria-hidden /> Get the data (CSV)
          </a>
          <a
            className={cn(buttonVariants({ variant: "ghost", size: "sm" }))}
            href={chartDataPath(chart.key, "json", chart.filters, chart.snapshot?.id)}
          >
            <Download aria-hidden /> JSON
          </a>
        </div>
        <p className="text-xs text-ink-muted">
          Images carry the title, source line, notes and date; &ldquo;chart only&rdquo; leaves them out for your own
          headline. PNGs are drawn at twice screen resolution.
        </p>
        <p aria-live="polite" className="text-xs text-ink" data-testid="export-status">
          {status}
        </p>
        <EmbedCode chart={chart} />
      </section>
    </div>
  );
}

function EmbedCode({ chart }: { chart: ChartData }) {
  const [mode, setMode] = useState<"live" | "pinned">(chart.snapshot ? "pinned" : "live");
  const [snapshotId, setSnapshotId] = useState<string | null>(chart.snapshot?.id ?? null);
  const [message, setMessage] = useState("");
  const [copied, setCopied] = useState(false);
  const origin = typeof window === "undefined" ? "http://localhost" : window.location.origin;
  const path =
    mode === "pinned" && snapshotId
      ? embedPath(chart.key, chart.filters, snapshotId)
      : embedPath(chart.key, chart.filters);
  const height = 160 + chart.panels.reduce((sum, p) => sum + (p.layout === "bars" ? p.rows.length * 32 + 60 : 320), 0);
  const snippet = iframeSnippet({ origin, path, title: chart.title, height: Math.min(1200, height) });

  async function pin() {
    setMessage("Freezing the data…");
    const response = await fetch(`/api/charts/${chart.key}/snapshots`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ filters: chart.filters }),
    });
    const body = (await response.json()) as { id?: string; createdAt?: string; error?: string };
    if (!response.ok || !body.id) {
      setMessage(body.error ?? "Could not pin the chart.");
      return;
    }
    setSnapshotId(body.id);
    setMode("pinned");
    setMessage(`Pinned: the embed will keep showing the data as of ${formatIsoDate(body.createdAt)}.`);
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setMessage("Copying was blocked by the browser; select the code and copy it by hand.");
    }
  }

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-2">
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <legend className="mb-1 text-sm font-medium text-ink">Embed</legend>
        <label className="flex items-center gap-1.5">
          <input type="radio" name="embed-mode" checked={mode === "live"} onChange={() => setMode("live")} />
          Live: follows updates to the data
        </label>
        <label className="flex items-center gap-1.5">
          <input
            type="radio"
            name="embed-mode"
            checked={mode === "pinned"}
            onChange={() => (snapshotId ? setMode("pinned") : void pin())}
          />
          Pinned: today&rsquo;s data, frozen
        </label>
        {mode === "live" && !snapshotId ? (
          <Button variant="ghost" size="sm" onClick={() => void pin()}>
            <Pin aria-hidden /> Pin a snapshot
          </Button>
        ) : null}
      </fieldset>
      <div className="flex items-start gap-2">
        <label htmlFor="embed-code" className="sr-only">
          Embed code
        </label>
        <textarea
          id="embed-code"
          readOnly
          value={snippet}
          rows={3}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 resize-none rounded-md border border-rule bg-paper p-2 font-mono text-xs text-ink"
          data-testid="embed-code"
        />
        <Button variant="outline" size="sm" onClick={() => void copy()} aria-label="Copy embed code">
          {copied ? <Check aria-hidden /> : <Copy aria-hidden />} {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <p aria-live="polite" className="text-xs text-ink-muted">
        {message}{" "}
        <a className="underline underline-offset-2" href={path} target="_blank" rel="noreferrer">
          Preview the embed
        </a>
      </p>
    </div>
  );
}
