import "server-only";
import type { ChangeRecordType } from "@/lib/generated/prisma/enums";
import type { FormValues } from "@/lib/validation/form-data";
import type { EntityKey, FieldSpec } from "@/lib/validation/form-spec";
import { cities } from "./entities/cities";
import { citations } from "./entities/citations";
import type { EntityDefinition } from "./entities/define";
import { employments } from "./entities/employments";
import { exchangeRates } from "./entities/exchange-rates";
import { foundings } from "./entities/foundings";
import { fundingRounds } from "./entities/funding-rounds";
import { investments } from "./entities/investments";
import { organizations } from "./entities/organizations";
import { people } from "./entities/people";
import { reportedFigures } from "./entities/reported-figures";
import { sources } from "./entities/sources";
import { startups } from "./entities/startups";

export { citationTargets } from "./entities/citations";
export type { EntityDefinition, PreparedRecord, TypedEntity } from "./entities/define";

/**
 * Every entity the admin edits, by its URL segment. Each is defined once, in its own module under
 * `entities/`; code elsewhere asks the entity, never switches on its name.
 */
export const entities = {
  startups,
  people,
  cities,
  organizations,
  employments,
  foundings,
  "funding-rounds": fundingRounds,
  investments,
  sources,
  citations,
  "reported-figures": reportedFigures,
  "exchange-rates": exchangeRates,
} satisfies Record<EntityKey, EntityDefinition>;

const registered: EntityDefinition[] = Object.values(entities);

/** The entity whose changes the history files under this kind of record, if the admin edits it. */
export function entityByRecordType(recordType: ChangeRecordType): EntityDefinition | null {
  return registered.find((entity) => entity.recordType === recordType) ?? null;
}

/** Every entity, in the order of the admin's menu. */
export function allEntities(): readonly EntityDefinition[] {
  return registered;
}

type Stored = Readonly<Record<string, unknown>>;

/** How much of a stored date its form shows: 2024, 2024-07 or 2024-07-14, as precisely as it was reported. */
function datePrecisionLength(field: FieldSpec, row: Stored): number {
  const precision = field.precisionField ? row[field.precisionField] : null;
  return precision === "YEAR" ? 4 : precision === "MONTH" ? 7 : 10;
}

/** A row or a history snapshot as the strings a form shows. */
export function toFormValues(fields: readonly FieldSpec[], row: Stored): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value = row[field.name];
    if (field.kind === "checkboxes") values[field.name] = Array.isArray(value) ? value.map(String) : [];
    else if (field.kind === "list") values[field.name] = Array.isArray(value) ? value.join("\n") : "";
    else if (field.kind === "checkbox") values[field.name] = value === true ? "on" : "";
    else if (field.dateField && (row[field.dateField] instanceof Date || typeof row[field.dateField] === "string")) {
      const dated = row[field.dateField];
      const iso = dated instanceof Date ? dated.toISOString() : String(dated);
      values[field.name] = iso.slice(0, datePrecisionLength(field, row));
    } else if (value === null || value === undefined) values[field.name] = "";
    else if (value instanceof Date) values[field.name] = value.toISOString().slice(0, datePrecisionLength(field, row));
    else if ((field.kind === "date" || field.precisionField) && typeof value === "string")
      values[field.name] = value.slice(0, datePrecisionLength(field, row));
    else values[field.name] = String(value);
  }
  return values;
}
