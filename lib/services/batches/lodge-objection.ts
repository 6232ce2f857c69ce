import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { fileStorage, type FileStorage } from "@/lib/storage";
import { MAX_UPLOAD_BYTES, sniffFileType } from "@/lib/storage/sniff-file-type";
import { noticeOpen } from "@/lib/workflow/notice-window";
import { appendAudit } from "../audit/append-audit";
import type { Tx } from "../db-types";
import { notify } from "../notifications/notify";
import { requestDelivery } from "@/lib/outbox/delivery-hook";
import { queueEmail } from "@/lib/outbox/queue-email";
import { chinaDate, isoOf, systemNow } from "@/lib/calendar/today";
import { acknowledgement } from "./objection-acknowledgement";
import { newObjectionReference } from "@/lib/domain/batches/objection-reference";
import { overObjectionLimit } from "./objection-rate-limit";
import { formTokenSpent, isFormTokenSpent, spendFormToken } from "./form-token-store";
import { clientHash, judgeSubmission } from "@/lib/http/spam-guard";

export const MAX_EVIDENCE_FILES = 5;

const say = (zh: string, en: string) => `${zh} / ${en}`;

/** The written objection (rules.md: in writing, under a real name, with contact details and evidence). */
export const objectionSchema = z.object({
  batchId: z.string().uuid(),
  entryId: z.string().uuid({ error: say("请选择被异议的企业。", "Choose the firm you object to.") }),
  objectorName: z
    .string()
    .trim()
    .min(2, { error: say("请填写真实姓名。", "Enter your real name.") })
    .max(60),
  objectorContact: z
    .string()
    .trim()
    .min(5, { error: say("请填写联系电话或邮箱。", "Enter a phone number or email address.") })
    .max(120),
  reason: z
    .string()
    .trim()
    .min(10, { error: say("请说明异议理由（至少10个字）。", "Explain the objection (at least 10 characters).") })
    .max(5000),
  formToken: z.string().min(1).max(500),
  challengeAnswer: z
    .string()
    .trim()
    .min(1, { error: say("请填写计算结果。", "Answer the sum.") })
    .max(10),
  website: z.string().max(200).default(""),
});

export interface EvidenceFile {
  name: string;
  bytes: Uint8Array;
}

const invalid = (zh: string, en: string, field: string, reason?: string) => new DomainError("invalid", { zh, en }, { field, ...(reason ? { reason } : {}) });

function checkEvidence(files: EvidenceFile[]) {
  if (files.length === 0) throw invalid("请上传至少一份证明材料。", "Attach at least one piece of evidence.", "evidence");
  if (files.length > MAX_EVIDENCE_FILES) throw invalid(`最多上传${MAX_EVIDENCE_FILES}个文件。`, `Attach at most ${MAX_EVIDENCE_FILES} files.`, "evidence");
  return files.map((file) => {
    if (file.bytes.byteLength === 0 || file.bytes.byteLength > MAX_UPLOAD_BYTES) {
      throw invalid(`“${file.name}”为空或超过10 MB。`, `"${file.name}" is empty or larger than 10 MB.`, "evidence");
    }
    const type = sniffFileType(file.bytes);
    if (!type) throw invalid(`“${file.name}”不是PDF或图片文件。`, `"${file.name}" is not a PDF or an image.`, "evidence", "type");
    return { ...file, type, key: `${randomUUID()}.${type.extension}`, sha256: createHash("sha256").update(file.bytes).digest("hex") };
  });
}

/** A reference no objection holds yet (a clash is a one-in-a-billion chance; the unique index is the backstop). */
async function freeReference(tx: Tx, today: string): Promise<string> {
  for (;;) {
    const reference = newObjectionReference(today);
    if (!(await tx.objection.findUnique({ where: { reference }, select: { id: true } }))) return reference;
  }
}

/**
 * A member of the public objects to a firm on notice. Spam checks come first, then the rate
 * limit, then the window: only while the batch is on notice and today is within its dates.
 * Evidence is stored by content type, then the objection and its documents in one transaction.
 */
export async function lodgeObjection(
  input: z.infer<typeof objectionSchema>,
  files: EvidenceFile[],
  client: { ip: string },
  options: { now?: Date; storage?: FileStorage } = {},
): Promise<{ objectionId: string; reference: string }> {
  const now = options.now ?? systemNow();
  const verdict = judgeSubmission({ token: input.formToken, answer: input.challengeAnswer, honeypot: input.website, batchId: input.batchId }, now);
  if (verdict === "wrong-answer") throw invalid("计算结果不正确。", "The answer to the sum is wrong.", "challengeAnswer");
  if (verdict === "wrong-form")
    throw invalid("此表单不是为该公示发放的，请刷新页面后重新填写。", "This form was served for another notice; reload the page and try again.", "", verdict);
  if (verdict === "too-fast" || verdict === "expired" || verdict === "bad-token" || verdict === "honeypot") {
    throw invalid("表单已失效或提交过快，请刷新页面后重新填写。", "The form has expired or was sent too quickly; reload the page and try again.", "", verdict);
  }
  if (await isFormTokenSpent(await prisma(), input.formToken)) throw formTokenSpent();
  const hash = clientHash(client.ip);
  if (await overObjectionLimit(hash)) {
    throw new DomainError(
      "forbidden",
      { zh: "提交过于频繁，请一小时后再试。", en: "Too many objections from your connection; try again in an hour." },
      { reason: "rate-limited" },
    );
  }
  const evidence = checkEvidence(files);
  const storage = options.storage ?? fileStorage();
  const db = await prisma();
  const today = chinaDate(now);

  const entry = await db.batchEntry.findFirst({
    where: { id: input.entryId, batchId: input.batchId },
    select: {
      id: true,
      removedAt: true,
      companyId: true,
      batch: { select: { status: true, noticeStart: true, noticeEnd: true, tier: true, authorityCode: true, titleZh: true, titleEn: true } },
    },
  });
  if (!entry) throw new DomainError("not-found", { zh: "公示名单中没有该企业。", en: "That firm is not on the notice." });
  const { batch } = entry;
  const company = await db.company.findUniqueOrThrow({ where: { id: entry.companyId }, select: { nameZh: true } });
  const open =
    batch.status === "notice" && noticeOpen({ start: batch.noticeStart && isoOf(batch.noticeStart), end: batch.noticeEnd && isoOf(batch.noticeEnd) }, today);
  if (!open || entry.removedAt) {
    throw new DomainError(
      "conflict",
      { zh: "不在公示期内，不能提出异议。", en: "The notice period is not running; objections cannot be lodged now." },
      { field: "" },
    );
  }

  for (const file of evidence) await storage.put(file.key, file.bytes);
  let lodged: { objectionId: string; reference: string; receipt: string[] };
  try {
    lodged = await db.$transaction(async (tx) => {
      await spendFormToken(tx, input.formToken, now);
      const reference = await freeReference(tx, today);
      const objection = await tx.objection.create({
        data: {
          batchId: input.batchId,
          entryId: entry.id,
          objectorName: input.objectorName,
          objectorContact: input.objectorContact,
          reason: input.reason,
          clientHash: hash,
          reference,
          // The same clock as the window check, so the lodging date shown to the objector agrees with it.
          createdAt: now,
        },
        select: { id: true },
      });
      await tx.document.createMany({
        data: evidence.map((file) => ({
          objectionId: objection.id,
          section: "objection",
          fileName: file.name.slice(0, 200) || `evidence.${file.type.extension}`,
          storageKey: file.key,
          mimeType: file.type.mimeType,
          size: file.bytes.byteLength,
          sha256: file.sha256,
        })),
      });
      await appendAudit(tx, null, {
        action: "objection.lodge",
        entityType: "objection",
        entityId: objection.id,
        toStatus: "open",
        data: { batchId: input.batchId, entryId: entry.id },
      });
      const managers =
        batch.tier === "little_giant" ? [{ role: "ministry" as const }] : [{ role: "provincial" as const, jurisdictionCode: batch.authorityCode }];
      await notify(tx, managers, {
        kind: "objection.lodged",
        title: { zh: `《${batch.titleZh}》收到对${company.nameZh}的异议`, en: `An objection to ${company.nameZh} on "${batch.titleEn}"` },
        link: `/staff/batches/${input.batchId}`,
      });
      // The objector's receipt, by email when the contact given is an address, queued with the
      // objection itself so that it is sent if and only if the objection is stored.
      const ack = acknowledgement(input.objectorContact, reference, { zh: batch.titleZh, en: batch.titleEn }, company.nameZh);
      const receipt = ack ? await queueEmail(tx, [ack.to], ack.message) : [];
      return { objectionId: objection.id, reference, receipt };
    });
  } catch (error) {
    await Promise.all(evidence.map((file) => storage.remove(file.key).catch(() => undefined)));
    throw error;
  }
  if (lodged.receipt.length > 0) await requestDelivery(lodged.receipt);
  return { objectionId: lodged.objectionId, reference: lodged.reference };
}
