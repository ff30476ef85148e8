-- CreateTable
CREATE TABLE "ChartSnapshot" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "chartKey" TEXT NOT NULL,
    "filters" JSONB NOT NULL,
    "data" JSONB NOT NULL,
    "contentHash" TEXT NOT NULL,
    "dataAsOf" TIMESTAMPTZ(3),
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ChartSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChartSnapshot_slug_key" ON "ChartSnapshot"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ChartSnapshot_contentHash_key" ON "ChartSnapshot"("contentHash");

-- CreateIndex
CREATE INDEX "ChartSnapshot_chartKey_idx" ON "ChartSnapshot"("chartKey");

-- CreateIndex
CREATE INDEX "Startup_updatedAt_idx" ON "Startup"("updatedAt");

-- CreateIndex
CREATE INDEX "Person_updatedAt_idx" ON "Person"("updatedAt");

-- CreateIndex
CREATE INDEX "Employment_updatedAt_idx" ON "Employment"("updatedAt");

-- CreateIndex
CREATE INDEX "Founding_updatedAt_idx" ON "Founding"("updatedAt");

-- CreateIndex
CREATE INDEX "FundingRound_updatedAt_idx" ON "FundingRound"("updatedAt");

-- CreateIndex
CREATE INDEX "Investment_updatedAt_idx" ON "Investment"("updatedAt");
