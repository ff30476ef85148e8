-- A job whose end the source does not state (issue 14): "still there" (isCurrent), "left, year not
-- reported" (neither, with no end year) and "the source does not say" were two states in three cases,
-- so a career could say someone left when no source says so. The new flag is the third case.
ALTER TABLE "Employment" ADD COLUMN "endNotStated" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_end_not_stated_check"
    CHECK (NOT "endNotStated" OR ("endYear" IS NULL AND "endMonth" IS NULL AND NOT "isCurrent"));
