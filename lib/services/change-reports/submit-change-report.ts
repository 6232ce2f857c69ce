import type { Prisma } from "@/generated/prisma/client";
import { requireOwnCompany } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { anniversary, isoDateOf } from "@/lib/calendar/iso-date";
import { chinaDate, dateOf, systemNow } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import {
  CHANGE_KIND_LABELS,
  CHANGE_REPORT_ISSUES,
  CHANGE_REPORT_MONTHS,
  payloadOf,
  type ChangeReportInput,
  type CompanySnapshot,
} from "@/lib/domain/change-reports/change-report-input";
import { DomainError } from "@/lib/errors/domain-error";
import { appendAudit } from "../audit/append-audit";
import type { Tx } from "../db-types";
import { CHANGE_REPORT_SECTION } from "../documents/upload-change-report-evidence";
import { notify, type Audience } from "../notifications/notify";
import { sendEmails } from "../notifications/send-email";

/**
 * The last day to report a change that took effect on `effectiveOn`: the same day of the month
 * three months on (the month's last day when it has no such day).
 */
export function changeReportDeadline(effectiveOn: string): string {
  const [year, month, day] = effectiveOn.split("-").map(Number) as [number, number, number];
  const total = month - 1 + CHANGE_REPORT_MONTHS;
  return isoDateOf(year + Math.floor(total / 12), (total % 12) + 1, day);
}

const fieldError = (field: string, bilingual: { zh: string; en: string }) => new DomainError("invalid", bilingual, { field });

export const COMPANY_SNAPSHOT_SELECT = { nameZh: true, nameEn: true, regionCode: true, cityCode: true, provinceCode: true } as const;

/** Where a move takes the firm: a county or city of the Region table, with its city and province. */
export async function resolveMoveTarget(tx: Tx, regionCode: string): Promise<{ regionCode: string; cityCode: string; provinceCode: string }> {
  const region = await tx.region.findUnique({ where: { code: regionCode }, select: { code: true, level: true, parentCode: true } });
  const unknown = () => fieldError("newRegionCode", CHANGE_REPORT_ISSUES.region);
  if (!region || region.level === "province" || !region.parentCode) throw unknown();
  if (region.level === "city") return { regionCode, cityCode: region.code, provinceCode: region.parentCode };
  const city = await tx.region.findUnique({ where: { code: region.parentCode }, select: { code: true, level: true, parentCode: true } });
  if (city?.level !== "city" || !city.parentCode) throw unknown();
  return { regionCode, cityCode: city.code, provinceCode: city.parentCode };
}

/** Attaches the firm's own loose evidence files to the report; every id must be one. */
async function attachEvidence(tx: Tx, companyId: string, changeReportId: string, documentIds: readonly string[]) {
  const ids = [...new Set(documentIds)];
  const attached = await tx.document.updateMany({
    where: {
      id: { in: ids },
      section: CHANGE_REPORT_SECTION,
      changeReportId: null,
      applicationId: null,
      objectionId: null,
      deletedAt: null,
      uploadedById: { in: (await tx.user.findMany({ where: { companyId }, select: { id: true } })).map((u) => u.id) },
    },
    data: { changeReportId },
  });
  if (attached.count !== ids.length) {
    throw fieldError("documentIds", {
      zh: "所附材料无效或已用于其他报告，请重新上传。",
      en: "A document is not valid or belongs to another report; upload it again.",
    });
  }
}

/**
 * A firm reports a rename, a merger or restructuring, or a move, with its evidence. Nothing
 * changes yet: its officials hear of it at once and accept (which is when it takes effect,
 * decide-change-report.ts) or refuse it. One report of a kind waits at a time.
 */
export async function submitChangeReport(actor: Actor, input: ChangeReportInput, now = systemNow()) {
  const companyId = requireOwnCompany(actor, "change-report:submit");
  const today = chinaDate(now);
  if (input.effectiveOn > today) {
    throw fieldError("effectiveOn", {
      zh: "生效日期不能晚于今天，请在变更发生后报告。",
      en: "The change must have taken effect; the date cannot be in the future.",
    });
  }
  if (input.effectiveOn < anniversary(today, -10)) {
    throw fieldError("effectiveOn", { zh: "生效日期不在合理范围内。", en: "The date is implausibly far in the past." });
  }
  const deadline = changeReportDeadline(input.effectiveOn);
  const late = today > deadline;
  const db = await prisma();
  const { report, emails, message } = await db.$transaction(async (tx) => {
    const company = await tx.company.findUniqueOrThrow({ where: { id: companyId }, select: COMPANY_SNAPSHOT_SELECT });
    const before: CompanySnapshot = company;
    let target: { cityCode: string; provinceCode: string } | undefined;
    if (input.kind === "rename" && input.newNameZh === company.nameZh && (input.newNameEn ?? null) === company.nameEn) {
      throw fieldError("newNameZh", { zh: "新名称与现名称相同。", en: "The new name is the current name." });
    }
    if (input.kind === "move") {
      if (input.newRegionCode === company.regionCode) {
        throw fieldError("newRegionCode", { zh: "迁入地与现注册地相同。", en: "The firm is already registered there." });
      }
      target = await resolveMoveTarget(tx, input.newRegionCode);
    }
    const pending = await tx.changeReport.count({ where: { companyId, kind: input.kind, status: "submitted" } });
    if (pending > 0) {
      throw new DomainError("conflict", {
        zh: "同类变化报告尚在审核中，请等待处理结果或先撤回。",
        en: "A report of this kind is still awaiting a decision; wait for it or withdraw it first.",
      });
    }
    const payload = payloadOf(input, before, target);
    const report = await tx.changeReport.create({
      data: {
        companyId,
        kind: input.kind,
        details: input.details ?? "",
        payload: payload as unknown as Prisma.InputJsonValue,
        effectiveOn: dateOf(input.effectiveOn),
        createdById: actor.id,
        createdAt: now,
      },
      select: { id: true },
    });
    await attachEvidence(tx, companyId, report.id, input.documentIds);
    await appendAudit(tx, actor, {
      action: "change-report.submit",
      entityType: "company",
      entityId: companyId,
      toStatus: "submitted",
      data: { changeReportId: report.id, kind: input.kind, late, payload, documentIds: input.documentIds },
    });
    const holdsLittleGiant = await tx.recognition.count({ where: { companyId, tier: "little_giant", status: { in: ["active", "under_rereview"] } } });
    const audience: Audience = [
      { role: "municipal", jurisdictionCode: company.cityCode },
      { role: "provincial", jurisdictionCode: company.provinceCode },
      ...(holdsLittleGiant > 0 ? [{ role: "ministry" as const }] : []),
    ];
    const label = CHANGE_KIND_LABELS[input.kind];
    const message = {
      kind: "change-report.submitted",
      title: { zh: `${company.nameZh}报告重大变化：${label.zh}`, en: `${company.nameZh} reports a change: ${label.en}` },
      body: {
        zh: `生效日期${input.effectiveOn}${late ? "（已超过3个月报告期限）" : ""}，请审核确认。`,
        en: `Effective ${input.effectiveOn}${late ? " (reported after the 3-month deadline)" : ""}; it awaits your decision.`,
      },
      link: `/staff/change-reports/${report.id}`,
    };
    return { report, emails: await notify(tx, audience, message), message };
  });
  await sendEmails(emails, message);
  return { changeReportId: report.id, late, deadline };
}
