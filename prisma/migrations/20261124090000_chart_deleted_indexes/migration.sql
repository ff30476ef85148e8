-- CreateIndex
CREATE INDEX "Startup_deletedAt_idx" ON "Startup"("deletedAt");

-- CreateIndex
CREATE INDEX "Person_deletedAt_idx" ON "Person"("deletedAt");
