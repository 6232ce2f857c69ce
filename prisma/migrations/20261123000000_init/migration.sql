
-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('province', 'city', 'county');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('company', 'municipal', 'provincial', 'ministry', 'administrator', 'expert');

-- CreateEnum
CREATE TYPE "Tier" AS ENUM ('innovative', 'specialized', 'little_giant');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('draft', 'municipal_review', 'provincial_review', 'ministry_review', 'returned', 'approved', 'rejected', 'withdrawn', 'recognised');

-- CreateEnum
CREATE TYPE "ReviewLevel" AS ENUM ('municipal', 'provincial', 'ministry');

-- CreateEnum
CREATE TYPE "BatchStatus" AS ENUM ('draft', 'notice', 'announced', 'withdrawn');

-- CreateEnum
CREATE TYPE "RecognitionStatus" AS ENUM ('active', 'under_rereview', 'expired', 'revoked', 'withdrawn');

-- CreateEnum
CREATE TYPE "ObjectionStatus" AS ENUM ('open', 'upheld', 'dismissed');

-- CreateEnum
CREATE TYPE "RuleSetStatus" AS ENUM ('draft', 'published');

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('holiday', 'workday');

-- CreateTable
CREATE TABLE "region" (
    "code" VARCHAR(6) NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "parent_code" VARCHAR(6),

    CONSTRAINT "region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "company" (
    "id" UUID NOT NULL,
    "credit_code" VARCHAR(18) NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT,
    "region_code" VARCHAR(6) NOT NULL,
    "city_code" VARCHAR(6) NOT NULL,
    "province_code" VARCHAR(6) NOT NULL,
    "industry_code" TEXT NOT NULL,
    "founded_year" INTEGER,
    "contact_name" TEXT,
    "contact_phone" TEXT,
    "contact_email" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "jurisdiction_code" VARCHAR(6),
    "company_id" UUID,
    "locale" TEXT,
    "disabled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rule_set" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "tier" "Tier" NOT NULL,
    "edition" TEXT NOT NULL,
    "region_code" VARCHAR(6),
    "title_zh" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "status" "RuleSetStatus" NOT NULL DEFAULT 'draft',
    "effective_from" DATE,
    "published_at" TIMESTAMPTZ(3),
    "published_by_id" UUID,
    "based_on_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rule_set_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "tier" "Tier" NOT NULL,
    "year" INTEGER NOT NULL,
    "region_code" VARCHAR(6),
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "rule_set_code" TEXT NOT NULL,
    "rule_set_id" UUID,
    "opens_on" DATE NOT NULL,
    "closes_on" DATE NOT NULL,
    "notice_working_days" INTEGER NOT NULL DEFAULT 5,
    "validity_years" INTEGER NOT NULL DEFAULT 3,
    "annual_data_deadline" VARCHAR(5) NOT NULL DEFAULT '04-30',
    "cooloff_years" INTEGER NOT NULL DEFAULT 3,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "tier" "Tier" NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "facts" JSONB NOT NULL DEFAULT '{}',
    "section_state" JSONB NOT NULL DEFAULT '{}',
    "rule_set_id" UUID,
    "evaluation" JSONB,
    "outcome" TEXT,
    "score" DECIMAL(6,2),
    "returned_by_level" "ReviewLevel",
    "reopen_sections" JSONB,
    "assigned_to_id" UUID,
    "city_code" VARCHAR(6) NOT NULL,
    "province_code" VARCHAR(6) NOT NULL,
    "submitted_at" TIMESTAMPTZ(3),
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "actor_id" UUID,
    "actor_role" "Role" NOT NULL,
    "action" TEXT NOT NULL,
    "from_status" "ApplicationStatus" NOT NULL,
    "to_status" "ApplicationStatus" NOT NULL,
    "reason" TEXT,
    "sections" JSONB,
    "visible_to_company" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_note" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "application_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "expert_assignment" (
    "id" UUID NOT NULL,
    "application_id" UUID NOT NULL,
    "expert_id" UUID NOT NULL,
    "score" INTEGER,
    "opinion" TEXT,
    "submitted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "expert_assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document" (
    "id" UUID NOT NULL,
    "application_id" UUID,
    "objection_id" UUID,
    "section" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "storage_key" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "uploaded_by_id" UUID,
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "batch" (
    "id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "tier" "Tier" NOT NULL,
    "year" INTEGER NOT NULL,
    "authority_code" VARCHAR(6),
    "ordinal" INTEGER NOT NULL,
    "title_zh" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "status" "BatchStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "notice_start" DATE,
    "notice_end" DATE,
    "announced_on" DATE,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "batch_entry" (
    "id" UUID NOT NULL,
    "batch_id" UUID NOT NULL,
    "application_id" UUID,
    "company_id" UUID NOT NULL,
    "removed_at" TIMESTAMPTZ(3),
    "removed_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "batch_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "objection" (
    "id" UUID NOT NULL,
    "batch_id" UUID NOT NULL,
    "entry_id" UUID NOT NULL,
    "objector_name" TEXT NOT NULL,
    "objector_contact" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ObjectionStatus" NOT NULL DEFAULT 'open',
    "resolution" TEXT,
    "resolved_by_id" UUID,
    "resolved_at" TIMESTAMPTZ(3),
    "client_hash" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "objection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recognition" (
    "id" UUID NOT NULL,
    "certificate_no" TEXT NOT NULL,
    "company_id" UUID NOT NULL,
    "programme_id" UUID,
    "batch_id" UUID,
    "application_id" UUID,
    "rule_set_id" UUID,
    "tier" "Tier" NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "RecognitionStatus" NOT NULL DEFAULT 'active',
    "version" INTEGER NOT NULL DEFAULT 1,
    "valid_from" DATE NOT NULL,
    "valid_until" DATE NOT NULL,
    "province_code" VARCHAR(6) NOT NULL,
    "city_code" VARCHAR(6) NOT NULL,
    "industry_code" TEXT NOT NULL,
    "awards" JSONB,
    "flagged_at" TIMESTAMPTZ(3),
    "flag_reason" JSONB,
    "rereview_right_lost" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recognition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recognition_event" (
    "id" UUID NOT NULL,
    "recognition_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "reason_category" TEXT,
    "reason_text" TEXT,
    "evidence" JSONB,
    "actor_id" UUID,
    "occurred_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "recognition_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annual_report" (
    "id" UUID NOT NULL,
    "recognition_id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "data_year" INTEGER NOT NULL,
    "facts" JSONB NOT NULL,
    "evaluation" JSONB,
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "annual_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change_report" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "details" TEXT NOT NULL,
    "effective_on" DATE NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "change_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "title_zh" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "body_zh" TEXT,
    "body_en" TEXT,
    "link" TEXT,
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "actor_role" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "from_status" TEXT,
    "to_status" TEXT,
    "reason" TEXT,
    "data" JSONB,
    "prev_hash" VARCHAR(64) NOT NULL DEFAULT '',
    "hash" VARCHAR(64) NOT NULL DEFAULT '',

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calendar_day" (
    "day" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "name_zh" TEXT,
    "name_en" TEXT,

    CONSTRAINT "calendar_day_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "job_run" (
    "id" UUID NOT NULL,
    "job" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "status" TEXT NOT NULL,
    "result" JSONB,
    "trigger" TEXT NOT NULL,

    CONSTRAINT "job_run_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "region_parent_code_idx" ON "region"("parent_code");

-- CreateIndex
CREATE UNIQUE INDEX "company_credit_code_key" ON "company"("credit_code");

-- CreateIndex
CREATE INDEX "company_province_code_city_code_idx" ON "company"("province_code", "city_code");

-- CreateIndex
CREATE INDEX "company_name_zh_idx" ON "company"("name_zh");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "app_user_company_id_idx" ON "app_user"("company_id");

-- CreateIndex
CREATE UNIQUE INDEX "rule_set_code_revision_key" ON "rule_set"("code", "revision");

-- CreateIndex
CREATE UNIQUE INDEX "programme_code_key" ON "programme"("code");

-- CreateIndex
CREATE INDEX "programme_tier_year_idx" ON "programme"("tier", "year");

-- CreateIndex
CREATE INDEX "application_status_province_code_city_code_idx" ON "application"("status", "province_code", "city_code");

-- CreateIndex
CREATE INDEX "application_programme_id_status_idx" ON "application"("programme_id", "status");

-- CreateIndex
CREATE INDEX "application_company_id_idx" ON "application"("company_id");

-- CreateIndex
CREATE INDEX "review_application_id_created_at_idx" ON "review"("application_id", "created_at");

-- CreateIndex
CREATE INDEX "application_note_application_id_idx" ON "application_note"("application_id");

-- CreateIndex
CREATE UNIQUE INDEX "expert_assignment_application_id_expert_id_key" ON "expert_assignment"("application_id", "expert_id");

-- CreateIndex
CREATE UNIQUE INDEX "document_storage_key_key" ON "document"("storage_key");

-- CreateIndex
CREATE INDEX "document_application_id_idx" ON "document"("application_id");

-- CreateIndex
CREATE INDEX "batch_status_tier_year_idx" ON "batch"("status", "tier", "year");

-- CreateIndex
CREATE INDEX "batch_entry_application_id_idx" ON "batch_entry"("application_id");

-- CreateIndex
CREATE UNIQUE INDEX "batch_entry_batch_id_company_id_key" ON "batch_entry"("batch_id", "company_id");

-- CreateIndex
CREATE INDEX "objection_batch_id_status_idx" ON "objection"("batch_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "recognition_certificate_no_key" ON "recognition"("certificate_no");

-- CreateIndex
CREATE INDEX "recognition_status_tier_province_code_idx" ON "recognition"("status", "tier", "province_code");

-- CreateIndex
CREATE INDEX "recognition_company_id_idx" ON "recognition"("company_id");

-- CreateIndex
CREATE INDEX "recognition_batch_id_idx" ON "recognition"("batch_id");

-- CreateIndex
CREATE INDEX "recognition_valid_until_idx" ON "recognition"("valid_until");

-- CreateIndex
CREATE INDEX "recognition_event_company_id_occurred_on_idx" ON "recognition_event"("company_id", "occurred_on");

-- CreateIndex
CREATE INDEX "recognition_event_recognition_id_idx" ON "recognition_event"("recognition_id");

-- CreateIndex
CREATE INDEX "recognition_event_kind_occurred_on_idx" ON "recognition_event"("kind", "occurred_on");

-- CreateIndex
CREATE UNIQUE INDEX "annual_report_recognition_id_data_year_key" ON "annual_report"("recognition_id", "data_year");

-- CreateIndex
CREATE INDEX "change_report_company_id_idx" ON "change_report"("company_id");

-- CreateIndex
CREATE INDEX "notification_user_id_read_at_idx" ON "notification"("user_id", "read_at");

-- CreateIndex
CREATE INDEX "audit_log_entity_type_entity_id_idx" ON "audit_log"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "job_run_job_started_at_idx" ON "job_run"("job", "started_at");

-- AddForeignKey
ALTER TABLE "region" ADD CONSTRAINT "region_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programme" ADD CONSTRAINT "programme_rule_set_id_fkey" FOREIGN KEY ("rule_set_id") REFERENCES "rule_set"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_rule_set_id_fkey" FOREIGN KEY ("rule_set_id") REFERENCES "rule_set"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review" ADD CONSTRAINT "review_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_note" ADD CONSTRAINT "application_note_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "expert_assignment" ADD CONSTRAINT "expert_assignment_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_objection_id_fkey" FOREIGN KEY ("objection_id") REFERENCES "objection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "batch" ADD CONSTRAINT "batch_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "batch_entry" ADD CONSTRAINT "batch_entry_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "batch_entry" ADD CONSTRAINT "batch_entry_application_id_fkey" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "objection" ADD CONSTRAINT "objection_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "objection" ADD CONSTRAINT "objection_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "batch_entry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recognition" ADD CONSTRAINT "recognition_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recognition" ADD CONSTRAINT "recognition_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recognition" ADD CONSTRAINT "recognition_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "batch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recognition_event" ADD CONSTRAINT "recognition_event_recognition_id_fkey" FOREIGN KEY ("recognition_id") REFERENCES "recognition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recognition_event" ADD CONSTRAINT "recognition_event_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_report" ADD CONSTRAINT "annual_report_recognition_id_fkey" FOREIGN KEY ("recognition_id") REFERENCES "recognition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_report" ADD CONSTRAINT "annual_report_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_report" ADD CONSTRAINT "change_report_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One active application per company and programme (rules: a firm applies once per programme
-- and year; a rejected or withdrawn one may be followed by a new one).
CREATE UNIQUE INDEX "application_one_active_per_programme" ON "application" ("company_id", "programme_id")
  WHERE "status" NOT IN ('rejected', 'withdrawn');

-- The audit log is append-only and hash-chained. Each row's hash covers its content and the
-- previous row's hash; the id is drawn after taking the lock so that id order is chain order
-- even with concurrent writers. audit_log_row_hash is the one definition used by the trigger
-- and by the verifier (npm run audit:verify).
CREATE FUNCTION audit_log_row_hash(r audit_log) RETURNS varchar AS $$
  SELECT encode(sha256(convert_to(concat_ws('|',
    r.prev_hash, r.id::text, to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS'),
    coalesce(r.actor_id::text, ''), coalesce(r.actor_role, ''), r.action, r.entity_type, r.entity_id,
    coalesce(r.from_status, ''), coalesce(r.to_status, ''), coalesce(r.reason, ''),
    coalesce(r.data::text, '')), 'UTF8')), 'hex')
$$ LANGUAGE sql IMMUTABLE;

CREATE FUNCTION audit_log_chain() RETURNS trigger AS $$
DECLARE
  previous varchar;
BEGIN
  PERFORM pg_advisory_xact_lock(730001);
  NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
  SELECT hash INTO previous FROM audit_log ORDER BY id DESC LIMIT 1;
  NEW.prev_hash := coalesce(previous, repeat('0', 64));
  NEW.hash := audit_log_row_hash(NEW);
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
