"use client";

import { Check, Copy, Pin } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { fill } from "@/lib/charts/figure-words";
import type { EmbedCodeWords } from "@/lib/charts/page-words";
import type { ChartData } from "@/lib/charts/types";
import type { Locale } from "@/lib/i18n/locales";
import { EMBED_HEIGHT_MESSAGE, EMBED_PING_MESSAGE, embedPath, iframeSnippet } from "@/lib/charts/urls";
import { formatIsoDate } from "@/lib/format/dates";

/** Widths a newsroom's article column commonly has, for the fixed-size snippet. */
const EMBED_WIDTHS = [
  { width: 390, label: "phone" },
  { width: 640, label: "column" },
  { width: 960, label: "wide" },
  { width: 1280, label: "full" },
] as const;

/**
 * The embed code: a responsive snippet (iframe + /embed.js, which sizes it from the embed's own
 * height reports) and a plain iframe of fixed size. Both heights are measured, not guessed: the
 * embed is loaded out of sight at the chosen width and reports how tall it is.
 */
export function EmbedCode({ chart, locale, words }: { chart: ChartData; locale: Locale; words: EmbedCodeWords }) {
  const [mode, setMode] = useState<"live" | "pinned">(chart.snapshot ? "pinned" : "live");
  const [snapshotId, setSnapshotId] = useState<string | null>(chart.snapshot?.id ?? null);
  const [message, setMessage] = useState("");
  const [copied, setCopied] = useState<"responsive" | "plain" | null>(null);
  const [width, setWidth] = useState<number>(640);
  const measured = useMeasuredHeight();
  const [wanted, watchForSight, wantNow] = useWantedOnSight();
  const origin = typeof window === "undefined" ? "http://localhost" : window.location.origin;
  const path =
    mode === "pinned" && snapshotId
      ? embedPath(chart.key, chart.filters, snapshotId, undefined, locale)
      : embedPath(chart.key, chart.filters, undefined, chart.version, locale);
  // Until the measurement arrives: a rough estimate from the chart's shape.
  const estimate =
    160 + chart.panels.reduce((sum, p) => sum + (p.layout === "bars" ? p.rows.length * 32 + 60 : 320), 0);
  const height = measured.heights[`${path}@${width}`] ?? Math.min(1200, estimate);
  const responsive = iframeSnippet({ origin, path, title: chart.title, height, responsive: true });
  const plain = iframeSnippet({ origin, path, title: chart.title, height, width });

  async function pin() {
    setMessage(words.freezing);
    const response = await fetch(`/api/charts/${chart.key}/snapshots`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ filters: chart.filters }),
    });
    // The answer's schema (and zod with it) is fetched with the first pin, not with the page.
    const { snapshotResponseSchema } = await import("@/lib/charts/snapshot-response");
    const parsed = snapshotResponseSchema.safeParse(await response.json());
    const body = parsed.success ? parsed.data : {};
    if (!response.ok || !body.id) {
      setMessage(body.error ?? words.pinFailed);
      return;
    }
    setSnapshotId(body.id);
    setMode("pinned");
    setMessage(fill(words.pinnedAt, { date: formatIsoDate(body.createdAt) ?? "" }));
  }

  async function copy(which: "responsive" | "plain") {
    try {
      await navigator.clipboard.writeText(which === "responsive" ? responsive : plain);
      setCopied(which);
      setTimeout(() => setCopied(null), 2000);
    } catch {
      setMessage(words.copyBlocked);
    }
  }

  return (
    <div
      ref={watchForSight}
      onFocusCapture={wantNow}
      onPointerDownCapture={wantNow}
      onChangeCapture={wantNow}
      className="grid grid-cols-[minmax(0,1fr)] gap-3"
    >
      {chart.version ? (
        <p className="text-sm" data-testid="embed-dated">
          <span className="font-medium text-ink">{words.legend}</span>
          {fill(words.dated, { date: chart.version })}
        </p>
      ) : (
        <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          <legend className="mb-1 text-sm font-medium text-ink">{words.legend}</legend>
          <label className="flex min-h-6 items-center gap-1.5">
            <input type="radio" name="embed-mode" checked={mode === "live"} onChange={() => setMode("live")} />
            {words.live}
          </label>
          <label className="flex min-h-6 items-center gap-1.5">
            <input
              type="radio"
              name="embed-mode"
              checked={mode === "pinned"}
              onChange={() => (snapshotId ? setMode("pinned") : void pin())}
            />
            {words.pinned}
          </label>
          {mode === "live" && !snapshotId ? (
            <Button variant="ghost" size="sm" onClick={() => void pin()}>
              <Pin aria-hidden /> {words.pin}
            </Button>
          ) : null}
        </fieldset>
      )}
      <label className="flex flex-wrap items-center gap-2 text-sm">
        {words.width}
        <select
          value={width}
          onChange={(event) => setWidth(Number(event.target.value))}
          className="h-8 rounded-md border border-rule bg-paper px-2 text-sm"
          data-testid="embed-width"
        >
          {EMBED_WIDTHS.map((option) => (
            <option key={option.width} value={option.width}>
              {words[option.label]}
            </option>
          ))}
        </select>
        <span className="text-xs text-ink-muted" data-testid="embed-height">
          {measured.heights[`${path}@${width}`] ? fill(words.tall, { height }) : words.measuring}
        </span>
      </label>
      <Snippet
        id="embed-code"
        label={words.responsive}
        value={responsive}
        copied={copied === "responsive"}
        onCopy={() => void copy("responsive")}
        words={words}
      />
      <Snippet
        id="embed-code-plain"
        label={fill(words.plain, { width })}
        value={plain}
        copied={copied === "plain"}
        onCopy={() => void copy("plain")}
        words={words}
      />
      <p aria-live="polite" className="text-xs text-ink-muted">
        {message}{" "}
        <a className="underline underline-offset-2" href={path} target="_blank" rel="noreferrer">
          {words.preview}
        </a>
      </p>
      {/* Measured once the embed code is in view or touched, not with the page: the measuring frame is a
          whole second document for the browser to load and lay out. */}
      {wanted ? (
        <iframe
          ref={measured.frameRef(`${path}@${width}`)}
          key={`${path}@${width}`}
          src={path}
          title={words.measurement}
          aria-hidden
          tabIndex={-1}
          width={width}
          height={3000}
          className="pointer-events-none invisible absolute top-0 -left-[10000px] border-0"
        />
      ) : null}
    </div>
  );
}

function Snippet(props: {
  id: string;
  label: string;
  value: string;
  copied: boolean;
  onCopy: () => void;
  words: EmbedCodeWords;
}) {
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-1">
      <label htmlFor={props.id} className="text-xs font-medium text-ink">
        {props.label}
      </label>
      <div className="flex items-start gap-2">
        <textarea
          id={props.id}
          readOnly
          value={props.value}
          rows={3}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 resize-none rounded-md border border-rule bg-paper p-2 font-mono text-xs text-ink"
          data-testid={props.id}
        />
        <Button
          variant="outline"
          size="sm"
          onClick={props.onCopy}
          aria-label={fill(props.words.copyLabel, { label: props.label })}
        >
          {props.copied ? <Check aria-hidden /> : <Copy aria-hidden />}{" "}
          {props.copied ? props.words.copied : props.words.copy}
        </Button>
      </div>
    </div>
  );
}

/**
 * Whether the embed code is wanted yet: it has come near the screen, or the reader has pointed at,
 * focused or changed something in it (a keyboard can reach it without scrolling it into view first).
 */
function useWantedOnSight() {
  const [yes, setYes] = useState(false);
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  useEffect(() => {
    if (yes || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setYes(true);
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [yes, element]);
  return [yes, setElement, () => setYes(true)] as const;
}

/** Heights the measuring iframes report, by "path@width". */
function useMeasuredHeight() {
  const [heights, setHeights] = useState<Record<string, number>>({});
  const frames = useRef(new Map<string, HTMLIFrameElement>());
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.data?.type !== EMBED_HEIGHT_MESSAGE) return;
      for (const [key, frame] of frames.current) {
        if (frame.contentWindow === event.source && typeof event.data.height === "number") {
          const height = Math.ceil(event.data.height);
          setHeights((current) => (current[key] === height ? current : { ...current, [key]: height }));
        }
      }
    };
    window.addEventListener("message", onMessage);
    // A frame that loaded before this page hydrated reported to no one: ask it again.
    for (const frame of frames.current.values()) {
      frame.contentWindow?.postMessage({ type: EMBED_PING_MESSAGE }, window.location.origin);
    }
    return () => window.removeEventListener("message", onMessage);
  }, []);
  const frameRef = (key: string) => (frame: HTMLIFrameElement | null) => {
    if (frame) frames.current.set(key, frame);
    else frames.current.delete(key);
  };
  return { heights, frameRef };
}
