"use client";
import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type PointerEvent } from "react";
import type { FootnoteRef } from "@/lib/data/citations";
import { useFootnoteWords, useSource, withNumber } from "./source-context";

const FootnoteCard = dynamic(() => import("./footnote-card"), { ssr: false });

/**
 * Superscript footnote markers. Each links to the numbered source list on the page; with scripts,
 * hovering, focusing or tapping it opens a card with the source and the words it says for this fact.
 */
export function Footnotes({ refs, className }: { refs: FootnoteRef[]; className?: string }) {
  if (refs.length === 0) return null;
  return (
    <sup className={className ?? "ml-0.5 text-[0.7em] font-normal"}>
      {refs.map((footnote, index) => (
        <span key={footnote.number}>
          {index > 0 ? "," : null}
          <FootnoteMarker footnote={footnote} />
        </span>
      ))}
    </sup>
  );
}

/** How long the pointer may rest before the card opens, and be away (crossing the gap to the card) before it closes. */
const OPEN_DELAY_MS = 120;
const CLOSE_DELAY_MS = 250;

function FootnoteMarker({ footnote }: { footnote: FootnoteRef }) {
  const entry = useSource(footnote.number);
  const { words, locale } = useFootnoteWords();
  const [open, setOpen] = useState(false);
  // The card's code (and its positioning library) is fetched on the first interaction only.
  const [wanted, setWanted] = useState(false);
  const [anchor, setAnchor] = useState<HTMLAnchorElement | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const schedule = (next: boolean, delay: number) => {
    window.clearTimeout(timer.current);
    if (next) setWanted(true);
    if (delay === 0) setOpen(next);
    else timer.current = window.setTimeout(() => setOpen(next), delay);
  };
  // Hover for a mouse, focus for the keyboard, a tap (click) for touch; the card closes on Escape or a tap outside.
  const mouse = (event: PointerEvent) => event.pointerType === "mouse";

  return (
    <>
      <a
        ref={setAnchor}
        href={`#source-${footnote.number}`}
        // 24 × 24 px at least (WCAG 2.5.8), without widening the line: the negative margin takes back
        // the height the target adds.
        className="-my-2 inline-flex min-h-6 min-w-6 items-center justify-center rounded-sm align-middle text-tracked no-underline hover:underline"
        aria-label={`${withNumber(words.marker, footnote.number)}${footnote.quotes.length > 0 ? words.withQuote : ""}`}
        aria-haspopup="dialog"
        aria-expanded={open}
        data-footnote={footnote.number}
        onPointerEnter={(event) => mouse(event) && schedule(true, OPEN_DELAY_MS)}
        onPointerLeave={(event) => mouse(event) && schedule(false, CLOSE_DELAY_MS)}
        onFocus={() => schedule(true, 0)}
        onBlur={() => {
          // Tabbing into the card (or its focus guards) keeps it open; the card closes itself when focus leaves it.
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => {
            const active = document.activeElement;
            if (!active?.closest("[data-testid='footnote-card'], [data-floating-ui-focus-guard]")) setOpen(false);
          }, 0);
        }}
        onClick={(event) => {
          // With scripts the marker opens its card; the list entry stays one link away inside it.
          event.preventDefault();
          schedule(true, 0);
        }}
      >
        {footnote.number}
      </a>
      {wanted && anchor && entry ? (
        <FootnoteCard
          anchor={anchor}
          footnote={footnote}
          source={entry.source}
          text={entry.text}
          words={words}
          locale={locale}
          open={open}
          onOpenChange={(next) => schedule(next, 0)}
          onPointerEnter={() => window.clearTimeout(timer.current)}
          onPointerLeave={() => schedule(false, CLOSE_DELAY_MS)}
        />
      ) : null}
    </>
  );
}
