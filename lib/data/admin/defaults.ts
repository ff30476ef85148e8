import "server-only";
import type { FormValues } from "@/lib/validation/form-data";
import type { EntityKey } from "@/lib/validation/form-spec";

/** What a new record's form starts with: the schema defaults an editor would otherwise pick every time. */
export const newRecordDefaults: Record<EntityKey, FormValues> = {
  startups: { confidence: "HIGH" },
  people: {},
  cities: { country: "CN" },
  organizations: {},
  employments: {},
  foundings: { role: "FOUNDER", confidence: "HIGH" },
  "funding-rounds": { amountKind: "UNDISCLOSED" },
  investments: {},
  sources: { language: "en" },
  citations: {},
  "reported-figures": { alibabaSpecific: "on" },
};
