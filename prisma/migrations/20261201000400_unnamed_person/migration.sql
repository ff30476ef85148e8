-- People with no name in the sources (issue 14): "co-founder, name not reported". Such a person is
-- described by a label (role and source) instead of a name, as a start-up with no reported name
-- already is; the name check accepts either, and the founders' order reads the label last.
ALTER TABLE "Person" ADD COLUMN "label" TEXT;
ALTER TABLE "Person" DROP CONSTRAINT "Person_has_name_check";
ALTER TABLE "Person" ADD CONSTRAINT "Person_has_name_check" CHECK (COALESCE("nameEn", "nameZh", "label") IS NOT NULL);
DROP INDEX "Person_display_name_idx";
CREATE INDEX "Person_display_name_idx" ON "Person" (lower(COALESCE("nameEn", "nameZh", "label")), "id");
-- The label is found by search like a start-up's label ("co-founder" finds them).
DROP INDEX "Person_search_trgm_idx";
CREATE INDEX "Person_search_trgm_idx" ON "Person" USING GIN ("atlas_search_text"(ARRAY["nameEn", "nameZh", "label"], "aliases", "pinyin") gin_trgm_ops);
DROP INDEX "Person_search_bigram_idx";
CREATE INDEX "Person_search_bigram_idx" ON "Person" USING GIN ("atlas_bigrams"("atlas_search_text"(ARRAY["nameEn", "nameZh", "label"], "aliases", "pinyin")));
