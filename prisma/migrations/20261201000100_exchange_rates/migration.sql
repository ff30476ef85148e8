-- Dated exchange rates with their source (issue 14): a round reported in another currency is shown
-- "≈ US$… at the rate of <date>" and counts in US-dollar totals only through a stored, sourced rate,
-- never a rate the code assumes. One rate per currency and day; usdPerUnit is US dollars for one unit.
CREATE TABLE "ExchangeRate" (
    "id" SERIAL NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "rateOn" DATE NOT NULL,
    "usdPerUnit" DECIMAL(20,10) NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ExchangeRate_usdPerUnit_positive" CHECK ("usdPerUnit" > 0),
    CONSTRAINT "ExchangeRate_currency_not_usd" CHECK ("currency" <> 'USD')
);

CREATE UNIQUE INDEX "ExchangeRate_currency_rateOn_key" ON "ExchangeRate"("currency", "rateOn");
CREATE INDEX "ExchangeRate_sourceId_idx" ON "ExchangeRate"("sourceId");

ALTER TABLE "ExchangeRate" ADD CONSTRAINT "ExchangeRate_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
