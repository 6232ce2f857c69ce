import type { Prisma } from "@/generated/prisma/client";
import type { IsoDate } from "@/lib/calendar/iso-date";
import { dateOf, isoOf } from "@/lib/calendar/today";
import type { ReviewLevel } from "@/lib/domain/roles";
import { LEVEL_STATUS, levelOfStatus, workingDaysPastDue } from "@/lib/domain/review-timing/level-timing";
import type { HolidayCalendar } from "@/lib/calendar/holiday-calendar";
import type { Tx } from "../db-types";
import { loadHolidayCalendar } from "../calendar/load-holiday-calendar";
import { notify, type Audience, type NotificationMessage } from "../notifications/notify";
import { escalationWorkingDays } from "./escalation-setting";

const LEVEL_NAMES: Record<ReviewLevel, { zh: string; en: string }> = {
  municipal: { zh: "市级", en: "municipal" },
  provincial: { zh: "省级", en: "provincial" },
  ministry: { zh: "工业和信息化部", en: "MIIT" },
};

const FILE_SELECT = {
  id: true,
  status: true,
  cityCode: true,
  provinceCode: true,
  assignedToId: true,
  levelDueOn: true,
  company: { select: { nameZh: true } },
} as const satisfies Prisma.ApplicationSelect;
type OverdueFile = Prisma.ApplicationGetPayload<{ select: typeof FILE_SELECT }>;

/** Every active official of the level where the file waits, in its jurisdiction. */
function levelOfficials(level: ReviewLevel, file: OverdueFile): Audience {
  if (level === "municipal") return [{ role: "municipal", jurisdictionCode: file.cityCode }];
  if (level === "provincial") return [{ role: "provincial", jurisdictionCode: file.provinceCode }];
  return [{ role: "ministry" }];
}

function overdueMessage(file: OverdueFile, level: ReviewLevel, due: IsoDate): NotificationMessage {
  const name = LEVEL_NAMES[level];
  return {
    kind: "application.overdue",
    title: { zh: `申报已超过办理期限：${file.company.nameZh}`, en: `Past its time limit: ${file.company.nameZh}` },
    body: { zh: `${name.zh}审核的办理期限为${due}，请尽快作出审核决定。`, en: `The ${name.en} review was due by ${due}; please decide on it soon.` },
    link: `/applications/${file.id}`,
  };
}

function escalationMessage(file: OverdueFile, level: ReviewLevel, due: IsoDate, late: number): NotificationMessage {
  const name = LEVEL_NAMES[level];
  return {
    kind: "application.overdue.escalated",
    title: { zh: `申报逾期未办：${file.company.nameZh}`, en: `Still overdue: ${file.company.nameZh}` },
    body: {
      zh: `${name.zh}审核的办理期限${due}已过${late}个工作日，${file.assignedToId ? "已提醒审核人" : "尚未分配审核人"}。`,
      en: `The ${name.en} review is ${late} working days past its time limit of ${due}; ${file.assignedToId ? "its reviewer has been reminded" : "nobody is assigned to it yet"}.`,
    },
    link: `/applications/${file.id}`,
  };
}

/**
 * The daily check of review time limits (issue 14; docs/decisions/029). A file past its level's
 * due date is notified once to its reviewer (or, with none assigned or the reviewer's account
 * gone, to every official of the level); once it is the configured number of working days late,
 * once more to every official of the level. Each notice is an in-app notification whose email the
 * outbox sends; the file records when, so a second run or a second instance sends nothing again,
 * and a file that moves on and comes back starts afresh (level-arrival.ts clears both).
 */
export async function sendOverdueNotices(
  tx: Tx,
  today: IsoDate,
  now: Date,
): Promise<{ overdue: number; escalated: number; expertsOverdue: number; expertsEscalated: number }> {
  const [calendar, escalateAfter] = await Promise.all([loadHolidayCalendar(tx), escalationWorkingDays(tx)]);
  const files = await sendFileNotices(tx, today, now, calendar, escalateAfter);
  const experts = await sendExpertNotices(tx, today, now, calendar, escalateAfter);
  return { ...files, ...experts };
}

async function sendFileNotices(tx: Tx, today: IsoDate, now: Date, calendar: HolidayCalendar, escalateAfter: number) {
  const waiting: Prisma.ApplicationWhereInput = { status: { in: Object.values(LEVEL_STATUS) }, levelDueOn: { lt: dateOf(today) } };
  // Only a file still where it was read is marked: one decided meanwhile has a new clock.
  const mark = (file: OverdueFile, data: Prisma.ApplicationUpdateManyMutationInput) =>
    tx.application.updateMany({ where: { id: file.id, status: file.status, levelDueOn: file.levelDueOn }, data });

  let overdue = 0;
  for (const file of await tx.application.findMany({ where: { ...waiting, overdueNoticeAt: null }, select: FILE_SELECT, orderBy: { id: "asc" } })) {
    const level = levelOfStatus(file.status)!;
    const message = overdueMessage(file, level, isoOf(file.levelDueOn!));
    const reached = file.assignedToId ? await notify(tx, [{ id: file.assignedToId }], message) : [];
    if (reached.length === 0) await notify(tx, levelOfficials(level, file), message);
    await mark(file, { overdueNoticeAt: now });
    overdue++;
  }

  let escalated = 0;
  const noticed = await tx.application.findMany({
    where: { ...waiting, overdueNoticeAt: { not: null }, escalatedAt: null },
    select: FILE_SELECT,
    orderBy: { id: "asc" },
  });
  for (const file of noticed) {
    const due = isoOf(file.levelDueOn!);
    const late = workingDaysPastDue(due, today, calendar);
    if (late < escalateAfter) continue;
    const level = levelOfStatus(file.status)!;
    await notify(tx, levelOfficials(level, file), escalationMessage(file, level, due, late));
    await mark(file, { escalatedAt: now });
    escalated++;
  }
  return { overdue, escalated };
}

const ASSIGNMENT_SELECT = {
  id: true,
  expertId: true,
  dueOn: true,
  application: { select: { id: true, company: { select: { nameZh: true } } } },
} as const satisfies Prisma.ExpertAssignmentSelect;

/**
 * An expert's review past its due date, while the file still waits at MIIT: the expert is
 * reminded once (their link opens their own review page); once it is the configured number of
 * working days late, MIIT's officials are told once, without the expert's name, as the draw is blind
 * to everyone but the ministry's own page.
 */
async function sendExpertNotices(tx: Tx, today: IsoDate, now: Date, calendar: HolidayCalendar, escalateAfter: number) {
  const late: Prisma.ExpertAssignmentWhereInput = { submittedAt: null, dueOn: { lt: dateOf(today) }, application: { status: "ministry_review" } };
  const mark = (id: string, data: Prisma.ExpertAssignmentUpdateManyMutationInput) => tx.expertAssignment.updateMany({ where: { id, submittedAt: null }, data });

  let expertsOverdue = 0;
  for (const row of await tx.expertAssignment.findMany({ where: { ...late, overdueNoticeAt: null }, select: ASSIGNMENT_SELECT, orderBy: { id: "asc" } })) {
    const due = isoOf(row.dueOn!);
    await notify(tx, [{ id: row.expertId }], {
      kind: "expert-review.overdue",
      title: { zh: "专家评审已超过提交期限", en: "Your expert review is past its due date" },
      body: { zh: `该评审应于${due}前提交，请尽快提交评审意见。`, en: `It was due by ${due}; please submit your review soon.` },
      link: `/expert/reviews/${row.application.id}`,
    });
    await mark(row.id, { overdueNoticeAt: now });
    expertsOverdue++;
  }

  let expertsEscalated = 0;
  const reminded = await tx.expertAssignment.findMany({
    where: { ...late, overdueNoticeAt: { not: null }, escalatedAt: null },
    select: ASSIGNMENT_SELECT,
    orderBy: { id: "asc" },
  });
  for (const row of reminded) {
    const due = isoOf(row.dueOn!);
    const days = workingDaysPastDue(due, today, calendar);
    if (days < escalateAfter) continue;
    await notify(tx, [{ role: "ministry" }], {
      kind: "expert-review.overdue.escalated",
      title: { zh: `专家评审逾期未交：${row.application.company.nameZh}`, en: `An expert review is still missing: ${row.application.company.nameZh}` },
      body: {
        zh: `一位评审专家的意见应于${due}前提交，已逾期${days}个工作日，已提醒该专家。`,
        en: `One expert's review was due by ${due} and is ${days} working days late; the expert has been reminded.`,
      },
      link: `/applications/${row.application.id}`,
    });
    await mark(row.id, { escalatedAt: now });
    expertsEscalated++;
  }
  return { expertsOverdue, expertsEscalated };
}
