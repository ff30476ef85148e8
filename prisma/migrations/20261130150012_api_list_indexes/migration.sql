-- Hand-written: indexes for the public API's lists (lib/data/api).
-- Organisations are listed by name a page at a time, with keyset cursors on
-- (name, id): this serves both the order and the "after this name and id" condition.
CREATE INDEX "Organization_name_order_idx" ON "Organization" (lower("nameEn"), "id");

-- The API hides synthetic (benchmark) start-ups. Whether there are any is a lookup in this index,
-- empty on every real database, so the API runs the start-up list's own query, fast paths
-- included, unless synthetic rows are actually present.
CREATE INDEX "Startup_synthetic_idx" ON "Startup" ("id") WHERE "synthetic";
