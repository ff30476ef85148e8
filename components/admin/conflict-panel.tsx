import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/forms/form-state";
import { formatWhen } from "@/lib/format/dates";

/** Their saved version beside what this editor typed, for the fields that differ. */
export function ConflictPanel({
  conflict,
  labelOf = (name, label) => label,
}: {
  conflict: NonNullable<FormState["conflict"]>;
  /** A field's name in the form's language (the server names it in English). */
  labelOf?: (name: string, label: string) => string;
}) {
  const t = useTranslations("adminForms.conflict");
  return (
    <section
      aria-labelledby="conflict-heading"
      className="rounded-lg border border-[#f0d9a8] bg-warn-soft p-4 text-sm"
      data-testid="conflict"
    >
      <h2 id="conflict-heading" className="font-semibold text-warn">
        {t("heading", { version: conflict.version })}
        {conflict.savedBy ? t("by", { who: conflict.savedBy }) : ""}
        {conflict.savedAt ? t("at", { when: formatWhen(conflict.savedAt) }) : ""}
      </h2>
      {conflict.fields.length === 0 ? (
        <p className="mt-1 text-ink-muted">{t("same")}</p>
      ) : (
        <table className="mt-2 w-full border-collapse text-left">
          <thead>
            <tr className="border-b border-[#f0d9a8] text-xs tracking-wide text-ink-muted uppercase">
              <th className="py-1 pr-3 font-semibold">{t("field")}</th>
              <th className="py-1 pr-3 font-semibold">{t("theirs")}</th>
              <th className="py-1 font-semibold">{t("yours")}</th>
            </tr>
          </thead>
          <tbody>
            {conflict.fields.map((field) => (
              <tr key={field.name} className="border-b border-[#f0d9a8]/60 align-top">
                <th scope="row" className="py-1 pr-3 font-medium">
                  {labelOf(field.name, field.label)}
                </th>
                <td className="py-1 pr-3 break-words whitespace-pre-wrap">{field.theirs || "—"}</td>
                <td className="py-1 break-words whitespace-pre-wrap">{field.yours || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
