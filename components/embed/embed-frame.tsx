"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { EMBED_HEIGHT_MESSAGE, EMBED_PING_MESSAGE } from "@/lib/charts/urls";

/**
 * The embed page's body: reports its height to the page that frames it whenever it changes
 * (fonts, hydration, a resized host), and again when the host script asks, so the iframe fits the
 * chart at any width. Heights are not secret, so any parent may read them.
 */
export function EmbedFrame({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window) return;
    let last = 0;
    const report = (force = false) => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last && !force) return;
      last = height;
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, "*");
    };
    const observer = new ResizeObserver(() => report());
    observer.observe(element);
    const onMessage = (event: MessageEvent) => {
      if (event.source === window.parent && event.data?.type === EMBED_PING_MESSAGE) report(true);
    };
    window.addEventListener("message", onMessage);
    report(true);
    return () => {
      observer.disconnect();
      window.removeEventListener("message", onMessage);
    };
  }, []);
  return (
    <main ref={ref} className="bg-paper px-3 py-3 sm:px-4">
      {children}
    </main>
  );
}
