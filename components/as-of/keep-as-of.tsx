"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

/** Pages that can be shown as they were at a date: profiles and charts. */
const DATED_PAGE = /^\/(?:startups|founders|investors|units|cities|charts)\/[^/?#]+$/;

/** The link's target with the date added, or null when it leads somewhere that has no dated version. */
export function datedHref(href: string, asOf: string, here: string, origin: string): string | null {
  let url: URL;
  try {
    url = new URL(href, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  // The same page (pagination, sort) or another profile or chart; not lists, search or the admin.
  if (url.pathname !== here && !DATED_PAGE.test(url.pathname)) return null;
  if (url.searchParams.has("snapshot")) return null;
  url.searchParams.set("asOf", asOf);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * Keeps a dated page's reader in the past: the links of the element around it (the page) to other
 * profiles and charts, and to the same page (pagination, sort), carry `asOf`. Rendered by the
 * dated-version banner; the banner's own "as it is now" link is left alone. The hrefs are
 * rewritten so that opening a link in a new tab keeps the date too; a plain click is taken over
 * before the framework's link handler, which would otherwise follow the link's original target.
 */
export function KeepAsOf({ asOf }: { asOf: string }) {
  const marker = useRef<HTMLSpanElement>(null);
  const router = useRouter();

  useEffect(() => {
    const found = marker.current?.closest("article, main") ?? marker.current?.parentElement?.parentElement;
    if (!(found instanceof HTMLElement)) return;
    const page = found;
    const here = window.location.pathname;
    const origin = window.location.origin;
    const eligible = (anchor: HTMLAnchorElement) =>
      !anchor.hasAttribute("data-live-link") && !anchor.hasAttribute("download") && anchor.target !== "_blank";
    const rewrite = () => {
      for (const anchor of page.querySelectorAll<HTMLAnchorElement>("a[href]")) {
        if (!eligible(anchor)) continue;
        const dated = datedHref(anchor.getAttribute("href") ?? "", asOf, here, origin);
        if (dated && dated !== anchor.getAttribute("href")) anchor.setAttribute("href", dated);
      }
    };
    rewrite();
    // Parts of the page that render later (a list that pages in place) get the date too.
    const observer = new MutationObserver(rewrite);
    observer.observe(page, { childList: true, subtree: true });
    const onClick = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const anchor = (event.target as Element | null)?.closest?.("a[href]");
      if (!(anchor instanceof HTMLAnchorElement) || !page.contains(anchor) || !eligible(anchor)) return;
      const dated = datedHref(anchor.getAttribute("href") ?? "", asOf, here, origin);
      if (!dated) return;
      event.preventDefault();
      event.stopPropagation();
      router.push(dated);
    };
    page.addEventListener("click", onClick, { capture: true });
    return () => {
      observer.disconnect();
      page.removeEventListener("click", onClick, { capture: true });
    };
  }, [asOf, router]);

  return <span ref={marker} hidden data-keep-as-of={asOf} />;
}
