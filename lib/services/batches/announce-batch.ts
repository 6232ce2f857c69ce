import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { validityPeriod } from "@/lib/calendar/validity";
import { prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { NO_REVIEW_FINDINGS, transitionApplication } from "@/lib/workflow/application-lifecycle";
import { announcePossibleFrom, noticePeriodEnded } from "@/lib/workflow/notice-window";
import type { Tx } from "../db-types";
import { chinaDate, dateOf, isoOf, systemNow } from "@/lib/calendar/today";
import { loadBatchForManage, type ManagedBatch } from "./batch-authority";
import { recordBatchTransition } from "./batch-transition";
import { certificatePrefix } from "@/lib/domain/recognitions/certificate-number";

export const announceBatchSchema = z.object({
  batchId: z.string().uuid(),
  expectedVersion: z.coerce.number().int().positive(),
});

export interface Announcement {
  announcedOn: string;
  validUntil: string;
  recognised: number;
}

// The application machine's step for every firm on the list; checked once, applied set-based.
const RECOGNISE = transitionApplication("approved", "recognise", { tier: "innovative", returnedByLevel: null, ...NO_REVIEW_FINDINGS });

/** Every firm on the list gets its title, certificate number and validity in one statement. */
async function insertRecognitions(tx: Tx, batch: ManagedBatch, from: string, until: string): Promise<number> {
  return tx.$executeRawUnsafe(
    `INSERT INTO recognition (id, certificate_no, company_id, programme_id, batch_id, application_id, rule_set_id,
                              tier, year, status, valid_from, valid_until, province_code, city_code, industry_code)
     SELECT gen_random_uuid(), $2 || lpad((row_number() OVER (ORDER BY c.credit_code))::text, 6, '0'),
            e.company_id, b.programme_id, b.id, e.application_id, a.rule_set_id,
            b.tier, b.year, 'active', $3::date, $4::date, c.province_code, c.city_code, c.industry_code
       FROM batch_entry e
       JOIN batch b ON b.id = e.batch_id
       JOIN company c ON c.id = e.company_id
       LEFT JOIN application a ON a.id = e.application_id
      WHERE e.batch_id = $1::uuid AND e.removed_at IS NULL`,
    batch.id,
    certificatePrefix(batch),
    from,
    until,
  );
}

/** The entry event of each new title: the first line of the firm's public history. */
async function insertEntryEvents(tx: Tx, batch: ManagedBatch, actor: Actor, on: string): Promise<number> {
  return tx.$executeRawUnsafe(
    `INSERT INTO recognition_event (id, recognition_id, company_id, kind, reason_text, actor_id, occurred_on)
     SELECT gen_random_uuid(), r.id, r.company_id, 'entry', $2, $3::uuid, $4::date
       FROM recognition r WHERE r.batch_id = $1::uuid`,
    batch.id,
    batch.titleZh,
    actor.id,
    on,
  );
}

/**
 * approved → recognised for every application on the list, with the review row and audit entry
 * the application workflow writes for a single transition. Each update is conditional on the
 * file still being approved; if any is not, the whole announcement is rolled back.
 */
async function recogniseApplications(tx: Tx, batch: ManagedBatch, actor: Actor): Promise<number> {
  if (!RECOGNISE.ok) throw new Error("the application workflow no longer allows approved → recognised");
  const expected = await tx.batchEntry.count({ where: { batchId: batch.id, removedAt: null, applicationId: { not: null } } });
  const updated = await tx.$executeRawUnsafe(
    `UPDATE application a SET status = 'recognised', version = a.version + 1, updated_at = now()
       FROM batch_entry e
      WHERE e.batch_id = $1::uuid AND e.removed_at IS NULL AND e.application_id = a.id AND a.status = 'approved'`,
    batch.id,
  );
  if (updated !== expected) {
    throw new DomainError(
      "conflict",
      {
        zh: "名单中有申报的状态已被他人更改（不再是“审核通过”），本次公告未生效，请刷新后重试。",
        en: "An application on the list is no longer approved (changed by someone else); nothing was announced. Reload and try again.",
      },
      { expected, updated },
    );
  }
  await tx.$executeRawUnsafe(
    `INSERT INTO review (id, application_id, actor_id, actor_role, action, from_status, to_status, reason)
     SELECT gen_random_uuid(), e.application_id, $2::uuid, $3::"Role", 'recognise', 'approved', 'recognised', $4
       FROM batch_entry e WHERE e.batch_id = $1::uuid AND e.removed_at IS NULL AND e.application_id IS NOT NULL`,
    batch.id,
    actor.id,
    actor.role,
    batch.titleZh,
  );
  await tx.$executeRawUnsafe(
    `INSERT INTO audit_log (actor_id, actor_role, action, entity_type, entity_id, from_status, to_status, reason)
     SELECT $2::uuid, $3, 'application.recognise', 'application', e.application_id::text, 'approved', 'recognised', $4
       FROM batch_entry e WHERE e.batch_id = $1::uuid AND e.removed_at IS NULL AND e.application_id IS NOT NULL
      ORDER BY e.application_id`,
    batch.id,
    actor.id,
    actor.role,
    `batch ${batch.id}`,
  );
  // The firms' users hear about it in the portal.
  await tx.$executeRawUnsafe(
    `INSERT INTO notification (id, user_id, kind, title_zh, title_en, link)
     SELECT gen_random_uuid(), u.id, 'recognition.announced', $2, $3, '/company'
       FROM batch_entry e JOIN app_user u ON u.company_id = e.company_id AND u.disabled_at IS NULL
      WHERE e.batch_id = $1::uuid AND e.removed_at IS NULL`,
    batch.id,
    `您的企业已列入《${batch.titleZh}》`,
    `Your firm is on "${batch.titleEn}"`,
  );
  return updated;
}

/**
 * Announces a batch (公告): the machine's guards (no open objection, notice over) are checked
 * against the database, then in ONE transaction the batch becomes announced and every firm on
 * the list gets a Recognition valid from today for the programme's validity period, an entry
 * event, and its application recognised. Set-based statements keep 5,000 firms to seconds; any
 * failure leaves nothing behind.
 */
export async function announceBatch(actor: Actor, input: z.infer<typeof announceBatchSchema>, now = systemNow()): Promise<Announcement> {
  const db = await prisma();
  return db.$transaction(
    async (tx) => {
      const batch = await loadBatchForManage(tx, actor, input.batchId);
      const today = chinaDate(now);
      const openObjections = await tx.objection.count({ where: { batchId: batch.id, status: "open" } });
      // The window includes its last day; announcing is possible from the next day on (Beijing
      // time), for the ministry as for a province.
      const noticeEnd = batch.noticeEnd ? isoOf(batch.noticeEnd) : null;
      const validity = validityPeriod(today, batch.programme.validityYears);
      await recordBatchTransition(tx, actor, batch, "announce", {
        expectedVersion: input.expectedVersion,
        context: {
          hasOpenObjection: openObjections > 0,
          noticePeriodEnded: noticePeriodEnded(noticeEnd, today),
          announcePossibleFrom: noticeEnd && announcePossibleFrom(noticeEnd),
        },
        data: { announcedOn: dateOf(today) },
        auditData: { validFrom: validity.start, validUntil: validity.end },
      });
      const recognised = await insertRecognitions(tx, batch, validity.start, validity.end);
      const entries = await tx.batchEntry.count({ where: { batchId: batch.id, removedAt: null } });
      if (recognised !== entries || recognised === 0) {
        throw new DomainError("conflict", { zh: "名单与认定结果数量不一致，未公告。", en: "The list and the titles created differ; nothing was announced." });
      }
      await insertEntryEvents(tx, batch, actor, today);
      await recogniseApplications(tx, batch, actor);
      return { announcedOn: today, validUntil: validity.end, recognised };
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
