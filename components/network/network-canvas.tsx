"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import type SigmaType from "sigma";
import { Button } from "@/components/ui/button";
import {
  NODE_COLORS,
  NODE_KINDS,
  edgeEmphasis,
  type NetworkEdge,
  type NetworkNode,
  type NodeKind,
} from "@/lib/network/types";

const EDGE_COLOR = "#cbd5e1";
const DIM_NODE = "#e5e7eb";

/**
 * The canvas's words in the page's language. The sentences with a blank are split around it
 * ("Open {name}" → open: ["Open ", ""]), so no translator ships to the browser.
 */
export type NetworkCanvasWords = {
  findLabel: string;
  findField: string;
  find: string;
  open: [string, string];
  noMatch: [string, string];
  highlighted: [string, string, string];
  legend: string;
  noWebgl: [string, string];
  nodeKinds: Record<NodeKind, string>;
};

/**
 * The network drawn with sigma.js (WebGL) from positions laid out on the server: this component does
 * no layout. Hovering a node highlights its neighbours, clicking opens its profile, and the search
 * field finds a node and centres on it. Sigma is loaded on demand, so pages without the network do
 * not carry it; without WebGL the page says so and the table below holds the same edges.
 */
export function NetworkCanvas({
  nodes,
  edges,
  label,
  words,
}: {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  label: string;
  words: NetworkCanvasWords;
}) {
  const router = useRouter();
  const containerRef = useRef<HTMLDivElement>(null);
  const rendererRef = useRef<SigmaType | null>(null);
  // A focus view is the focus node's neighbourhood already, so nothing is dimmed until a hover or search.
  const highlightRef = useRef<string | null>(null);
  // The node kept highlighted when the pointer leaves: the last one searched for.
  const pinnedRef = useRef<string | null>(null);
  const highlightFnRef = useRef<((node: string | null) => void) | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [query, setQuery] = useState("");
  const listId = useId();
  const byLabel = useMemo(() => {
    const map = new Map<string, NetworkNode>();
    for (const node of nodes) if (!map.has(node.label.toLowerCase())) map.set(node.label.toLowerCase(), node);
    return map;
  }, [nodes]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container || nodes.length === 0) return;
    let cancelled = false;
    let renderer: SigmaType | null = null;
    (async () => {
      const [{ default: Graph }, { default: Sigma }] = await Promise.all([import("graphology"), import("sigma")]);
      if (cancelled) return;
      const graph = new Graph({ type: "undirected", multi: true });
      for (const node of nodes) {
        graph.addNode(node.id, {
          x: node.x,
          y: node.y,
          size: node.size,
          label: node.label,
          color: NODE_COLORS[node.kind],
          href: node.href,
        });
      }
      // Widths relative to the strongest edge: an aggregated network's weights run into the hundreds.
      const maxWeight = Math.max(1, ...edges.map((edge) => edge.weight));
      for (const edge of edges) {
        if (graph.hasNode(edge.source) && graph.hasNode(edge.target)) {
          graph.addEdge(edge.source, edge.target, {
            size: 0.6 + 3.4 * edgeEmphasis(edge.weight, maxWeight),
            color: EDGE_COLOR,
          });
        }
      }
      let near: Set<string> | null = null;
      try {
        renderer = new Sigma(graph, container, {
          // Node sizes are pixels (as laid out on the server), not graph units, so small graphs stay legible.
          settings: { labelRenderedSizeThreshold: 7, itemSizesReference: "screen" },
          // Reducers read the highlighted node at each refresh: hover, search or the focus node.
          nodeReducer: (node) => {
            const current = highlightRef.current;
            if (!current || !near) return {};
            if (node === current) return { highlighted: true, labelVisibility: "visible", zIndex: 2 };
            if (near.has(node)) return { labelVisibility: "visible", zIndex: 1 };
            return { color: DIM_NODE, labelVisibility: "hidden", zIndex: 0 };
          },
          edgeReducer: (edge) => {
            const current = highlightRef.current;
            if (!current) return {};
            return graph.hasExtremity(edge, current) ? { color: "#64748b" } : { visibility: "hidden" };
          },
        });
      } catch (error) {
        setFailure(error instanceof Error ? error.message : String(error));
        return;
      }
      rendererRef.current = renderer;
      const neighbours = (node: string | null) => (node && graph.hasNode(node) ? new Set(graph.neighbors(node)) : null);
      near = neighbours(highlightRef.current);
      const highlight = (node: string | null) => {
        highlightRef.current = node;
        near = neighbours(node);
        renderer?.refresh({ skipIndexation: true });
      };
      highlightFnRef.current = highlight;
      if (near) renderer.refresh({ skipIndexation: true });
      renderer.on("enterNode", ({ node }) => {
        highlight(node);
        container.style.cursor = "pointer";
      });
      renderer.on("leaveNode", () => {
        highlight(pinnedRef.current);
        container.style.cursor = "";
      });
      renderer.on("clickNode", ({ node }) => {
        const href = graph.getNodeAttribute(node, "href") as string | null;
        if (href) router.push(href);
      });
      container.dataset.ready = "true";
    })();
    return () => {
      cancelled = true;
      renderer?.kill();
      rendererRef.current = null;
      highlightFnRef.current = null;
      delete container.dataset.ready;
    };
  }, [nodes, edges, router]);

  function find(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const wanted = query.trim().toLowerCase();
    const node =
      byLabel.get(wanted) ?? nodes.find((candidate) => candidate.label.toLowerCase().includes(wanted)) ?? null;
    if (!wanted || !node) {
      setStatus(wanted ? `${words.noMatch[0]}${query.trim()}${words.noMatch[1]}` : "");
      return;
    }
    const renderer = rendererRef.current;
    pinnedRef.current = node.id;
    highlightFnRef.current?.(node.id);
    if (renderer) {
      const display = renderer.getNodeDisplayData(node.id);
      if (display) renderer.getCamera().animate({ x: display.x, y: display.y, ratio: 0.6 }, { duration: 400 });
    }
    const [before, between, after] = words.highlighted;
    setStatus(`${before}${words.nodeKinds[node.kind]}${between}${node.label}${after}`);
  }

  const found = byLabel.get(query.trim().toLowerCase());
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-3">
      <form onSubmit={find} className="flex flex-wrap items-end gap-2" role="search" aria-label={words.findLabel}>
        <div className="grid gap-1">
          <label htmlFor={`${listId}-search`} className="text-xs font-medium text-ink-muted">
            {words.findField}
          </label>
          <input
            id={`${listId}-search`}
            list={`${listId}-nodes`}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            className="h-9 w-64 max-w-full rounded-md border border-rule bg-paper px-2 text-sm text-ink focus-visible:outline-2 focus-visible:outline-accent"
            autoComplete="off"
          />
          <datalist id={`${listId}-nodes`}>
            {nodes.slice(0, 2000).map((node) => (
              <option key={node.id} value={node.label} />
            ))}
          </datalist>
        </div>
        <Button type="submit" variant="outline" size="md">
          {words.find}
        </Button>
        {found?.href ? (
          <a href={found.href} className="h-9 px-1 text-sm leading-9 text-ink underline underline-offset-2">
            {words.open[0]}
            {found.label}
            {words.open[1]}
          </a>
        ) : null}
        <span role="status" className="text-xs text-ink-muted">
          {status}
        </span>
      </form>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-muted" aria-label={words.legend}>
        {NODE_KINDS.map((kind) => (
          <li key={kind} className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block size-3 rounded-full" style={{ background: NODE_COLORS[kind] }} />
            {words.nodeKinds[kind]}
          </li>
        ))}
      </ul>
      {failure ? (
        <p role="alert" className="rounded-md border border-rule bg-canvas p-4 text-sm text-ink">
          {words.noWebgl[0]}
          {failure}
          {words.noWebgl[1]}
        </p>
      ) : null}
      <div
        ref={containerRef}
        role="img"
        aria-label={label}
        data-testid="network-canvas"
        className="h-[26rem] w-full rounded-md border border-rule bg-white sm:h-[36rem]"
        hidden={failure !== null || nodes.length === 0}
      />
    </div>
  );
}
