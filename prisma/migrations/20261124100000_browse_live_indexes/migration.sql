-- Hand-written: a partial covering index (not expressible in schema.prisma), so the drift check in
-- tests/helpers/schema-drift.ts lists its name in HAND_WRITTEN_INDEXES and checks it exists.

-- An investor's live investments with their rounds and lead flags, from the index alone: the
-- investor profile counts its portfolio, rounds and leads over thousands of investments.
-- CreateIndex
CREATE INDEX "Investment_live_organization_idx" ON "Investment" ("organizationId") INCLUDE ("roundId", "isLead") WHERE "deletedAt" IS NULL;
