-- A start-up's founding as precise as the sources state it (issue 14): "2023", "July 2023" or
-- "14 July 2023", typed as 2023, 2023-07 or 2023-07-14 in one field. The year stays in "foundedYear"
-- (charts, filters and sorting read it); "foundedDate" holds the month (its first day) or the day,
-- and "foundedPrecision" says which. Until now "foundedDate" was only ever an exact day.
ALTER TABLE "Startup" ADD COLUMN "foundedPrecision" "DatePrecision";
UPDATE "Startup" SET "foundedPrecision" = 'DAY' WHERE "foundedDate" IS NOT NULL;
UPDATE "Startup" SET "foundedYear" = EXTRACT(YEAR FROM "foundedDate")::int
  WHERE "foundedDate" IS NOT NULL AND "foundedYear" IS NULL;
ALTER TABLE "Startup" ADD CONSTRAINT "Startup_founded_precision_check" CHECK (
  ("foundedDate" IS NULL) = ("foundedPrecision" IS NULL)
  AND ("foundedPrecision" IS NULL OR "foundedPrecision" <> 'YEAR')
  AND ("foundedDate" IS NULL OR EXTRACT(YEAR FROM "foundedDate") = "foundedYear")
  AND ("foundedPrecision" IS DISTINCT FROM 'MONTH' OR EXTRACT(DAY FROM "foundedDate") = 1)
);
