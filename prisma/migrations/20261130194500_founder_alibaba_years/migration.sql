-- The alumni switch's per-founder Alibaba years, kept by the database (lib/data/alumni.ts).
--
-- One row per live founding whose live founder has a live job in a live Alibaba unit: the founder's
-- Alibaba Group years as they stood when the start-up was founded. Jobs that began after the
-- founding year do not count; a job still held counts up to the founding year. Reading the switch
-- from this table is a scan of one narrow row per founder instead of a grouped join of foundings,
-- start-ups, jobs and units (22–45 s at 100,000 start-ups for "at least 5 years").
--
-- Statement-level triggers on every table the years come from refresh the rows of the founders and
-- start-ups a statement touched, in the same transaction, so the table can never disagree with
-- what was committed, whichever path wrote (the admin, the seed, imports, the synthetic generator,
-- a restore). No foreign keys: the rows are derived, and the triggers delete them with their sources.
CREATE TABLE "FounderAlibabaYears" (
    "foundingId" INTEGER NOT NULL,
    "startupId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "foundedYear" INTEGER,
    "beforeFounding" BOOLEAN NOT NULL,
    "firstYear" INTEGER,
    "lastYear" INTEGER,
    "startKnown" BOOLEAN NOT NULL,
    "endKnown" BOOLEAN NOT NULL,

    CONSTRAINT "FounderAlibabaYears_pkey" PRIMARY KEY ("foundingId")
);

CREATE INDEX "FounderAlibabaYears_startupId_idx" ON "FounderAlibabaYears"("startupId");
CREATE INDEX "FounderAlibabaYears_personId_idx" ON "FounderAlibabaYears"("personId");

-- Hand-written: the rows of the given founders and start-ups (both NULL: every row), recomputed.
-- A job that began after the founding year is not "before founding"; a job still held ends at the
-- founding year. The founding ids are looked up first, so each statement uses the Founding
-- indexes. The query is run with EXECUTE, planned for the ids at hand each time (a cached generic
-- plan could scan every founding), and written in the function rather than as a view, which
-- would block later migrations from altering the columns it reads.
CREATE FUNCTION "refresh_founder_alibaba_years"(person_ids INTEGER[], startup_ids INTEGER[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    founding_ids INTEGER[];
    source CONSTANT TEXT := $source$
        INSERT INTO "FounderAlibabaYears"
        SELECT f.id AS "foundingId", f."startupId", f."personId", s."foundedYear",
            bool_or(j.counted) AS "beforeFounding",
            min(e."startYear") FILTER (WHERE j.counted) AS "firstYear",
            max(CASE WHEN e."isCurrent" THEN s."foundedYear" ELSE e."endYear" END) FILTER (WHERE j.counted) AS "lastYear",
            COALESCE(bool_and(e."startYear" IS NOT NULL) FILTER (WHERE j.counted), false) AS "startKnown",
            COALESCE(bool_and(e."endYear" IS NOT NULL OR e."isCurrent") FILTER (WHERE j.counted), false) AS "endKnown"
        FROM "Founding" f
        JOIN "Startup" s ON s.id = f."startupId"
        JOIN "Person" p ON p.id = f."personId" AND p."deletedAt" IS NULL
        JOIN "Employment" e ON e."personId" = f."personId" AND e."deletedAt" IS NULL
        JOIN "Organization" o ON o.id = e."organizationId" AND o.kind = 'ALIBABA_UNIT' AND o."deletedAt" IS NULL
        CROSS JOIN LATERAL (SELECT s."foundedYear" IS NULL OR e."startYear" IS NULL
                                   OR e."startYear" <= s."foundedYear" AS counted) j
        WHERE f."deletedAt" IS NULL AND %s
        GROUP BY f.id, f."startupId", f."personId", s."foundedYear"
    $source$;
BEGIN
    IF person_ids IS NULL AND startup_ids IS NULL THEN
        DELETE FROM "FounderAlibabaYears";
        EXECUTE format(source, 'true');
        RETURN;
    END IF;
    founding_ids := ARRAY(SELECT f.id FROM "Founding" f WHERE f."personId" = ANY (person_ids)
                          UNION SELECT f.id FROM "Founding" f WHERE f."startupId" = ANY (startup_ids));
    DELETE FROM "FounderAlibabaYears" y WHERE y."personId" = ANY (person_ids);
    DELETE FROM "FounderAlibabaYears" y WHERE y."startupId" = ANY (startup_ids);
    DELETE FROM "FounderAlibabaYears" y WHERE y."foundingId" = ANY (founding_ids);
    IF cardinality(founding_ids) > 0 THEN
        EXECUTE format(source, 'f.id = ANY ($1)') USING founding_ids;
    END IF;
END;
$$;

-- Each trigger function reads the statement's transition tables (old and new rows) for the ids it
-- concerns. One function per table and event, because a transition table exists only where its
-- event does.
CREATE FUNCTION "founder_years_after_employment"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "refresh_founder_alibaba_years"(ARRAY(SELECT DISTINCT "personId" FROM new_rows), ARRAY[]::INTEGER[]);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM "refresh_founder_alibaba_years"(ARRAY(SELECT DISTINCT "personId" FROM old_rows), ARRAY[]::INTEGER[]);
    ELSE
        PERFORM "refresh_founder_alibaba_years"(
            ARRAY(SELECT n."personId" FROM new_rows n JOIN old_rows o ON o.id = n.id
                  WHERE (n."personId", n."organizationId", n."startYear", n."endYear", n."isCurrent", n."deletedAt")
                        IS DISTINCT FROM (o."personId", o."organizationId", o."startYear", o."endYear", o."isCurrent", o."deletedAt")
                  UNION SELECT o."personId" FROM new_rows n JOIN old_rows o ON o.id = n.id
                  WHERE n."personId" <> o."personId"),
            ARRAY[]::INTEGER[]);
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION "founder_years_after_founding"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "refresh_founder_alibaba_years"(ARRAY[]::INTEGER[], ARRAY(SELECT DISTINCT "startupId" FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM "refresh_founder_alibaba_years"(ARRAY[]::INTEGER[], ARRAY(SELECT DISTINCT "startupId" FROM old_rows));
    ELSE
        PERFORM "refresh_founder_alibaba_years"(
            ARRAY[]::INTEGER[],
            ARRAY(SELECT n."startupId" FROM new_rows n JOIN old_rows o ON o.id = n.id
                  WHERE (n."personId", n."startupId", n."deletedAt") IS DISTINCT FROM (o."personId", o."startupId", o."deletedAt")
                  UNION SELECT o."startupId" FROM new_rows n JOIN old_rows o ON o.id = n.id
                  WHERE n."startupId" <> o."startupId"));
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION "founder_years_after_startup"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "refresh_founder_alibaba_years"(
        ARRAY[]::INTEGER[],
        ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
              WHERE n."foundedYear" IS DISTINCT FROM o."foundedYear"));
    RETURN NULL;
END;
$$;

CREATE FUNCTION "founder_years_after_person"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "refresh_founder_alibaba_years"(
        ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
              WHERE n."deletedAt" IS DISTINCT FROM o."deletedAt"),
        ARRAY[]::INTEGER[]);
    RETURN NULL;
END;
$$;

CREATE FUNCTION "founder_years_after_organization"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "refresh_founder_alibaba_years"(
        ARRAY(SELECT DISTINCT e."personId" FROM "Employment" e
              WHERE e."organizationId" IN (
                  SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                  WHERE (n.kind, n."deletedAt") IS DISTINCT FROM (o.kind, o."deletedAt"))),
        ARRAY[]::INTEGER[]);
    RETURN NULL;
END;
$$;

-- TRUNCATE fires no row events: rebuild the whole table (cheap, since a truncated source leaves
-- little to join).
CREATE FUNCTION "founder_years_after_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "refresh_founder_alibaba_years"(NULL, NULL);
    RETURN NULL;
END;
$$;

CREATE TRIGGER "Employment_founder_years_insert" AFTER INSERT ON "Employment"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "founder_years_after_employment"();
CREATE TRIGGER "Employment_founder_years_update" AFTER UPDATE ON "Employment"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "founder_years_after_employment"();
CREATE TRIGGER "Employment_founder_years_delete" AFTER DELETE ON "Employment"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "founder_years_after_employment"();

CREATE TRIGGER "Founding_founder_years_insert" AFTER INSERT ON "Founding"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "founder_years_after_founding"();
CREATE TRIGGER "Founding_founder_years_update" AFTER UPDATE ON "Founding"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "founder_years_after_founding"();
CREATE TRIGGER "Founding_founder_years_delete" AFTER DELETE ON "Founding"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "founder_years_after_founding"();

CREATE TRIGGER "Startup_founder_years_update" AFTER UPDATE ON "Startup"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "founder_years_after_startup"();
CREATE TRIGGER "Person_founder_years_update" AFTER UPDATE ON "Person"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "founder_years_after_person"();
CREATE TRIGGER "Organization_founder_years_update" AFTER UPDATE ON "Organization"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "founder_years_after_organization"();

CREATE TRIGGER "Employment_founder_years_truncate" AFTER TRUNCATE ON "Employment"
    FOR EACH STATEMENT EXECUTE FUNCTION "founder_years_after_truncate"();
CREATE TRIGGER "Founding_founder_years_truncate" AFTER TRUNCATE ON "Founding"
    FOR EACH STATEMENT EXECUTE FUNCTION "founder_years_after_truncate"();

-- The rows for the data already there.
SELECT "refresh_founder_alibaba_years"(NULL, NULL);
