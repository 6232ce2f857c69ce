import { requireOwnCompany } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { anniversary, isoDateOf } from "@/lib/calendar/iso-date";
import { prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { appendAudit } from "../audit/append-audit";
import { notify, type Audience } from "../notifications/notify";
import { sendEmails } from "../notifications/send-email";
import { chinaDate, dateOf } from "@/lib/calendar/today";
import { CHANGE_KIND_LABELS, CHANGE_REPORT_MONTHS, type ChangeReportInput } from "@/lib/domain/change-reports/change-report-input";

/**
 * The last day to report a change that took effect on `effectiveOn`: the same day of the month
 * three months on (the month's last day when it has no such day).
 */
export function changeReportDeadline(effectiveOn: string): string {
  const [year, month, day] = effectiveOn.split("-").map(Number) as [number, number, number];
  const total = month - 1 + CHANGE_REPORT_MONTHS;
  return isoDateOf(year + Math.floor(total / 12), (total % 12) + 1, day);
}

/**
 * A firm reports a rename, merger, restructuring or move to another province from its account.
 * Its officials hear of it at once and see it on their recognitions page; whether the firm still
 * qualifies is their call (they may cancel with "no longer qualifies after a change").
 */
export async function submitChangeReport(actor: Actor, input: ChangeReportInput, now = new Date()) {
  const companyId = requireOwnCompany(actor, "change-report:submit");
  const today = chinaDate(now);
  if (input.effectiveOn > today) {
    throw new DomainError(
      "invalid",
      { zh: "生效日期不能晚于今天，请在变更发生后报告。", en: "The change must have taken effect; the date cannot be in the future." },
      { field: "effectiveOn" },
    );
  }
  if (input.effectiveOn < anniversary(today, -10)) {
    throw new DomainError("invalid", { zh: "生效日期不在合理范围内。", en: "The date is implausibly far in the past." }, { field: "effectiveOn" });
  }
  const deadline = changeReportDeadline(input.effectiveOn);
  const late = today > deadline;
  const db = await prisma();
  const { report, emails, message } = await db.$transaction(async (tx) => {
    const company = await tx.company.findUniqueOrThrow({ where: { id: companyId }, select: { nameZh: true, cityCode: true, provinceCode: true } });
    const report = await tx.changeReport.create({
      data: { companyId, kind: input.kind, details: input.details, effectiveOn: dateOf(input.effectiveOn), createdById: actor.id, createdAt: now },
      select: { id: true },
    });
    await appendAudit(tx, actor, {
      action: "change-report.submit",
      entityType: "company",
      entityId: companyId,
      data: { changeReportId: report.id, kind: input.kind, late },
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
        zh: `生效日期${input.effectiveOn}${late ? "（已超过3个月报告期限）" : ""}。${input.details}`,
        en: `Effective ${input.effectiveOn}${late ? " (reported after the 3-month deadline)" : ""}. ${input.details}`,
      },
      link: `/staff/recognitions?view=changes`,
    };
    return { report, emails: await notify(tx, audience, message), message };
  });
  await sendEmails(emails, message);
  return { changeReportId: report.id, late, deadline };
}
