"use client";

import { useState, type PointerEvent, type ReactNode } from "react";

type Tip = { text: string; x: number; y: number; align: "start" | "center" | "end" };

const ALIGN = { start: "translate-x-0", center: "-translate-x-1/2", end: "-translate-x-full" } as const;

/**
 * Interaction on top of a server-drawn chart: pointing at (or tapping) a bar shows its label and
 * value. The drawing itself needs no script; this is all a chart hydrates.
 */
export function ChartHover({ children }: { children: ReactNode }) {
  const [tip, setTip] = useState<Tip | null>(null);

  function show(event: PointerEvent<HTMLDivElement>) {
    const mark = event.target instanceof Element ? event.target.closest("[data-tip]") : null;
    if (!mark) return setTip(null);
    const area = event.currentTarget.getBoundingClientRect();
    const box = mark.getBoundingClientRect();
    const x = box.left + box.width / 2 - area.left;
    // Near either edge the tooltip grows inwards rather than off the chart.
    const align = x < area.width * 0.2 ? "start" : x > area.width * 0.8 ? "end" : "center";
    setTip({ text: mark.getAttribute("data-tip") ?? "", x, y: box.top - area.top, align });
  }

  return (
    <div className="relative" onPointerMove={show} onPointerDown={show} onPointerLeave={() => setTip(null)}>
      {children}
      {tip ? (
        <div
          aria-hidden
          data-testid="chart-tooltip"
          className={`pointer-events-none absolute z-10 -translate-y-full rounded bg-ink px-2 py-1 text-xs whitespace-nowrap text-paper shadow ${ALIGN[tip.align]}`}
          style={{ left: tip.x, top: tip.y - 4 }}
        >
          {tip.text}
        </div>
      ) : null}
    </div>
  );
}
