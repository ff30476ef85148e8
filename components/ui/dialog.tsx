"use client";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { cn } from "@/lib/utils";

/**
 * A modal dialog on the browser's own <dialog> (focus kept inside, Escape closes, the page behind
 * inert). Rendered into <body>, so a form inside it is never nested in the form that opened it.
 */
export function Dialog({
  title,
  description,
  onClose,
  children,
  className,
  closeLabel = "Close",
}: {
  title: string;
  /** The close button's words, in the page's language. */
  closeLabel?: string;
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return createPortal(
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className={cn(
        "m-auto max-h-[92dvh] w-[min(48rem,calc(100vw-1rem))] overflow-auto rounded-lg border border-rule bg-paper p-0 text-ink shadow-xl backdrop:bg-ink/40",
        className,
      )}
    >
      <div className="sticky top-0 z-10 flex items-start justify-between gap-3 border-b border-rule bg-paper px-4 py-3 sm:px-6">
        <div>
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {description ? <div className="text-sm text-ink-muted">{description}</div> : null}
        </div>
        <button
          type="button"
          onClick={onClose}
          className="rounded-md px-2 py-1 text-sm text-ink-muted hover:bg-canvas hover:text-ink"
        >
          {closeLabel}
        </button>
      </div>
      <div className="px-4 py-4 sm:px-6">{children}</div>
    </dialog>,
    document.body,
  );
}
