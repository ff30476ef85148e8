import { getTranslations } from "next-intl/server";
import type { Conflict } from "@/lib/data/citations";
import { Footnotes } from "./footnotes";

/**
 * Other values sources give for a field, each with its sources: a disagreement kept in view, not
 * resolved. With `fieldLabels`, each claim says which field it is about (for a record shown as one row).
 */
export async function ConflictNote({
  conflicts,
  label,
  fieldLabels,
}: {
  conflicts: Conflict[];
  label?: string;
  fieldLabels?: Record<string, string>;
}) {
  if (conflicts.length === 0) return null;
  const t = await getTranslations("sources.conflict");
  const about = (conflict: Conflict) =>
    fieldLabels ? `${conflict.field ? (fieldLabels[conflict.field] ?? conflict.field) : t("theRecord")}: ` : "";
  return (
    <div
      className="mt-1 rounded-md border border-[#f0d9a8] bg-warn-soft px-2.5 py-1.5 text-xs font-normal text-warn"
      data-testid="conflict"
    >
      <span className="font-semibold">{t("disagree")}</span> {label ?? t("otherSay")}:{" "}
      {conflicts.map((conflict, index) => (
        <span key={`${conflict.field}:${conflict.value}`} data-conflict-field={conflict.field ?? ""}>
          {index > 0 ? "; " : null}
          {about(conflict)}
          <strong className="font-semibold">{conflict.value}</strong>
          <Footnotes refs={conflict.footnotes} />
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
