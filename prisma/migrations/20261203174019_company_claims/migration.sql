-- CreateEnum
CREATE TYPE "CompanyClaimStatus" AS ENUM ('pending', 'approved', 'refused');

-- CreateTable
CREATE TABLE "company_claim" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "claimant_id" UUID NOT NULL,
    "contact_name" TEXT NOT NULL,
    "contact_email" TEXT NOT NULL,
    "contact_phone" TEXT NOT NULL,
    "proof_document_id" UUID NOT NULL,
    "status" "CompanyClaimStatus" NOT NULL DEFAULT 'pending',
    "version" INTEGER NOT NULL DEFAULT 1,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "decision_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "company_claim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "company_claim_proof_document_id_key" ON "company_claim"("proof_document_id");

-- CreateIndex
CREATE INDEX "company_claim_company_id_status_created_at_idx" ON "company_claim"("company_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "company_claim_status_created_at_idx" ON "company_claim"("status", "created_at");

-- AddForeignKey
ALTER TABLE "company_claim" ADD CONSTRAINT "company_claim_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_claim" ADD CONSTRAINT "company_claim_claimant_id_fkey" FOREIGN KEY ("claimant_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "company_claim" ADD CONSTRAINT "company_claim_proof_document_id_fkey" FOREIGN KEY ("proof_document_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- By hand (Prisma cannot express a partial index): a firm is claimed once; a second approval of
-- another claim for the same firm fails here even if two officials decide at the same moment.
CREATE UNIQUE INDEX "company_claim_one_approved_per_company" ON "company_claim"("company_id") WHERE "status" = 'approved';
