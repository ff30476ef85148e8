"use client";
import {
  autoUpdate,
  flip,
  FloatingFocusManager,
  FloatingPortal,
  offset,
  shift,
  size,
  useDismiss,
  useFloating,
  useInteractions,
  useRole,
} from "@floating-ui/react";
import { useId } from "react";
import type { FactRef, FootnoteRef, SourceView } from "@/lib/data/citations";
import { localizedPath, type Locale } from "@/lib/i18n/locales";
import { withNumber } from "./source-context";
import { englishSourceText, SourceByline, SourceDetails, SourceKindBadge, type SourceText } from "./source-description";
import type { FootnoteWords } from "./source-text";

/**
 * A footnote's card: the source and the words it says for this fact, placed beside its marker.
 * Loaded only when a reader first points at, focuses or taps a marker (footnotes.tsx), so a page
 * with many footnotes does not ship the positioning library to readers who never open one.
 */
export default function FootnoteCard({
  anchor,
  footnote,
  source,
  text = englishSourceText(source),
  words,
  locale,
  open,
  onOpenChange,
  onPointerEnter,
  onPointerLeave,
}: {
  anchor: HTMLElement;
  footnote: FootnoteRef;
  source: SourceView;
  /** The interface's words about the source and the card's own, in the page's language (made on the server). */
  text?: SourceText;
  words: FootnoteWords;
  locale: Locale;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The marker keeps the card open while the pointer is over either of them. */
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}) {
  const headingId = useId();
  const {
    refs: anchors,
    floatingStyles,
    context,
  } = useFloating({
    open,
    onOpenChange,
    elements: { reference: anchor },
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
  // Escape or a tap outside closes; hover, focus and taps on the marker are the marker's own.
  const dismiss = useDismiss(context);
  const role = useRole(context, { role: "dialog" });
  const { getFloatingProps } = useInteractions([dismiss, role]);
  const setOpen = onOpenChange;

  return (
    <>
      {open ? (
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
              {...getFloatingProps({ onPointerEnter, onPointerLeave })}
            >
              <p id={headingId} className="text-xs text-ink-muted">
                <span className="font-mono">[{footnote.number}]</span> <SourceByline source={source} text={text} />{" "}
                <SourceKindBadge source={source} text={text} />
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
              {footnote.quotes.length === 0 ? <p className="text-xs text-ink-faint italic">{words.noQuote}</p> : null}
              {footnote.notes.map((note) => (
                <p key={note} className="text-xs text-ink-muted">
                  {note}
                </p>
              ))}
              <p className="text-xs text-ink-faint">
                <SourceDetails source={source} text={text} />
              </p>
              <p className="flex flex-wrap gap-x-3 text-xs">
                {source.url ? (
                  <a href={source.url} rel="noreferrer noopener" target="_blank" className="text-accent underline">
                    {source.title ? words.openPage : text.linkText}
                  </a>
                ) : null}
                <a
                  href={`#source-${footnote.number}`}
                  className="text-ink-muted underline"
                  onClick={() => setOpen(false)}
                >
                  {withNumber(words.inList, footnote.number)}
                </a>
                <a
                  href={localizedPath(flagHref(footnote.fact), locale)}
                  className="text-ink-muted underline"
                  data-testid="flag-fact"
                >
                  {words.flag}
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
