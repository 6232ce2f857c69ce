import type { Prisma } from "@/generated/prisma/client";
import { may } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { chinaDate, dateOf, isoOf, systemNow } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import {
  CHANGE_KIND_LABELS,
  newNameOf,
  parsePayload,
  storedKindOf,
  type ChangeReportDecision,
  type ChangeReportPayload,
} from "@/lib/domain/change-reports/change-report-input";
import { isRecordId } from "@/lib/domain/record-id";
import { withFlagItem } from "@/lib/domain/recognitions/flag-reason";
import { DomainError, notFound, staleVersion } from "@/lib/errors/domain-error";
import { transitionChangeReport, type ChangeReportAction, type ChangeReportParty } from "@/lib/workflow/change-report-lifecycle";
import { appendAudit } from "../audit/append-audit";
import type { Tx } from "../db-types";
import { notify, type Audience, type NotificationMessage } from "../notifications/notify";
import { sendEmails } from "../notifications/send-email";

export const CHANGE_REPORT_WORD = { zh: "变化报告", en: "change report" } as const;

/** Titles a change is recorded on and, for a move to another province, re-checked: the ones still held. */
const HELD = ["active", "under_rereview"] as const;

const REPORT_SELECT = {
  id: true,
  companyId: true,
  kind: true,
  payload: true,
  status: true,
  version: true,
  effectiveOn: true,
  company: { select: { id: true, nameZh: true, nameEn: true, regionCode: true, cityCode: true, provinceCode: true } },
} as const;

/**
 * Loads a report for someone who may act on it with the permission: the firm its own
 * (change-report:submit), officials the reports of firms now in their jurisdiction
 * (change-report:decide). Anyone else gets "not found", so ids cannot be probed.
 */
export async function loadChangeReportInScope(tx: Tx, actor: Actor, changeReportId: string, permission: "change-report:decide" | "change-report:submit") {
  requirePermission(actor, permission);
  if (!isRecordId(changeReportId)) throw notFound(CHANGE_REPORT_WORD);
  const report = await tx.changeReport.findUnique({ where: { id: changeReportId }, select: REPORT_SELECT });
  if (!report || !may(actor, permission, { companyId: report.companyId, cityCode: report.company.cityCode, provinceCode: report.company.provinceCode })) {
    throw notFound(CHANGE_REPORT_WORD);
  }
  return report;
}

type LoadedReport = Awaited<ReturnType<typeof loadChangeReportInScope>>;

function refuseTransition(report: LoadedReport, action: ChangeReportAction, party: ChangeReportParty, reason?: string | null) {
  const result = transitionChangeReport(report.status, action, party, { reason });
  if (result.ok) return result;
  if (result.code === "missing-input") throw new DomainError("invalid", result.message, { field: "reason" });
  throw new DomainError("conflict", result.message, { code: result.code, from: result.from, allowed: result.allowed });
}

/** Moves the report on, conditional on the status and version the caller read (one success, one conflict). */
async function guardedUpdate(tx: Tx, report: LoadedReport, version: number, data: Prisma.ChangeReportUpdateManyMutationInput) {
  const updated = await tx.changeReport.updateMany({
    where: { id: report.id, status: report.status, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw staleVersion();
}

async function regionName(tx: Tx, code: string): Promise<{ zh: string; en: string }> {
  const region = await tx.region.findUnique({ where: { code }, select: { nameZh: true, nameEn: true } });
  return region ? { zh: region.nameZh, en: region.nameEn } : { zh: code, en: code };
}

interface Effect {
  /** The company's columns before → after, for the audit entry. */
  before: Record<string, string | null>;
  after: Record<string, string | null>;
  audience: Audience;
  flagged: number;
  moved: { applications: number; recognitions: number };
}

/**
 * What acceptance does to the firm (docs/decisions/024), inside the caller's transaction: the new
 * name or region on the company; for a move, the city and province kept beside its applications
 * and titles, so the new jurisdiction's officials see its files and the old ones no longer do;
 * the history event on each title it holds; for a move to another province, those titles flagged
 * for the new province's re-check and its officials told.
 */
async function takeEffect(tx: Tx, actor: Actor, report: LoadedReport, payload: ChangeReportPayload, now: Date): Promise<Effect> {
  const company = report.company;
  const effectiveOn = isoOf(report.effectiveOn);
  const titles = await tx.recognition.findMany({
    where: { companyId: company.id, status: { in: [...HELD] } },
    select: { id: true, flagReason: true },
  });
  // A firm whose titles have all ended keeps its history on its public page: the change is
  // recorded on its latest title then (only held titles are flagged).
  const latest =
    titles.length > 0 ? [] : await tx.recognition.findMany({ where: { companyId: company.id }, select: { id: true }, orderBy: { validFrom: "desc" }, take: 1 });
  const recorded = [...titles, ...latest];
  const event = (recognitionId: string, kind: string, reasonText: string, evidence: Record<string, unknown>) => ({
    recognitionId,
    companyId: company.id,
    kind,
    reasonText,
    evidence: { changeReportId: report.id, ...evidence } as Prisma.InputJsonValue,
    actorId: actor.id,
    occurredOn: dateOf(effectiveOn),
    createdAt: now,
  });
  const effect: Effect = { before: {}, after: {}, audience: [], flagged: 0, moved: { applications: 0, recognitions: 0 } };
  const events: ReturnType<typeof event>[] = [];

  if (payload.kind === "merger") {
    for (const t of recorded) events.push(event(t.id, "restructured", payload.description, {}));
  }
  const name = newNameOf(payload);
  if (name) {
    effect.before = { nameZh: company.nameZh, nameEn: company.nameEn };
    effect.after = { nameZh: name.nameZh, nameEn: name.nameEn };
    await tx.company.update({ where: { id: company.id }, data: { nameZh: name.nameZh, nameEn: name.nameEn } });
    const formerName = { formerNameZh: company.nameZh, formerNameEn: company.nameEn, newNameZh: name.nameZh, newNameEn: name.nameEn };
    for (const t of recorded) events.push(event(t.id, "renamed", `原名称：${company.nameZh}`, formerName));
  }
  if (payload.kind === "move") {
    const to = { regionCode: payload.newRegionCode, cityCode: payload.newCityCode, provinceCode: payload.newProvinceCode };
    const from = { regionCode: company.regionCode, cityCode: company.cityCode, provinceCode: company.provinceCode };
    effect.before = from;
    effect.after = to;
    await tx.company.update({ where: { id: company.id }, data: to });
    // Every file of the firm follows it (docs/decisions/024): the denormalised codes are what
    // every jurisdiction filter reads.
    const jurisdiction = { cityCode: to.cityCode, provinceCode: to.provinceCode };
    effect.moved.applications = (await tx.application.updateMany({ where: { companyId: company.id }, data: jurisdiction })).count;
    effect.moved.recognitions = (await tx.recognition.updateMany({ where: { companyId: company.id }, data: jurisdiction })).count;
    const [fromName, toName] = await Promise.all([regionName(tx, from.regionCode), regionName(tx, to.regionCode)]);
    const places = { fromRegionCode: from.regionCode, toRegionCode: to.regionCode, fromProvinceCode: from.provinceCode, toProvinceCode: to.provinceCode };
    for (const t of recorded) {
      events.push(event(t.id, "moved_out", `迁出：${fromName.zh}`, places));
      events.push(event(t.id, "moved_in", `迁入：${toName.zh}`, places));
    }
    const otherProvince = to.provinceCode !== from.provinceCode;
    if (otherProvince) {
      // A firm that moves to another province is checked again by the province it joins (rules.md,
      // "Dynamic management"): each title it holds is flagged until that province clears it.
      for (const t of titles) {
        const item = {
          kind: "moved-province" as const,
          fromProvinceCode: from.provinceCode,
          toProvinceCode: to.provinceCode,
          effectiveOn,
          changeReportId: report.id,
        };
        await tx.recognition.update({
          where: { id: t.id },
          data: { flaggedAt: now, flagReason: withFlagItem(t.flagReason, item) as unknown as Prisma.InputJsonValue, version: { increment: 1 } },
        });
        events.push(event(t.id, "flagged", "迁往外省，需由迁入地重新核实", { reason: "moved-province" }));
      }
      effect.flagged = titles.length;
    }
    effect.audience = [
      { role: "municipal", jurisdictionCode: to.cityCode },
      ...(otherProvince ? [{ role: "provincial" as const, jurisdictionCode: to.provinceCode }] : []),
    ];
  }
  if (events.length > 0) await tx.recognitionEvent.createMany({ data: events });
  return effect;
}

/**
 * An official of the firm's city or province accepts a change report — which then takes effect,
 * all in one transaction with the history events and the audit entry — or refuses it with a
 * reason, which changes nothing but the report. A second decision on the same report (or one
 * made on a stale page) is refused as a conflict.
 */
export async function decideChangeReport(actor: Actor, input: ChangeReportDecision, now = systemNow()) {
  const db = await prisma();
  const { outcome, emails, messages } = await db.$transaction(async (tx) => {
    const report = await loadChangeReportInScope(tx, actor, input.changeReportId, "change-report:decide");
    const transition = refuseTransition(report, input.decision, "official", input.reason);
    if (report.version !== input.version) throw staleVersion();
    await guardedUpdate(tx, report, input.version, {
      status: transition.to,
      decidedById: actor.id,
      decidedAt: now,
      decisionReason: input.reason,
    });
    const payload = parsePayload(report.kind, report.payload);
    const label = CHANGE_KIND_LABELS[storedKindOf(report.kind)];
    const effect = transition.to === "accepted" ? await takeEffect(tx, actor, report, payload, now) : null;
    await appendAudit(tx, actor, {
      action: `change-report.${input.decision}`,
      entityType: "company",
      entityId: report.companyId,
      fromStatus: transition.from,
      toStatus: transition.to,
      reason: input.reason,
      data: {
        changeReportId: report.id,
        kind: report.kind,
        ...(effect ? { before: effect.before, after: effect.after, flagged: effect.flagged, moved: effect.moved } : {}),
      },
    });
    const companyName = effect?.after.nameZh ?? report.company.nameZh;
    const toFirm: NotificationMessage = {
      kind: `change-report.${transition.to}`,
      title:
        transition.to === "accepted"
          ? { zh: `变化报告已确认生效：${label.zh}`, en: `Change report accepted: ${label.en}` }
          : { zh: `变化报告未予确认：${label.zh}`, en: `Change report refused: ${label.en}` },
      ...(input.reason ? { body: { zh: `理由：${input.reason}`, en: `Reason: ${input.reason}` } } : {}),
      link: "/company/changes",
    };
    const messages: NotificationMessage[] = [toFirm];
    const emails = [...(await notify(tx, [{ companyId: report.companyId }], toFirm))];
    if (effect && effect.audience.length > 0) {
      const toNewOfficials: NotificationMessage = {
        kind: "change-report.moved-in",
        title: { zh: `${companyName}已迁入您的辖区`, en: `${companyName} has moved into your jurisdiction` },
        body: {
          zh: `其申报与认定已转由您处理${effect.flagged > 0 ? `，${effect.flagged}项有效认定需重新核实` : ""}。`,
          en: `Its applications and titles are now yours${effect.flagged > 0 ? `; ${effect.flagged} valid title(s) are flagged for your re-check` : ""}.`,
        },
        link: "/staff/recognitions",
      };
      messages.push(toNewOfficials);
      emails.push(...(await notify(tx, effect.audience, toNewOfficials)));
    }
    return {
      outcome: { changeReportId: report.id, status: transition.to, flagged: effect?.flagged ?? 0, today: chinaDate(now) },
      emails,
      messages,
    };
  });
  await sendEmails(emails, messages[0]!);
  return outcome;
}

/** The firm withdraws a report still awaiting a decision. */
export async function withdrawChangeReport(actor: Actor, input: { changeReportId: string; version: number }, now = systemNow()) {
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const report = await loadChangeReportInScope(tx, actor, input.changeReportId, "change-report:submit");
    const transition = refuseTransition(report, "withdraw", "firm");
    await guardedUpdate(tx, report, input.version, { status: transition.to, decidedAt: now });
    await appendAudit(tx, actor, {
      action: "change-report.withdraw",
      entityType: "company",
      entityId: report.companyId,
      fromStatus: transition.from,
      toStatus: transition.to,
      data: { changeReportId: report.id, kind: report.kind },
    });
    return { changeReportId: report.id, status: transition.to };
  });
}
