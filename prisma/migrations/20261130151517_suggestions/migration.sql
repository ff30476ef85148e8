-- CreateEnum
CREATE TYPE "SuggestionKind" AS ENUM ('STARTUP', 'FACT');

-- CreateEnum
CREATE TYPE "SuggestionStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "Suggestion" (
    "id" SERIAL NOT NULL,
    "reference" TEXT NOT NULL,
    "kind" "SuggestionKind" NOT NULL,
    "status" "SuggestionStatus" NOT NULL DEFAULT 'PENDING',
    "nameEn" TEXT,
    "nameZh" TEXT,
    "website" TEXT,
    "cityName" TEXT,
    "foundedYear" INTEGER,
    "founders" TEXT,
    "alibabaLink" TEXT,
    "targetType" "CitationRecordType",
    "targetId" INTEGER,
    "targetField" TEXT,
    "currentValue" TEXT,
    "proposedValue" TEXT,
    "sourceUrl" TEXT NOT NULL,
    "sourceQuote" TEXT,
    "comment" TEXT,
    "contactEmail" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" TEXT,
    "decidedByName" TEXT,
    "decisionReason" TEXT,
    "resultType" "CitationRecordType",
    "resultId" INTEGER,

    CONSTRAINT "Suggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProofOfWorkUse" (
    "challengeId" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProofOfWorkUse_pkey" PRIMARY KEY ("challengeId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Suggestion_reference_key" ON "Suggestion"("reference");

-- CreateIndex
CREATE INDEX "Suggestion_status_createdAt_idx" ON "Suggestion"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ProofOfWorkUse_expiresAt_idx" ON "ProofOfWorkUse"("expiresAt");

-- Hand-written: each kind carries what review needs; a decision is whole or absent.
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_startup_check"
    CHECK ("kind" <> 'STARTUP' OR "nameEn" IS NOT NULL OR "nameZh" IS NOT NULL);
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_fact_check"
    CHECK ("kind" <> 'FACT' OR ("targetType" IS NOT NULL AND "targetId" IS NOT NULL AND "proposedValue" IS NOT NULL));
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_decision_check"
    CHECK (("status" = 'PENDING') = ("decidedAt" IS NULL));
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_rejection_reason_check"
    CHECK ("status" <> 'REJECTED' OR "decisionReason" IS NOT NULL);
