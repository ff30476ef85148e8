-- CreateTable
CREATE TABLE "ChartDataVersion" (
    "id" INTEGER NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ChartDataVersion_pkey" PRIMARY KEY ("id")
);

-- Hand-written: the counter's one row, and statement-level triggers that bump it on any write to
-- a table the charts read. The update takes the row's lock until commit, so versions are handed
-- out in commit order: a reader that sees version n sees every change counted up to n.
INSERT INTO "ChartDataVersion" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "bump_chart_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ChartDataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Startup_chart_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Startup"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_chart_data_version"();

CREATE TRIGGER "City_chart_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "City"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_chart_data_version"();

CREATE TRIGGER "Person_chart_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Person"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_chart_data_version"();

CREATE TRIGGER "Organization_chart_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Organization"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_chart_data_version"();

CREATE TRIGGER "Employment_chart_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Employment"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_chart_data_version"();

CREATE TRIGGER "Founding_chart_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Founding"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_chart_data_version"();

CREATE TRIGGER "FundingRound_chart_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "FundingRound"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_chart_data_version"();

CREATE TRIGGER "Investment_chart_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Investment"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_chart_data_version"();

CREATE TRIGGER "ReportedFigure_chart_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ReportedFigure"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_chart_data_version"();

CREATE TRIGGER "Source_chart_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Source"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_chart_data_version"();
