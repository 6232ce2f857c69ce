-- CreateTable
CREATE TABLE "used_form_token" (
    "token_hash" CHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "used_form_token_pkey" PRIMARY KEY ("token_hash")
);

-- CreateIndex
CREATE INDEX "used_form_token_expires_at_idx" ON "used_form_token"("expires_at");
