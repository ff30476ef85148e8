-- A lower bound has its bound and no high end. In its own migration: PostgreSQL lets a new enum
-- value (AT_LEAST, added by the previous one) be used only after the transaction that added it.
ALTER TABLE "FundingRound" DROP CONSTRAINT "FundingRound_amount_check";
ALTER TABLE "FundingRound" ADD CONSTRAINT "FundingRound_amount_check" CHECK (
    ("amountKind" = 'UNDISCLOSED' AND "amountLow" IS NULL AND "amountHigh" IS NULL)
    OR ("amountKind" = 'EXACT' AND "amountLow" IS NOT NULL AND "amountLow" = "amountHigh" AND "amountLow" >= 0)
    OR ("amountKind" = 'RANGE' AND "amountLow" IS NOT NULL AND "amountHigh" IS NOT NULL AND 0 <= "amountLow" AND "amountLow" < "amountHigh")
    OR ("amountKind" = 'AT_LEAST' AND "amountLow" IS NOT NULL AND "amountHigh" IS NULL AND "amountLow" >= 0)
);
