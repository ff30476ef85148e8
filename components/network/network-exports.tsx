"use client";

import { Check, Copy, FileCode, FileSpreadsheet, Image as ImageIcon } from "lucide-react";
import { useState } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import { iframeSnippet } from "@/lib/charts/urls";
import { messageOf } from "@/lib/errors";
import { svgToPngBlob } from "@/lib/export/png";
import { cn } from "@/lib/utils";

type Paths = { svg: string; nodes: string; edges: string; embed: string; pngName: string };

/** The panel's words in the page's language; the two failures end with the error's own message. */
export type NetworkExportWords = {
  heading: string;
  nodes: string;
  edges: string;
  embedCode: string;
  copy: string;
  copied: string;
  pngDone: string;
  exportFailed: string;
  copyFailed: string;
};

/** Images, data and embed code for the network: the same take-aways as a chart. */
export function NetworkExports({ paths, title, words }: { paths: Paths; title: string; words: NetworkExportWords }) {
  const [status, setStatus] = useState("");
  const [copied, setCopied] = useState(false);
  const withQuery = (path: string, extra: string) => `${path}${path.includes("?") ? "&" : "?"}${extra}`;

  async function png() {
    try {
      const response = await fetch(paths.svg);
      if (!response.ok) throw new Error(await response.text());
      const svg = await response.text();
      const size = /width="(\d+)" height="(\d+)"/.exec(svg);
      const width = Number(size?.[1] ?? 1200);
      const height = Number(size?.[2] ?? 900);
      const blob = await svgToPngBlob(svg, width, height, 2);
      const url = URL.createObjectURL(blob);
      const anchor = document.createElement("a");
      anchor.href = url;
      anchor.download = paths.pngName;
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus(words.pngDone);
    } catch (error) {
      setStatus(`${words.exportFailed}${messageOf(error)}`);
    }
  }

  const snippet =
    typeof window === "undefined"
      ? ""
      : iframeSnippet({ origin: window.location.origin, path: paths.embed, title, height: 640 });

  return (
    <section
      aria-labelledby="network-take-away"
      className="grid grid-cols-[minmax(0,1fr)] gap-3 rounded-lg border border-rule bg-canvas/60 p-4"
    >
      <h2 id="network-take-away" className="text-sm font-semibold tracking-wide text-ink-muted uppercase">
        {words.heading}
      </h2>
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" size="sm" onClick={png}>
          <ImageIcon aria-hidden /> PNG
        </Button>
        <a
          href={withQuery(paths.svg, "download=1")}
          className={cn(buttonVariants({ variant: "outline", size: "sm" }))}
          download
        >
          <FileCode aria-hidden /> SVG
        </a>
        <a href={paths.nodes} className={cn(buttonVariants({ variant: "outline", size: "sm" }))} download>
          <FileSpreadsheet aria-hidden /> {words.nodes}
        </a>
        <a href={paths.edges} className={cn(buttonVariants({ variant: "outline", size: "sm" }))} download>
          <FileSpreadsheet aria-hidden /> {words.edges}
        </a>
      </div>
      <div className="grid gap-1">
        <label htmlFor="network-embed" className="text-xs font-medium text-ink-muted">
          {words.embedCode}
        </label>
        <div className="flex gap-2">
          <input
            id="network-embed"
            readOnly
            value={snippet}
            className="h-8 min-w-0 flex-1 rounded-md border border-rule bg-paper px-2 font-mono text-xs text-ink"
            onFocus={(event) => event.currentTarget.select()}
          />
          <Button
            variant="outline"
            size="sm"
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(snippet);
                setCopied(true);
                setStatus(words.copied);
              } catch (error) {
                setStatus(`${words.copyFailed}${messageOf(error)}`);
              }
            }}
          >
            {copied ? <Check aria-hidden /> : <Copy aria-hidden />} {words.copy}
          </Button>
        </div>
      </div>
      <p role="status" className="text-xs text-ink-muted">
        {status}
      </p>
    </section>
  );
}
