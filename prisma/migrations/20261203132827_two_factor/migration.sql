-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "totp_enabled_at" TIMESTAMPTZ(3),
ADD COLUMN     "totp_last_step" INTEGER,
ADD COLUMN     "totp_pending_secret" TEXT,
ADD COLUMN     "totp_recovery_hashes" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "totp_secret" TEXT;

-- AlterTable
ALTER TABLE "user_session" ADD COLUMN     "two_factor_pending" BOOLEAN NOT NULL DEFAULT false;
