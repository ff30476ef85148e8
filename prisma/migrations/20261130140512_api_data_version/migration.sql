-- Hand-written: the public API (lib/routing/api) tags its responses with the chart data version
-- (migration 20261124091000) and answers 304 when it has not moved. API responses embed citations,
-- which the charts do not read, so a citation edit must bump the counter too.
CREATE TRIGGER "Citation_chart_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Citation"
    FOR EACH STATEMENT EXECUTE FUNCTION "bump_chart_data_version"();
