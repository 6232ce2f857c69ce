-- CreateEnum
CREATE TYPE "ChangeReportStatus" AS ENUM ('submitted', 'accepted', 'refused', 'withdrawn');

-- AlterTable
ALTER TABLE "document" ADD COLUMN     "change_report_id" UUID;

-- AlterTable
ALTER TABLE "change_report" ADD COLUMN     "decided_at" TIMESTAMPTZ(3),
ADD COLUMN     "decided_by_id" UUID,
ADD COLUMN     "decision_reason" TEXT,
ADD COLUMN     "payload" JSONB,
ADD COLUMN     "status" "ChangeReportStatus" NOT NULL DEFAULT 'submitted',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "details" SET DEFAULT '';

-- CreateIndex
CREATE INDEX "document_change_report_id_idx" ON "document"("change_report_id");

-- CreateIndex
CREATE INDEX "change_report_status_created_at_idx" ON "change_report"("status", "created_at");

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_change_report_id_fkey" FOREIGN KEY ("change_report_id") REFERENCES "change_report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The free-text reports made before reports were structured take no effect: they become "other",
-- keeping what kind the firm chose in the payload, and stay readable.
UPDATE "change_report" SET "payload" = jsonb_build_object('kind', 'other', 'legacyKind', "kind"), "kind" = 'other';
