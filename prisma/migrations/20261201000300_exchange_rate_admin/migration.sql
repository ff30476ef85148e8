-- Exchange rates are edited in the admin like every other record (issue 14): a version for saves that
-- must not overwrite another editor's, soft delete with history, and their own kind in the change log.
-- One live rate per currency and day: a deleted rate no longer blocks entering that day's rate again.
ALTER TYPE "ChangeRecordType" ADD VALUE 'EXCHANGE_RATE' BEFORE 'USER';

ALTER TABLE "ExchangeRate" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "ExchangeRate" ADD COLUMN "deletedAt" TIMESTAMPTZ(3);

DROP INDEX "ExchangeRate_currency_rateOn_key";
CREATE UNIQUE INDEX "ExchangeRate_live_currency_rateOn_key" ON "ExchangeRate"("currency", "rateOn") WHERE "deletedAt" IS NULL;
