-- A round dated only by a span (issue 14): "2024–2025". "announcedOn" keeps the start (and sorts the
-- round), "announcedUntil" the end, each as precise as reported (the first day of its year or month).
ALTER TABLE "FundingRound" ADD COLUMN "announcedUntil" DATE;
ALTER TABLE "FundingRound" ADD COLUMN "untilPrecision" "DatePrecision";
ALTER TABLE "FundingRound" ADD CONSTRAINT "FundingRound_date_span_check" CHECK (
  ("announcedUntil" IS NULL) = ("untilPrecision" IS NULL)
  AND ("announcedUntil" IS NULL OR ("announcedOn" IS NOT NULL AND "announcedUntil" >= "announcedOn"))
);
