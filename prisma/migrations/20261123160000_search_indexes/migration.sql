-- Hand-written: search and sort indexes for the browse pages. Nothing here is expressible in
-- schema.prisma (expression indexes, an extension, a function), so the drift check in
-- tests/helpers/schema-drift.ts lists these index names in HAND_WRITTEN_INDEXES and checks they exist.

-- Trigram matching makes "contains" searches (ILIKE '%…%') use an index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One lowercase text per record holding every name it is known by: names, aliases, the toneless
-- pinyin with spaces ("zhu ming ming") and without ("zhumingming"), so "zhu mingming" can be matched
-- as typed or with its spaces removed. Fields are separated by " | " so a match cannot span two names.
-- IMMUTABLE (array_to_string itself is only STABLE) because it is used in index expressions; it is
-- immutable in fact for text input.
CREATE FUNCTION "atlas_search_text"(names TEXT[], aliases TEXT[], pinyin TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT lower(array_to_string(names || aliases || ARRAY[pinyin, replace(pinyin, ' ', '')], ' | ')) $$;

-- CreateIndex
CREATE INDEX "Startup_search_trgm_idx" ON "Startup" USING GIN ("atlas_search_text"(ARRAY["nameEn", "nameZh", "label"], "aliases", "pinyin") gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Person_search_trgm_idx" ON "Person" USING GIN ("atlas_search_text"(ARRAY["nameEn", "nameZh"], "aliases", "pinyin") gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Organization_search_trgm_idx" ON "Organization" USING GIN ("atlas_search_text"(ARRAY["nameEn", "nameZh"], "aliases", "pinyin") gin_trgm_ops);

-- The start-up list's default order (display name A→Z) read straight from an index.
-- CreateIndex
CREATE INDEX "Startup_display_name_idx" ON "Startup" (lower(COALESCE("nameEn", "nameZh", "label")), "id");

-- Trigrams need three characters; two-character searches are common in Chinese (杭州, 同盾). Their
-- distinct two-character pieces, in a GIN index, find those rows without reading the whole table.
CREATE FUNCTION "atlas_bigrams"(input TEXT) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT ARRAY(SELECT DISTINCT substr(input, i, 2) FROM generate_series(1, length(input) - 1) AS i) $$;

-- CreateIndex
CREATE INDEX "Startup_search_bigram_idx" ON "Startup" USING GIN ("atlas_bigrams"("atlas_search_text"(ARRAY["nameEn", "nameZh", "label"], "aliases", "pinyin")));

-- CreateIndex
CREATE INDEX "Person_search_bigram_idx" ON "Person" USING GIN ("atlas_bigrams"("atlas_search_text"(ARRAY["nameEn", "nameZh"], "aliases", "pinyin")));

-- CreateIndex
CREATE INDEX "Organization_search_bigram_idx" ON "Organization" USING GIN ("atlas_bigrams"("atlas_search_text"(ARRAY["nameEn", "nameZh"], "aliases", "pinyin")));

-- The founders list's order (name A→Z).
-- CreateIndex
CREATE INDEX "Person_display_name_idx" ON "Person" (lower(COALESCE("nameEn", "nameZh")), "id");

-- Funding totals per start-up (sort by total funding) read from the index alone.
-- CreateIndex
CREATE INDEX "FundingRound_live_totals_idx" ON "FundingRound" ("startupId") INCLUDE ("amountUsdLow", "amountKind") WHERE "deletedAt" IS NULL;

-- "Founders who came from this unit": unit → people → start-ups, from the indexes alone.
-- CreateIndex
CREATE INDEX "Employment_live_person_idx" ON "Employment" ("organizationId") INCLUDE ("personId") WHERE "deletedAt" IS NULL;

-- CreateIndex
CREATE INDEX "Founding_live_startup_idx" ON "Founding" ("personId") INCLUDE ("startupId") WHERE "deletedAt" IS NULL;
