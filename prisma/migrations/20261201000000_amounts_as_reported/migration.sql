-- Amounts as sources state them (issue 14): a lower bound ("more than US$20 million", "超2亿") is
-- its own kind, and the words the source used ("数千万元") are kept beside the numbers read from them.
ALTER TYPE "AmountKind" ADD VALUE 'AT_LEAST';

ALTER TABLE "FundingRound" ADD COLUMN "amountText" TEXT;
