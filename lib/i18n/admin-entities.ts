import type { EntityKey } from "../validation/form-spec";

/**
 * Each kind of record's key in the admin's messages: `admin.entities.<key>.one` (a start-up),
 * `.other` (start-ups, in running text) and `.title` (Start-ups, a heading). The URL's keys with
 * hyphens become camelCase, so the messages stay plain JSON paths; `users` names accounts.
 */
export const ENTITY_MESSAGE_KEYS = {
  startups: "startups",
  people: "people",
  cities: "cities",
  organizations: "organizations",
  employments: "employments",
  foundings: "foundings",
  "funding-rounds": "fundingRounds",
  investments: "investments",
  sources: "sources",
  citations: "citations",
  "reported-figures": "reportedFigures",
  "exchange-rates": "exchangeRates",
} as const satisfies Record<EntityKey, string>;

export type EntityMessageKey = (typeof ENTITY_MESSAGE_KEYS)[EntityKey] | "users";

export function entityMessageKey(key: EntityKey): EntityMessageKey {
  return ENTITY_MESSAGE_KEYS[key];
}
