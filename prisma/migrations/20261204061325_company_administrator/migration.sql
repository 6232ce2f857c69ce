-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "company_administrator" BOOLEAN NOT NULL DEFAULT false;

-- At most one administrator per firm.
CREATE UNIQUE INDEX "app_user_one_company_administrator" ON "app_user"("company_id") WHERE "company_administrator";

-- Every firm that has users: its earliest active one (the one who signed the firm up) holds the role.
UPDATE "app_user" AS u SET "company_administrator" = true
FROM (
  SELECT DISTINCT ON ("company_id") "id"
  FROM "app_user"
  WHERE "role" = 'company' AND "company_id" IS NOT NULL AND "disabled_at" IS NULL
  ORDER BY "company_id", "created_at", "id"
) AS first
WHERE u."id" = first."id";
