-- AlterTable
ALTER TABLE "outbox" ADD COLUMN     "province_code" TEXT;

-- CreateIndex
CREATE INDEX "outbox_province_code_state_created_at_idx" ON "outbox"("province_code", "state", "created_at");

-- Added by hand: the recipient's province, from the firm of a company user or the jurisdiction of
-- an official (GB/T 2260: a province's code is its first two digits followed by 0000). The
-- notification trigger fills it in the same statement as before; queueEmail fills it for direct
-- emails. National accounts and addresses without an account have none.
CREATE OR REPLACE FUNCTION "notification_to_outbox"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO outbox (id, channel, recipient, user_id, province_code, notification_id, kind, title_zh, title_en, body_zh, body_en, link)
  SELECT gen_random_uuid(), 'email', u.email, n.user_id,
         COALESCE(c.province_code, CASE WHEN u.jurisdiction_code IS NOT NULL THEN left(u.jurisdiction_code, 2) || '0000' END),
         n.id, n.kind, n.title_zh, n.title_en, n.body_zh, n.body_en, n.link
    FROM new_rows n JOIN app_user u ON u.id = n.user_id
    LEFT JOIN company c ON c.id = u.company_id
   WHERE u.disabled_at IS NULL
     AND NOT EXISTS (
       SELECT 1 FROM unnest(COALESCE(u.email_opt_out, ARRAY[]::text[])) AS o(kind)
        WHERE n.kind = o.kind OR left(n.kind, length(o.kind) + 1) = o.kind || '.'
     );
  RETURN NULL;
END
$$;

UPDATE outbox o
   SET province_code = COALESCE(c.province_code, CASE WHEN u.jurisdiction_code IS NOT NULL THEN left(u.jurisdiction_code, 2) || '0000' END)
  FROM app_user u LEFT JOIN company c ON c.id = u.company_id
 WHERE u.id = o.user_id;
