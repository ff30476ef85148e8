"use client";
import {
  autoUpdate,
  flip,
  FloatingFocusManager,
  FloatingPortal,
  offset,
  safePolygon,
  shift,
  size,
  useClick,
  useDismiss,
  useFloating,
  useFocus,
  useHover,
  useInteractions,
  useRole,
} from "@floating-ui/react";
import { useId, useState } from "react";
import type { FactRef, FootnoteRef } from "@/lib/data/citations";
import { useSource } from "./source-context";
import { SourceByline, SourceDetails, SourceKindBadge, sourceLinkText } from "./source-description";

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

function FootnoteMarker({ footnote }: { footnote: FootnoteRef }) {
  const source = useSource(footnote.number);
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const {
    refs: anchors,
    floatingStyles,
    context,
  } = useFloating({
    open,
    onOpenChange: setOpen,
    placement: "top",
    whileElementsMounted: autoUpdate,
    middleware: [
      offset(6),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply({ availableWidth, elements }) {
          elements.floating.style.maxWidth = `${Math.min(availableWidth, 352)}px`;
        },
      }),
    ],
  });
  // Hover for a mouse, focus for the keyboard, a tap (click) for touch; Escape or a tap outside closes.
  const hover = useHover(context, { mouseOnly: true, delay: { open: 120, close: 100 }, handleClose: safePolygon() });
  const focus = useFocus(context);
  const click = useClick(context, { ignoreMouse: false });
  const dismiss = useDismiss(context);
  const role = useRole(context, { role: "dialog" });
  const { getReferenceProps, getFloatingProps } = useInteractions([hover, focus, click, dismiss, role]);

  return (
    <>
      <a
        ref={anchors.setReference}
        href={`#source-${footnote.number}`}
        // 24 × 24 px at least (WCAG 2.5.8), without widening the line: the negative margin takes back
        // the height the target adds.
        className="-my-2 inline-flex min-h-6 min-w-6 items-center justify-center rounded-sm align-middle text-tracked no-underline hover:underline"
        aria-label={`Source ${footnote.number}${footnote.quotes.length > 0 ? ", with quote" : ""}`}
        data-footnote={footnote.number}
        {...getReferenceProps({
          // With scripts the marker opens its card; the list entry stays one link away inside it.
          onClick: (event) => event.preventDefault(),
        })}
      >
        {footnote.number}
      </a>
      {open && source ? (
        <FloatingPortal>
          <FloatingFocusManager context={context} modal={false} initialFocus={-1} returnFocus={false}>
            <div
              // setFloating is a callback ref from floating-ui, not a ref read during render.
              // eslint-disable-next-line react-hooks/refs
              ref={anchors.setFloating}
              style={floatingStyles}
              aria-labelledby={headingId}
              className="z-50 grid w-[22rem] gap-2 rounded-lg border border-rule bg-paper p-3 text-left text-sm leading-snug font-normal text-ink shadow-lg"
              data-testid="footnote-card"
              {...getFloatingProps()}
            >
              <p id={headingId} className="text-xs text-ink-muted">
                <span className="font-mono">[{footnote.number}]</span> <SourceByline source={source} />{" "}
                <SourceKindBadge source={source} />
              </p>
              {footnote.quotes.map((quote) => (
                <blockquote
                  key={quote}
                  lang={source.language}
                  className="border-l-2 border-accent pl-2 text-ink"
                  data-testid="footnote-quote"
                >
                  &ldquo;{quote}&rdquo;
                </blockquote>
              ))}
              {footnote.quotes.length === 0 ? (
                <p className="text-xs text-ink-faint italic">No quote of this source is recorded for this fact.</p>
              ) : null}
              {footnote.notes.map((note) => (
                <p key={note} className="text-xs text-ink-muted">
                  {note}
                </p>
              ))}
              <p className="text-xs text-ink-faint">
                <SourceDetails source={source} />
              </p>
              <p className="flex flex-wrap gap-x-3 text-xs">
                {source.url ? (
                  <a href={source.url} rel="noreferrer noopener" target="_blank" className="text-accent underline">
                    {source.title ? "Open the page" : sourceLinkText(source)}
                  </a>
                ) : null}
                <a
                  href={`#source-${footnote.number}`}
                  className="text-ink-muted underline"
                  onClick={() => setOpen(false)}
                >
                  Source {footnote.number} in the list
                </a>
                <a href={flagHref(footnote.fact)} className="text-ink-muted underline" data-testid="flag-fact">
                  Flag this fact
                </a>
              </p>
            </div>
          </FloatingFocusManager>
        </FloatingPortal>
      ) : null}
    </>
  );
}

/** The public correction form for one fact. */
function flagHref(fact: FactRef): string {
  const params = new URLSearchParams({ record: fact.recordType, id: String(fact.recordId) });
  if (fact.field) params.set("field", fact.field);
  return `/suggest/flag?${params.toString()}`;
}
