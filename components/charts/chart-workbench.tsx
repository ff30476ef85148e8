"use client";

import { Download, FileCode, FileSpreadsheet, Image as ImageIcon } from "lucide-react";
import { useRef, useState, type ReactNode } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import { fill } from "@/lib/charts/figure-words";
import type { ChartWorkbenchWords, EmbedCodeWords } from "@/lib/charts/page-words";
import type { ChartData } from "@/lib/charts/types";
import type { Locale } from "@/lib/i18n/locales";
import { chartDataPath, exportFontPath } from "@/lib/charts/urls";
import { exportFileName } from "@/lib/export/csv";
import { cn } from "@/lib/utils";
import { EmbedCode } from "./embed-code";
import { messageOf } from "@/lib/errors";

/**
 * The image exports' code (SVG composition, PNG drawing, the font loader with its zod schema),
 * fetched on the first export rather than with the page: most readers never export.
 */
function loadExporters() {
  return Promise.all([import("@/lib/export/png"), import("@/lib/export/fonts"), import("@/lib/export/svg")]).then(
    ([png, fonts, svg]) => ({ ...png, ...fonts, ...svg }),
  );
}

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
  locale,
  words,
  embedWords,
  children,
}: {
  chart: ChartData;
  pageUrl: string;
  /** The page's language: the downloads and the embed code ask for the chart in it. */
  locale: Locale;
  words: ChartWorkbenchWords;
  embedWords: EmbedCodeWords;
  children: ReactNode;
}) {
  const figureRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<string>("");

  // The font is fetched once per chart page and embedded in every image (lib/export/fonts.ts).
  const fontCss = useRef<Promise<string> | null>(null);

  async function compose(plain: boolean) {
    const { loadExportFont, composeChartSvg, canvasTextMeasurer, serialisePanelSvg, EXPORT_FONT_STACK } =
      await loadExporters();
    fontCss.current ??= loadExportFont(
      exportFontPath(chart.key, chart.filters, chart.snapshot?.id, chart.version, chart.locale),
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
      const { svgToPngBlob } = await loadExporters();
      const variant = plain ? "plain" : undefined;
      if (format === "svg") {
        download(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }), exportFileName(chart, "svg", variant));
      } else {
        download(await svgToPngBlob(svg, width, height, 2), exportFileName(chart, "png", variant));
      }
      setStatus(fill(plain ? words.downloadedPlain : words.downloaded, { format: format.toUpperCase() }));
    } catch (error) {
      setStatus(fill(words.failed, { message: messageOf(error) }));
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
          {words.heading}
        </h2>
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" size="sm" onClick={() => exportImage("png", false)} disabled={disabled}>
            <ImageIcon aria-hidden /> PNG
          </Button>
          <Button variant="outline" size="sm" onClick={() => exportImage("svg", false)} disabled={disabled}>
            <FileCode aria-hidden /> SVG
          </Button>
          <Button variant="outline" size="sm" onClick={() => exportImage("png", true)} disabled={disabled}>
            <ImageIcon aria-hidden /> {words.pngChartOnly}
          </Button>
          <Button variant="outline" size="sm" onClick={() => exportImage("svg", true)} disabled={disabled}>
            <FileCode aria-hidden /> {words.svgChartOnly}
          </Button>
          <a
            className={cn(buttonVariants({ variant: "outline", size: "sm" }))}
            href={chartDataPath(chart.key, "csv", chart.filters, chart.snapshot?.id, undefined, chart.version, locale)}
            download={exportFileName(chart, "csv")}
          >
            <FileSpreadsheet aria-hidden /> {words.csv}
          </a>
          <a
            className={cn(buttonVariants({ variant: "outline", size: "sm" }))}
            href={chartDataPath(chart.key, "csv", chart.filters, chart.snapshot?.id, "clean", chart.version, locale)}
            download={exportFileName(chart, "csv", "clean")}
          >
            <FileSpreadsheet aria-hidden /> {words.csvClean}
          </a>
          <a
            className={cn(buttonVariants({ variant: "ghost", size: "sm" }))}
            href={chartDataPath(chart.key, "json", chart.filters, chart.snapshot?.id, undefined, chart.version, locale)}
          >
            <Download aria-hidden /> JSON
          </a>
        </div>
        <p className="text-xs text-ink-muted">{words.help}</p>
        <p aria-live="polite" className="text-xs text-ink" data-testid="export-status">
          {status}
        </p>
        <EmbedCode chart={chart} locale={locale} words={embedWords} />
      </section>
    </div>
  );
}
