import type { FormValues } from "@/lib/validation/form-data";
import type { FieldSpec } from "@/lib/validation/form-spec";

const HAN = /\p{Script=Han}/u;

/**
 * What a record created from a picker starts with: the form's defaults, the picker's own (an
 * investor is an investment firm), and the words typed in the picker in the field they name: a web
 * address in the first address field, Chinese in the Chinese-name field, anything else in the first
 * text field (the English name, a publisher).
 */
export function createInPlaceValues(
  fields: readonly FieldSpec[],
  query: string,
  defaults: FormValues = {},
  pickerDefaults: FormValues = {},
): FormValues {
  const values: FormValues = { ...defaults, ...pickerDefaults };
  const typed = query.trim();
  if (typed === "") return values;
  const target = /^https?:\/\//i.test(typed)
    ? fields.find((field) => field.kind === "url")
    : HAN.test(typed)
      ? (fields.find((field) => field.kind === "text" && field.lang === "zh") ?? fields.find((f) => f.kind === "text"))
      : fields.find((field) => field.kind === "text" && field.lang !== "zh");
  if (target) values[target.name] = typed;
  return values;
}
