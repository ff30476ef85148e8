import type { ReactNode } from "react";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

/** What joins a field's label to its error messages, and the messages to each other. */
export type ErrorSeparators = { label: string; list: string };
export const DEFAULT_SEPARATORS: ErrorSeparators = { label: " ", list: "; " };
/** Chinese runs the label into the message with no space and lists with a full-width semicolon. */
export const CHINESE_SEPARATORS: ErrorSeparators = { label: "", list: "；" };

/** Label, control, hint and error for one field; the control gets the ids through `describedBy`. */
export function FieldShell({
  id,
  label,
  required,
  hint,
  errors,
  wide,
  children,
  asGroup,
  separators = DEFAULT_SEPARATORS,
}: {
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
  errors?: string[];
  wide?: boolean;
  children: ReactNode;
  /** For checkbox groups: a fieldset with a legend instead of a label. */
  asGroup?: boolean;
  /** How the error line joins the label and the messages ("Name is required" / "名称为必填项"). */
  separators?: ErrorSeparators;
}) {
  const body = (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-ink-muted">
          {hint}
        </p>
      ) : null}
      {errors && errors.length > 0 ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {label}
          {separators.label}
          {errors.join(separators.list)}
        </p>
      ) : null}
    </>
  );
  if (asGroup) {
    return (
      <fieldset
        className={cn("grid gap-1.5", wide && "sm:col-span-2")}
        aria-describedby={describedBy(id, hint, errors)}
      >
        <legend className="mb-1 text-sm font-medium text-ink">
          {label}
          {required ? <span className="text-red-700"> *</span> : null}
        </legend>
        {children}
        {body}
      </fieldset>
    );
  }
  return (
    <div className={cn("grid content-start gap-1.5", wide && "sm:col-span-2")}>
      <Label htmlFor={id}>
        {label}
        {required ? <span className="text-red-700"> *</span> : null}
      </Label>
      {children}
      {body}
    </div>
  );
}

export function describedBy(id: string, hint?: string, errors?: string[]): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors && errors.length > 0 ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}
