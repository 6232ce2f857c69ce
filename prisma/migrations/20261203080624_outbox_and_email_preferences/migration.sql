-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "email_opt_out" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "outbox" (
    "id" UUID NOT NULL,
    "channel" TEXT NOT NULL DEFAULT 'email',
    "recipient" TEXT NOT NULL,
    "user_id" UUID,
    "notification_id" UUID,
    "kind" TEXT NOT NULL,
    "title_zh" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "body_zh" TEXT,
    "body_en" TEXT,
    "link" TEXT,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "outbox_state_next_attempt_at_idx" ON "outbox"("state", "next_attempt_at");

-- CreateIndex
CREATE INDEX "outbox_created_at_idx" ON "outbox"("created_at");

-- Added by hand: every notification a person should also get by email is queued in the outbox
-- by the same statement that writes it, so in the same transaction, whichever code wrote it
-- (notify(), or the set-based inserts of the jobs and of announcing a batch). One INSERT per
-- statement over its transition table keeps a 5,000-firm announcement to one more statement.
-- A kind the person opted out of (exactly, or as a prefix followed by '.') is not emailed.
CREATE FUNCTION "notification_to_outbox"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO outbox (id, channel, recipient, user_id, notification_id, kind, title_zh, title_en, body_zh, body_en, link)
  SELECT gen_random_uuid(), 'email', u.email, n.user_id, n.id, n.kind, n.title_zh, n.title_en, n.body_zh, n.body_en, n.link
    FROM new_rows n JOIN app_user u ON u.id = n.user_id
   WHERE u.disabled_at IS NULL
     AND NOT EXISTS (
       SELECT 1 FROM unnest(COALESCE(u.email_opt_out, ARRAY[]::text[])) AS o(kind)
        WHERE n.kind = o.kind OR left(n.kind, length(o.kind) + 1) = o.kind || '.'
     );
  RETURN NULL;
END
$$;
CREATE TRIGGER "notification_outbox" AFTER INSERT ON "notification" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "notification_to_outbox"();

-- The worker's claim reads only what may still be sent.
CREATE INDEX "outbox_due_idx" ON "outbox" ("next_attempt_at") WHERE state IN ('pending', 'sending');
