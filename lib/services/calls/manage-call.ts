import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { may } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { chinaDate, dateOf, systemNow } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import {
  CALL_FIELDS,
  CALL_ISSUES,
  callCode,
  crossFieldIssues,
  type CallFields,
  type CallIssue,
  type CreateCallInput,
  type EditCallInput,
  type ExtendCallInput,
} from "@/lib/domain/calls/call-input";
import { editRefusals, mayOperate, type CallOperation, type CallState } from "@/lib/domain/calls/call-state";
import { DomainError, forbidden, type Bilingual } from "@/lib/errors/domain-error";
import { appendAudit } from "../audit/append-audit";
import { noticeMinimum } from "../batches/notice-minimum";
import type { Tx } from "../db-types";
import { tierFromDb, tierToDb } from "../tier";
import { requireCall } from "./call-access";
import { CALL_SELECT, callView, type CallView } from "./call-row";

type FieldIssues = { field: keyof CallFields; issue: CallIssue }[];

/** A refusal with every problem beside its field (details.fieldErrors, both languages); nothing is written. */
function invalidCall(issues: FieldIssues): DomainError {
  const fieldErrors: Record<string, Bilingual[]> = {};
  for (const { field, issue } of issues) (fieldErrors[field] ??= []).push(CALL_ISSUES[issue]);
  return new DomainError(
    "invalid",
    { zh: "项目信息有误，未作任何修改。请按提示更正。", en: "Some of the call's details are not valid; nothing was changed. Please correct them." },
    { fieldErrors, issues: issues.map((i) => `${i.field}:${i.issue}`) },
  );
}

function refusedOperation(state: CallState, operation: CallOperation): DomainError {
  const names: Record<CallState, Bilingual> = {
    scheduled: { zh: "未开始", en: "scheduled" },
    open: { zh: "申报中", en: "open" },
    closed: { zh: "已截止", en: "closed" },
  };
  return new DomainError(
    "conflict",
    { zh: `该项目当前为“${names[state].zh}”，不能执行此操作。`, en: `The call is ${names[state].en}; this cannot be done now.` },
    { state, operation },
  );
}

/** One writer at a time per tier, region and year, so two overlapping windows cannot both pass the check. */
async function lockFamily(tx: Tx, call: Pick<CallFields, "tier" | "regionCode" | "year">): Promise<void> {
  const key = `call:${call.tier}:${call.regionCode ?? "national"}:${call.year}`;
  await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${key})::bigint)) AS l`;
}

/** The problems of a whole call that need the database: rule set, national minimum, overlapping window. */
async function storedIssues(
  tx: Tx,
  call: CallFields,
  id: string | null,
  check: { ruleSet: boolean; notice: boolean; overlap: boolean },
): Promise<{ issues: FieldIssues; ruleSetCode: string | null }> {
  const issues: FieldIssues = [];
  let ruleSetCode: string | null = null;
  if (check.ruleSet) {
    const ruleSet = await tx.ruleSet.findUnique({ where: { id: call.ruleSetId }, select: { code: true, tier: true, status: true, regionCode: true } });
    const fits =
      ruleSet &&
      ruleSet.status === "published" &&
      tierFromDb(ruleSet.tier) === call.tier &&
      (ruleSet.regionCode === null || ruleSet.regionCode === call.regionCode);
    if (fits) ruleSetCode = ruleSet.code;
    else issues.push({ field: "ruleSetId", issue: "ruleSetTier" });
  }
  if (check.notice && call.noticeWorkingDays < (await noticeMinimum(tx))) issues.push({ field: "noticeWorkingDays", issue: "noticeBelowMinimum" });
  if (check.overlap) {
    const other = await tx.programme.findFirst({
      where: {
        tier: tierToDb(call.tier),
        regionCode: call.regionCode,
        year: call.year,
        opensOn: { lte: dateOf(call.closesOn) },
        closesOn: { gte: dateOf(call.opensOn) },
        ...(id ? { id: { not: id } } : {}),
      },
      select: { id: true },
    });
    if (other) issues.push({ field: "opensOn", issue: "overlap" });
  }
  return { issues, ruleSetCode };
}

const columns = (call: Partial<CallFields>, ruleSetCode: string | null): Prisma.ProgrammeUncheckedUpdateManyInput => ({
  ...(call.tier !== undefined ? { tier: tierToDb(call.tier) } : {}),
  ...(call.year !== undefined ? { year: call.year } : {}),
  ...(call.regionCode !== undefined ? { regionCode: call.regionCode } : {}),
  ...(call.nameZh !== undefined ? { nameZh: call.nameZh } : {}),
  ...(call.nameEn !== undefined ? { nameEn: call.nameEn } : {}),
  ...(call.opensOn !== undefined ? { opensOn: dateOf(call.opensOn) } : {}),
  ...(call.closesOn !== undefined ? { closesOn: dateOf(call.closesOn) } : {}),
  ...(call.ruleSetId !== undefined ? { ruleSetId: call.ruleSetId } : {}),
  ...(ruleSetCode !== null ? { ruleSetCode } : {}),
  ...(call.noticeWorkingDays !== undefined ? { noticeWorkingDays: call.noticeWorkingDays } : {}),
  ...(call.validityYears !== undefined ? { validityYears: call.validityYears } : {}),
  ...(call.annualDataDeadline !== undefined ? { annualDataDeadline: call.annualDataDeadline } : {}),
  ...(call.cooloffYears !== undefined ? { cooloffYears: call.cooloffYears } : {}),
  ...(call.municipalReviewDays !== undefined ? { municipalReviewDays: call.municipalReviewDays } : {}),
  ...(call.provincialReviewDays !== undefined ? { provincialReviewDays: call.provincialReviewDays } : {}),
  ...(call.ministryReviewDays !== undefined ? { ministryReviewDays: call.ministryReviewDays } : {}),
  ...(call.expertReviewDays !== undefined ? { expertReviewDays: call.expertReviewDays } : {}),
});

const fieldsOf = (view: CallView): CallFields => {
  const { id: _id, code: _code, ruleSetCode: _rsc, state: _state, ruleSetId, ...rest } = view;
  return { ...rest, ruleSetId: ruleSetId ?? "" };
};

/**
 * Opens a new call. The national administrator creates national calls, a provincial one its own
 * province's tier 1 and 2 calls (403 otherwise); the window may not start in the past nor overlap
 * another call of the same tier, region and year; the rule set is a published one of the same
 * tier; the notice is at least the national minimum. The row and its audit entry are one transaction.
 */
export async function createCall(actor: Actor, input: CreateCallInput, now = systemNow()): Promise<CallView> {
  if (!may(actor, "call:manage") || !may(actor, "call:manage", { provinceCode: input.regionCode, tier: input.tier })) throw forbidden();
  const today = chinaDate(now);
  const early: FieldIssues = [...crossFieldIssues(input), ...(input.opensOn < today ? [{ field: "opensOn" as const, issue: "opensInPast" as const }] : [])];
  if (early.length) throw invalidCall(early);
  const db = await prisma();
  return db.$transaction(async (tx) => {
    await lockFamily(tx, input);
    const { issues, ruleSetCode } = await storedIssues(tx, input, null, { ruleSet: true, notice: true, overlap: true });
    if (issues.length) throw invalidCall(issues);
    const taken = new Set((await tx.programme.findMany({ where: { code: { startsWith: `${input.tier}-` } }, select: { code: true } })).map((r) => r.code));
    const code = callCode(input, (c) => taken.has(c));
    const row = await tx.programme.create({
      data: {
        code,
        tier: tierToDb(input.tier),
        year: input.year,
        regionCode: input.regionCode,
        nameZh: input.nameZh,
        nameEn: input.nameEn,
        ruleSetCode: ruleSetCode!,
        ruleSetId: input.ruleSetId,
        opensOn: dateOf(input.opensOn),
        closesOn: dateOf(input.closesOn),
        noticeWorkingDays: input.noticeWorkingDays,
        validityYears: input.validityYears,
        annualDataDeadline: input.annualDataDeadline,
        cooloffYears: input.cooloffYears,
        municipalReviewDays: input.municipalReviewDays,
        provincialReviewDays: input.provincialReviewDays,
        ministryReviewDays: input.ministryReviewDays,
        expertReviewDays: input.expertReviewDays,
      },
      select: CALL_SELECT,
    });
    const view = callView(row, today);
    await appendAudit(tx, actor, {
      action: "call.create",
      entityType: "programme",
      entityId: row.id,
      toStatus: view.state,
      data: { code, before: null, after: fieldsOf(view) },
    });
    return view;
  });
}

async function loadForWrite(tx: Tx, actor: Actor, id: string, today: string) {
  const row = await tx.programme.findUnique({ where: { id }, select: CALL_SELECT });
  requireCall(actor, row);
  const view = callView(row!, today);
  const applications = await tx.application.count({ where: { programmeId: id } });
  return { view, applications };
}

/** The stored window must still be what was read: a second writer in between gets a conflict. */
async function guardedUpdate(tx: Tx, view: CallView, data: Prisma.ProgrammeUncheckedUpdateManyInput, today: string): Promise<CallView> {
  const { count } = await tx.programme.updateMany({
    where: { id: view.id, opensOn: dateOf(view.opensOn), closesOn: dateOf(view.closesOn) },
    data,
  });
  if (count === 0)
    throw new DomainError("conflict", { zh: "该项目已被他人修改，请刷新后重试。", en: "This call was changed by someone else. Please reload and try again." });
  return callView(await tx.programme.findUniqueOrThrow({ where: { id: view.id }, select: CALL_SELECT }), today);
}

/**
 * Changes a call's details. Which fields may change depends on its state (EDITABLE_FIELDS in
 * lib/domain/calls/call-state) and whether firms have applied (LOCKED_WITH_APPLICATIONS); the
 * whole call is checked again as it would be after the change. Before → after is audited.
 */
export async function editCall(actor: Actor, input: EditCallInput, now = systemNow()): Promise<{ call: CallView; changed: (keyof CallFields)[] }> {
  if (!may(actor, "call:manage")) throw forbidden();
  const today = chinaDate(now);
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const { view, applications } = await loadForWrite(tx, actor, input.id, today);
    const before = fieldsOf(view);
    const changed = CALL_FIELDS.filter((field) => input[field] !== undefined && input[field] !== before[field]);
    if (changed.length === 0) return { call: view, changed };
    const after: CallFields = { ...before, ...Object.fromEntries(changed.map((f) => [f, input[f]])) };
    const refusals: FieldIssues = [...editRefusals(view.state, applications > 0, changed)];
    if (refusals.length) throw invalidCall(refusals);
    // Moving the call to another province or tier must stay within the editor's reach.
    if (!may(actor, "call:manage", { provinceCode: after.regionCode, tier: after.tier })) throw forbidden();
    const early: FieldIssues = [
      ...crossFieldIssues(after),
      ...(changed.includes("opensOn") && after.opensOn < today ? [{ field: "opensOn" as const, issue: "opensInPast" as const }] : []),
    ];
    if (early.length) throw invalidCall(early);
    const family = changed.some((f) => ["tier", "regionCode", "year", "opensOn", "closesOn"].includes(f));
    if (family) await lockFamily(tx, after);
    const { issues, ruleSetCode } = await storedIssues(tx, after, view.id, {
      ruleSet: changed.includes("ruleSetId") || changed.includes("tier") || changed.includes("regionCode"),
      notice: changed.includes("noticeWorkingDays"),
      overlap: family,
    });
    if (issues.length) throw invalidCall(issues);
    const patch = Object.fromEntries(changed.map((f) => [f, after[f]])) as Partial<CallFields>;
    const call = await guardedUpdate(tx, view, columns(patch, ruleSetCode), today);
    await appendAudit(tx, actor, {
      action: "call.edit",
      entityType: "programme",
      entityId: view.id,
      fromStatus: view.state,
      toStatus: call.state,
      data: { code: view.code, before: Object.fromEntries(changed.map((f) => [f, before[f]])), after: patch },
    });
    return { call, changed };
  });
}

async function moveWindow(actor: Actor, id: string, operation: "open-early" | "extend" | "close", now: Date, closesOn?: string): Promise<CallView> {
  if (!may(actor, "call:manage")) throw forbidden();
  const today = chinaDate(now);
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const { view } = await loadForWrite(tx, actor, id, today);
    if (!mayOperate(view.state, operation)) throw refusedOperation(view.state, operation);
    const window = { opensOn: view.opensOn, closesOn: view.closesOn };
    if (operation === "open-early") window.opensOn = today;
    if (operation === "close") {
      // Closing ends the window at the end of today (Beijing): today's applicants are not cut off mid-day.
      if (view.closesOn === today) throw invalidCall([{ field: "closesOn", issue: "alreadyClosing" }]);
      window.closesOn = today;
    }
    if (operation === "extend") {
      if (!closesOn || closesOn <= view.closesOn) throw invalidCall([{ field: "closesOn", issue: "extendLater" }]);
      window.closesOn = closesOn;
    }
    await lockFamily(tx, view);
    const { issues } = await storedIssues(tx, { ...fieldsOf(view), ...window }, view.id, { ruleSet: false, notice: false, overlap: true });
    if (issues.length) throw invalidCall(issues);
    const call = await guardedUpdate(tx, view, { opensOn: dateOf(window.opensOn), closesOn: dateOf(window.closesOn) }, today);
    await appendAudit(tx, actor, {
      action: `call.${operation.replace("-", "_")}`,
      entityType: "programme",
      entityId: view.id,
      fromStatus: view.state,
      toStatus: call.state,
      data: { code: view.code, before: { opensOn: view.opensOn, closesOn: view.closesOn }, after: window },
    });
    return call;
  });
}

/** A scheduled call opens today instead of on its opening day. */
export const openCallEarly = (actor: Actor, input: { id: string }, now = systemNow()) => moveWindow(actor, input.id, "open-early", now);
/** An open call takes applications until a later day. */
export const extendCall = (actor: Actor, input: ExtendCallInput, now = systemNow()) => moveWindow(actor, input.id, "extend", now, input.closesOn);
/** An open call takes its last applications today. */
export const closeCall = (actor: Actor, input: { id: string }, now = systemNow()) => moveWindow(actor, input.id, "close", now);
