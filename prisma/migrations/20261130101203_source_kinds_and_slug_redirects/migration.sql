-- AlterEnum
ALTER TYPE "OrganizationKind" ADD VALUE 'GOVERNMENT';

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('ORIGINAL_REPORTING', 'COMPANY_STATEMENT', 'FILING', 'REFERENCE_WORK', 'AGGREGATOR', 'MIRROR', 'AI_GENERATED');

-- CreateEnum
CREATE TYPE "SlugRecordType" AS ENUM ('STARTUP', 'PERSON', 'CITY', 'ORGANIZATION', 'REPORTED_FIGURE');

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "canonicalUrl" TEXT,
ADD COLUMN     "kind" "SourceKind",
ADD COLUMN     "note" TEXT,
ADD COLUMN     "publishedPrecision" "DatePrecision",
ADD COLUMN     "retrievedOn" DATE;

-- CreateTable
CREATE TABLE "SlugRedirect" (
    "id" SERIAL NOT NULL,
    "recordType" "SlugRecordType" NOT NULL,
    "slug" TEXT NOT NULL,
    "recordId" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlugRedirect_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataRelease" (
    "id" SERIAL NOT NULL,
    "compiledOn" DATE NOT NULL,
    "loadedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataRelease_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Source_kind_idx" ON "Source"("kind");

-- CreateIndex
CREATE INDEX "SlugRedirect_recordType_recordId_idx" ON "SlugRedirect"("recordType", "recordId");

-- CreateIndex
CREATE UNIQUE INDEX "SlugRedirect_recordType_slug_key" ON "SlugRedirect"("recordType", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "DataRelease_compiledOn_key" ON "DataRelease"("compiledOn");

-- Sources already stored with a full date were entered as full dates.
UPDATE "Source" SET "publishedPrecision" = 'DAY' WHERE "publishedOn" IS NOT NULL;

-- Hand-written: a precision only goes with a date.
ALTER TABLE "Source" ADD CONSTRAINT "Source_published_precision_check" CHECK (("publishedOn" IS NULL) = ("publishedPrecision" IS NULL));
