-- AlterTable
ALTER TABLE "batch" ADD COLUMN     "notice_extended_on" DATE,
ADD COLUMN     "notice_original_end" DATE;

-- AlterTable
ALTER TABLE "objection" ADD COLUMN     "reference" VARCHAR(12);

-- Objections lodged before references existed get one too, so their objectors can be told it:
-- the Beijing year of lodging and six random hexadecimal digits (a subset of the alphabet the
-- application uses, lib/services/batches/objection-reference.ts).
UPDATE "objection"
   SET "reference" = to_char(("created_at" AT TIME ZONE 'UTC') + interval '8 hours', 'YY') || '-' || upper(substr(md5("id"::text || random()::text), 1, 6))
 WHERE "reference" IS NULL;

-- CreateTable
CREATE TABLE "national_setting" (
    "key" VARCHAR(60) NOT NULL,
    "value" JSONB NOT NULL,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "national_setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "objection_reference_key" ON "objection"("reference");
