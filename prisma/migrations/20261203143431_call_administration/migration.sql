-- AlterTable
ALTER TABLE "programme" ADD COLUMN     "ministry_review_days" INTEGER,
ADD COLUMN     "municipal_review_days" INTEGER,
ADD COLUMN     "provincial_review_days" INTEGER;

-- CreateIndex
CREATE INDEX "programme_tier_region_code_year_idx" ON "programme"("tier", "region_code", "year");
