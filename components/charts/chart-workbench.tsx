"use client";

import { Download, FileCode, FileSpreadsheet, Image as ImageIcon } from "lucide-react";
import { useRef, useState, type ReactNode } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import type { ChartData } from "@/lib/charts/types";
import { chartDataPath, exportFontPath } from "@/lib/charts/urls";
import { exportFileName } from "@/lib/export/csv";
import { canvasTextMeasurer, serialisePanelSvg, svgToPngBlob } from "@/lib/export/png";
import { loadExportFont } from "@/lib/export/fonts";
import { composeChartSvg, EXPORT_FONT_STACK } from "@/lib/export/svg";
import { cn } from "@/lib/utils";
import { EmbedCode } from "./embed-code";
import { messageOf } from "@/lib/errors";

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

  // The font is fetched once per chart page and embedded in every image (lib/export/fonts.ts).
  const fontCss = useRef<Promise<string> | null>(null);

  async function compose(plain: boolean) {
    fontCss.current ??= loadExportFont(
      exportFontPath(chart.key, chart.filters, chart.snapshot?.id, chart.version),
    ).catch((error) => {
      fontCss.current = null;
      throw error;
    });
    const css = await fontCss.current;
    // Each panel is drawn at several widths; the one on screen is what the reader sees and exports.
    const panels = [
      ...(figureRef.current?.querySelectorAll<SVGSVGElement>("[data-panel] svg[data-drawing]") ?? []),
    ].filter((svg) => svg.getClientRects().length > 0);
    return composeChartSvg({
      chart,
      plain,
      url: new URL(pageUrl, window.location.origin).toString(),
      measure: canvasTextMeasurer(EXPORT_FONT_STACK),
      fontCss: css,
      panels: panels.map((svg, i) => ({ ...serialisePanelSvg(svg), title: chart.panels[i]?.title })),
    });
  }

  async function exportImage(format: "png" | "svg", plain: boolean) {
    try {
      const { svg, width, height } = await compose(plain);
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
            href={chartDataPath(chart.key, "csv", chart.filters, chart.snapshot?.id, undefined, chart.version)}
            download={exportFileName(chart, "csv")}
          >
            <FileSpreadsheet aria-hidden /> Get the data (CSV)
          </a>
          <a
            className={cn(buttonVariants({ variant: "outline", size: "sm" }))}
            href={chartDataPath(chart.key, "csv", chart.filters, chart.snapshot?.id, "clean", chart.version)}
            download={exportFileName(chart, "csv", "clean")}
          >
            <FileSpreadsheet aria-hidden /> CSV for Sheets/Datawrapper
          </a>
          <a
            className={cn(buttonVariants({ variant: "ghost", size: "sm" }))}
            href={chartDataPath(chart.key, "json", chart.filters, chart.snapshot?.id, undefined, chart.version)}
          >
            <Download aria-hidden /> JSON
          </a>
        </div>
        <p className="text-xs text-ink-muted">
          Images carry the title, source line, notes and date; &ldquo;chart only&rdquo; leaves them out for your own
          headline. PNGs are drawn at twice screen resolution. The CSV opens with a few &ldquo;#&rdquo; lines naming its
          source; the Sheets/Datawrapper file is the table alone, its title, notes and sources are in the JSON.
        </p>
        <p aria-live="polite" className="text-xs text-ink" data-testid="export-status">
          {status}
        </p>
        <EmbedCode chart={chart} />
      </section>
    </div>
  );
}
