-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('AI_HARDWARE', 'LLM_FOUNDATION_MODELS', 'AI_INFRASTRUCTURE', 'COMPUTER_VISION', 'ROBOTICS', 'AUTONOMOUS_DRIVING', 'AI_AGENTS', 'AI_APPLICATIONS', 'AIOT', 'AI_RISK_AND_FINANCE', 'AI_COMMERCE');

-- CreateEnum
CREATE TYPE "StartupStatus" AS ENUM ('ACTIVE', 'ACQUIRED', 'LISTED', 'CLOSED');

-- CreateEnum
CREATE TYPE "Confidence" AS ENUM ('HIGH', 'MEDIUM', 'LOW');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('ALIBABA_UNIT', 'INVESTMENT_FIRM', 'COMPANY');

-- CreateEnum
CREATE TYPE "FoundingRole" AS ENUM ('FOUNDER', 'CO_FOUNDER', 'FOUNDING_TEAM');

-- CreateEnum
CREATE TYPE "FundingStage" AS ENUM ('ANGEL', 'SEED', 'PRE_A', 'SERIES_A', 'SERIES_A_PLUS', 'PRE_B', 'SERIES_B', 'SERIES_B_PLUS', 'SERIES_C', 'SERIES_C_PLUS', 'SERIES_D', 'SERIES_E', 'LATER', 'PRE_IPO', 'IPO', 'STRATEGIC', 'UNDISCLOSED');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('YEAR', 'MONTH', 'DAY');

-- CreateEnum
CREATE TYPE "AmountKind" AS ENUM ('EXACT', 'RANGE', 'UNDISCLOSED');

-- CreateEnum
CREATE TYPE "CitationRecordType" AS ENUM ('CITY', 'STARTUP', 'PERSON', 'ORGANIZATION', 'EMPLOYMENT', 'FOUNDING', 'FUNDING_ROUND', 'INVESTMENT', 'REPORTED_FIGURE');

-- CreateTable
CREATE TABLE "City" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT,
    "pinyin" TEXT,
    "region" TEXT,
    "country" CHAR(2) NOT NULL,
    "latitude" DECIMAL(8,5),
    "longitude" DECIMAL(8,5),
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "City_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Startup" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT,
    "nameZh" TEXT,
    "label" TEXT,
    "pinyin" TEXT,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "description" TEXT,
    "foundedYear" INTEGER,
    "foundedDate" DATE,
    "cityId" INTEGER,
    "locationNote" TEXT,
    "sectors" "Sector"[] DEFAULT ARRAY[]::"Sector"[],
    "status" "StartupStatus",
    "statusNote" TEXT,
    "website" TEXT,
    "confidence" "Confidence" NOT NULL DEFAULT 'HIGH',
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Startup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT,
    "nameZh" TEXT,
    "pinyin" TEXT,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "bio" TEXT,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT,
    "pinyin" TEXT,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "kind" "OrganizationKind" NOT NULL,
    "parentId" INTEGER,
    "description" TEXT,
    "website" TEXT,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Employment" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "role" TEXT,
    "startYear" INTEGER,
    "startMonth" INTEGER,
    "endYear" INTEGER,
    "endMonth" INTEGER,
    "isCurrent" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Employment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Founding" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "startupId" INTEGER NOT NULL,
    "role" "FoundingRole" NOT NULL,
    "title" TEXT,
    "note" TEXT,
    "confidence" "Confidence" NOT NULL DEFAULT 'HIGH',
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Founding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingRound" (
    "id" SERIAL NOT NULL,
    "startupId" INTEGER NOT NULL,
    "announcedOn" DATE,
    "datePrecision" "DatePrecision",
    "stage" "FundingStage" NOT NULL,
    "stageLabel" TEXT,
    "amountKind" "AmountKind" NOT NULL,
    "amountLow" DECIMAL(20,2),
    "amountHigh" DECIMAL(20,2),
    "currency" CHAR(3),
    "amountUsdLow" DECIMAL(20,2),
    "amountUsdHigh" DECIMAL(20,2),
    "note" TEXT,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "FundingRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Investment" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "organizationId" INTEGER,
    "personId" INTEGER,
    "isLead" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Investment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "originalPublisher" TEXT,
    "title" TEXT,
    "publishedOn" DATE,
    "language" TEXT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "recordType" "CitationRecordType" NOT NULL,
    "recordId" INTEGER NOT NULL,
    "field" TEXT,
    "claimedValue" TEXT,
    "quote" TEXT,
    "note" TEXT,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportedFigure" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "value" DECIMAL(20,4),
    "valueText" TEXT,
    "unit" TEXT NOT NULL,
    "asOfDate" DATE,
    "asOfLabel" TEXT NOT NULL,
    "scope" TEXT,
    "scopeCityId" INTEGER,
    "baseFigureId" INTEGER,
    "originalDataSource" TEXT,
    "alibabaSpecific" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT,
    "sourceId" INTEGER NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ReportedFigure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "City_slug_key" ON "City"("slug");

-- CreateIndex
CREATE INDEX "City_country_idx" ON "City"("country");

-- CreateIndex
CREATE UNIQUE INDEX "Startup_slug_key" ON "Startup"("slug");

-- CreateIndex
CREATE INDEX "Startup_cityId_idx" ON "Startup"("cityId");

-- CreateIndex
CREATE INDEX "Startup_foundedYear_idx" ON "Startup"("foundedYear");

-- CreateIndex
CREATE INDEX "Startup_sectors_idx" ON "Startup" USING GIN ("sectors");

-- CreateIndex
CREATE INDEX "Startup_status_idx" ON "Startup"("status");

-- CreateIndex
CREATE INDEX "Startup_nameEn_idx" ON "Startup"("nameEn");

-- CreateIndex
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");

-- CreateIndex
CREATE INDEX "Person_nameEn_idx" ON "Person"("nameEn");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE INDEX "Organization_kind_idx" ON "Organization"("kind");

-- CreateIndex
CREATE INDEX "Organization_parentId_idx" ON "Organization"("parentId");

-- CreateIndex
CREATE INDEX "Employment_personId_idx" ON "Employment"("personId");

-- CreateIndex
CREATE INDEX "Employment_organizationId_endYear_idx" ON "Employment"("organizationId", "endYear");

-- CreateIndex
CREATE INDEX "Founding_startupId_idx" ON "Founding"("startupId");

-- CreateIndex
CREATE UNIQUE INDEX "Founding_personId_startupId_key" ON "Founding"("personId", "startupId");

-- CreateIndex
CREATE INDEX "FundingRound_startupId_idx" ON "FundingRound"("startupId");

-- CreateIndex
CREATE INDEX "FundingRound_announcedOn_idx" ON "FundingRound"("announcedOn");

-- CreateIndex
CREATE INDEX "FundingRound_stage_idx" ON "FundingRound"("stage");

-- CreateIndex
CREATE INDEX "Investment_organizationId_idx" ON "Investment"("organizationId");

-- CreateIndex
CREATE INDEX "Investment_personId_idx" ON "Investment"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Investment_roundId_organizationId_key" ON "Investment"("roundId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Investment_roundId_personId_key" ON "Investment"("roundId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE INDEX "Citation_recordType_recordId_idx" ON "Citation"("recordType", "recordId");

-- CreateIndex
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportedFigure_slug_key" ON "ReportedFigure"("slug");

-- AddForeignKey
ALTER TABLE "Startup" ADD CONSTRAINT "Startup_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Founding" ADD CONSTRAINT "Founding_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Founding" ADD CONSTRAINT "Founding_startupId_fkey" FOREIGN KEY ("startupId") REFERENCES "Startup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingRound" ADD CONSTRAINT "FundingRound_startupId_fkey" FOREIGN KEY ("startupId") REFERENCES "Startup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Investment" ADD CONSTRAINT "Investment_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "FundingRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Investment" ADD CONSTRAINT "Investment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Investment" ADD CONSTRAINT "Investment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportedFigure" ADD CONSTRAINT "ReportedFigure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportedFigure" ADD CONSTRAINT "ReportedFigure_scopeCityId_fkey" FOREIGN KEY ("scopeCityId") REFERENCES "City"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportedFigure" ADD CONSTRAINT "ReportedFigure_baseFigureId_fkey" FOREIGN KEY ("baseFigureId") REFERENCES "ReportedFigure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: rules Prisma's schema language cannot express. The drift test ignores CHECK constraints.
ALTER TABLE "Startup" ADD CONSTRAINT "Startup_has_name_check" CHECK (COALESCE("nameEn", "nameZh", "label") IS NOT NULL);
ALTER TABLE "Startup" ADD CONSTRAINT "Startup_foundedYear_check" CHECK ("foundedYear" IS NULL OR "foundedYear" BETWEEN 1900 AND 2100);
ALTER TABLE "Person" ADD CONSTRAINT "Person_has_name_check" CHECK (COALESCE("nameEn", "nameZh") IS NOT NULL);
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_years_check" CHECK ("startYear" IS NULL OR "endYear" IS NULL OR "startYear" <= "endYear");
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_months_check" CHECK (("startMonth" IS NULL OR "startMonth" BETWEEN 1 AND 12) AND ("endMonth" IS NULL OR "endMonth" BETWEEN 1 AND 12));
ALTER TABLE "FundingRound" ADD CONSTRAINT "FundingRound_amount_check" CHECK (
    ("amountKind" = 'UNDISCLOSED' AND "amountLow" IS NULL AND "amountHigh" IS NULL)
    OR ("amountKind" = 'EXACT' AND "amountLow" IS NOT NULL AND "amountLow" = "amountHigh" AND "amountLow" >= 0)
    OR ("amountKind" = 'RANGE' AND "amountLow" IS NOT NULL AND "amountHigh" IS NOT NULL AND 0 <= "amountLow" AND "amountLow" < "amountHigh")
);
ALTER TABLE "FundingRound" ADD CONSTRAINT "FundingRound_currency_check" CHECK ("amountKind" = 'UNDISCLOSED' OR "currency" IS NOT NULL);
ALTER TABLE "Investment" ADD CONSTRAINT "Investment_one_investor_check" CHECK (("organizationId" IS NULL) <> ("personId" IS NULL));
