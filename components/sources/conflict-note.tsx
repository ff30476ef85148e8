import type { Conflict } from "@/lib/data/citations";
import { Footnotes } from "./footnotes";

/** Other values sources give for a field, each with its sources: a disagreement kept in view. */
export function ConflictNote({ conflicts, label = "Other sources say" }: { conflicts: Conflict[]; label?: string }) {
  if (conflicts.length === 0) return null;
  return (
    <div
      className="mt-1 rounded-md border border-[#f0d9a8] bg-warn-soft px-2.5 py-1.5 text-xs text-warn"
      data-testid="conflict"
    >
      <span className="font-semibold">Sources disagree.</span> {label}:{" "}
      {conflicts.map((conflict, index) => (
        <span key={conflict.value}>
          {index > 0 ? "; " : null}
          <strong className="font-semibold">{conflict.value}</strong>
          <Footnotes numbers={conflict.sourceNumbers} />
          {conflict.quote ? <span lang="zh"> (&ldquo;{conflict.quote}&rdquo;)</span> : null}
        </span>
      ))}
      {conflicts.some((c) => c.note) ? (
        <p className="mt-1 text-ink-muted">
          {conflicts
            .map((c) => c.note)
            .filter(Boolean)
            .join(" ")}
        </p>
      ) : null}
    </div>
  );
}
