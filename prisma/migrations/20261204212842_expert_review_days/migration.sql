-- AlterTable
ALTER TABLE "programme" ADD COLUMN     "expert_review_days" INTEGER;

-- AlterTable
ALTER TABLE "expert_assignment" ADD COLUMN     "due_on" DATE,
ADD COLUMN     "escalated_at" TIMESTAMPTZ(3),
ADD COLUMN     "overdue_notice_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "expert_assignment_due_on_idx" ON "expert_assignment"("due_on");
