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
