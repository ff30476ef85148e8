-- Dataset releases (issue 13): the public dataset as a dated, checksummed zip, made by
-- `npm run release` or the admin's button. The zip lives in the database, in 1 MiB chunks, so it is
-- written and served as a stream (bounded memory), is in every backup, and every replica serves it.

-- CreateTable
CREATE TABLE "DatasetRelease" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "releasedOn" DATE NOT NULL,
    "cutAt" TIMESTAMPTZ(3) NOT NULL,
    "previousName" TEXT,
    "sha256" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "recordCounts" JSONB NOT NULL,
    "changeCounts" JSONB NOT NULL,
    "citation" TEXT NOT NULL,
    "createdById" TEXT,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DatasetRelease_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatasetReleaseChunk" (
    "releaseName" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "DatasetReleaseChunk_pkey" PRIMARY KEY ("releaseName","seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "DatasetRelease_name_key" ON "DatasetRelease"("name");

-- CreateIndex
CREATE INDEX "DatasetRelease_cutAt_idx" ON "DatasetRelease"("cutAt");

-- Hand-written: a release is immutable. Rows are only ever inserted; an UPDATE or DELETE of a release
-- or of its bytes is refused by the database itself, whatever the code above it does.
CREATE FUNCTION "refuse_release_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'dataset releases are immutable: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'check_violation';
END;
$$;

CREATE TRIGGER "DatasetRelease_immutable" BEFORE UPDATE OR DELETE ON "DatasetRelease"
    FOR EACH ROW EXECUTE FUNCTION "refuse_release_change"();

CREATE TRIGGER "DatasetReleaseChunk_immutable" BEFORE UPDATE OR DELETE ON "DatasetReleaseChunk"
    FOR EACH ROW EXECUTE FUNCTION "refuse_release_change"();
