import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { memoryCounter } from "@/lib/auth/rate-limit";
import { DomainError } from "@/lib/errors/domain-error";
import { seedCalendar } from "@/lib/seed/steps/seed-calendar";
import { announceBatch } from "@/lib/services/batches/announce-batch";
import { addBatchEntries } from "@/lib/services/batches/batch-entries";
import { batchDetail } from "@/lib/services/batches/batch-detail";
import { createBatch } from "@/lib/services/batches/create-batch";
import { extendNotice } from "@/lib/services/batches/extend-notice";
import { lodgeObjection } from "@/lib/services/batches/lodge-objection";
import { noticeMinimum, readNoticeMinimum, setNoticeMinimum } from "@/lib/services/batches/notice-minimum";
import { useObjectionCounter } from "@/lib/services/batches/objection-rate-limit";
import { REFERENCE_PATTERN } from "@/lib/domain/batches/objection-reference";
import { objectionStatus } from "@/lib/services/batches/objection-status";
import { publicNotice } from "@/lib/services/batches/public-notices";
import { publishNotice } from "@/lib/services/batches/publish-notice";
import { resolveObjection } from "@/lib/services/batches/resolve-objection";
import { withdrawBatch } from "@/lib/services/batches/withdraw-batch";
import { setCalendarDay } from "@/lib/services/calendar/calendar-days";
import { localDiskStorage } from "@/lib/storage/local-disk-storage";
import { approvedApplications, objectionForm, PDF_BYTES } from "./support/batch-fixtures";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createProgramme, FUJIAN, FUZHOU, seedRegions } from "./support/fixtures";

/**
 * The notice window (docs/decisions/016): every way to shorten or skip the
 * public's chance to object is refused with the rule and the day it lifts, on a clock the test
 * sets — nothing here publishes in the past.
 */
let db: FreshDatabase;
let fujian: Actor;
let ministry: Actor;
let admin: Actor;
let fujianAdmin: Actor;
const storage = localDiskStorage(mkdtempSync(path.join(tmpdir(), "notice-window-evidence-")));
const evidence = [{ name: "证明.pdf", bytes: PDF_BYTES }];

/** Noon in Beijing on a date, and the first and last instants of a Beijing date. */
const beijingNoon = (date: string) => new Date(`${date}T04:00:00Z`);
const beijingMidnight = (date: string) => new Date(new Date(`${date}T00:00:00Z`).getTime() - 8 * 3_600_000);
const lastInstantOf = (date: string) => new Date(beijingMidnight(date).getTime() + 86_400_000 - 1);

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  await seedCalendar(db.prisma);
  [fujian, ministry, admin, fujianAdmin] = await Promise.all([
    createActor(db, "provincial", FUJIAN),
    createActor(db, "ministry"),
    createActor(db, "administrator"),
    createActor(db, "administrator", FUJIAN),
  ]);
});
afterAll(async () => db.destroy());
beforeEach(() => useObjectionCounter(memoryCounter()));

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

async function draftWith(count: number, tier: "specialized" | "little_giant" = "specialized") {
  const programme = await createProgramme(db, tier);
  const manager = tier === "little_giant" ? ministry : fujian;
  const apps = await approvedApplications(db, { programmeId: programme.id, tier, count, cityCode: FUZHOU, provinceCode: FUJIAN });
  const batch = await createBatch(manager, { programmeId: programme.id });
  await addBatchEntries(manager, { batchId: batch.id, all: true });
  return { programme, batch, manager, ...apps };
}

const stored = (batchId: string) => db.prisma.batch.findUniqueOrThrow({ where: { id: batchId } });
const version = async (batchId: string) => (await stored(batchId)).version;
const entriesOf = (batchId: string) => db.prisma.batchEntry.findMany({ where: { batchId }, orderBy: { id: "asc" } });

describe("publishing: from today on, never back-dated", () => {
  it("refuses yesterday with the rule and today as the earliest start, and changes nothing", async () => {
    const { batch } = await draftWith(1);
    const today = "2026-09-22";
    const before = await stored(batch.id);
    const error = await refusal(publishNotice(fujian, { batchId: batch.id, expectedVersion: before.version, noticeStart: "2026-09-21" }, beijingNoon(today)));
    expect(error.status).toBe(409);
    expect(error.details).toMatchObject({ rule: "start-in-past", field: "noticeStart", possibleFrom: today });
    expect(error.bilingual.zh).toContain("最早可从2026-09-22开始");
    expect(error.bilingual.en).toContain("The earliest start is 2026-09-22");
    expect(await stored(batch.id)).toEqual(before);
    expect(await db.prisma.auditLog.count({ where: { entityId: batch.id, action: "batch.publish_notice" } })).toBe(0);
  });

  it("accepts today at the first and the last instant of the Beijing day, and not a minute after it", async () => {
    for (const now of [beijingMidnight("2026-09-22"), lastInstantOf("2026-09-22")]) {
      const { batch } = await draftWith(1);
      expect(await publishNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-09-22" }, now)).toMatchObject({
        noticeEnd: "2026-09-29",
      });
    }
    const { batch } = await draftWith(1);
    const late = new Date(lastInstantOf("2026-09-22").getTime() + 60_000);
    expect(
      (await refusal(publishNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-09-22" }, late))).details,
    ).toMatchObject({ rule: "start-in-past", possibleFrom: "2026-09-23" });
  });

  it("refuses a notice of one working day: the national minimum holds whatever the form says", async () => {
    const { batch } = await draftWith(1);
    const error = await refusal(
      publishNotice(
        fujian,
        { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-09-22", workingDays: 1 },
        beijingNoon("2026-09-22"),
      ),
    );
    expect(error.details).toMatchObject({ rule: "too-short", field: "workingDays" });
    expect((await stored(batch.id)).status).toBe("draft");
  });

  it("refuses a notice that would run into a year with no holiday data, telling the administrator to load it", async () => {
    const { batch } = await draftWith(1);
    // 28, 29, 30, 31 December 2026 and 1 January 2027: 2027 is not loaded.
    const error = await refusal(
      publishNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-12-28" }, beijingNoon("2026-12-24")),
    );
    expect(error.status).toBe(409);
    expect(error.details).toMatchObject({ rule: "calendar-not-loaded" });
    expect(error.bilingual.zh).toContain("录入2027年的放假安排");
    // One day earlier fits in 2026.
    expect(
      await publishNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-12-25" }, beijingNoon("2026-12-24")),
    ).toMatchObject({ noticeEnd: "2026-12-31" });
  });
});

describe("the national minimum notice length", () => {
  it("is 5 working days until the national administrator sets it; provincial administrators and officials may not", async () => {
    expect(await noticeMinimum()).toBe(5);
    expect(await readNoticeMinimum(admin)).toMatchObject({ workingDays: 5, updatedAt: null });
    for (const actor of [fujianAdmin, fujian, ministry]) {
      expect((await refusal(setNoticeMinimum(actor, { workingDays: 3 }))).status).toBe(403);
      expect((await refusal(readNoticeMinimum(actor))).status).toBe(403);
    }
    expect(await noticeMinimum()).toBe(5);
    expect(await db.prisma.auditLog.count({ where: { action: "setting.notice_minimum" } })).toBe(0);
  });

  it("raised to 7, it refuses a 5-day notice and is the default length; the change is audited", async () => {
    await setNoticeMinimum(admin, { workingDays: 7 });
    try {
      expect(await noticeMinimum()).toBe(7);
      const audit = await db.prisma.auditLog.findFirst({ where: { action: "setting.notice_minimum" } });
      expect(audit).toMatchObject({ actorId: admin.id, fromStatus: "5", toStatus: "7" });
      const { batch } = await draftWith(1);
      const error = await refusal(
        publishNotice(
          fujian,
          { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-09-14", workingDays: 5 },
          beijingNoon("2026-09-14"),
        ),
      );
      expect(error.details).toMatchObject({ rule: "too-short" });
      expect(error.bilingual.en).toContain("the national minimum is 7");
      // Without a length the notice takes the minimum: 14–18 and 20 (make-up Sunday), 21 September.
      expect(
        await publishNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-09-14" }, beijingNoon("2026-09-14")),
      ).toMatchObject({ workingDays: 7, noticeEnd: "2026-09-21" });
      expect((await batchDetail(fujian, batch.id, {}, beijingNoon("2026-09-14"))).requiredWorkingDays).toBe(7);
    } finally {
      await setNoticeMinimum(admin, { workingDays: 5 });
    }
  });
});

describe("announcing: only after the last notice day has ended in Beijing, for the province and the ministry", () => {
  it.each(["specialized", "little_giant"] as const)(
    "a %s batch is refused on its last day with the day it becomes possible, and announced at 00:00 the next day",
    async (tier) => {
      const { batch, manager } = await draftWith(2, tier);
      await publishNotice(manager, { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-09-22" }, beijingNoon("2026-09-22"));
      // 22, 23, 24, 28, 29 September.
      const early = await refusal(announceBatch(manager, { batchId: batch.id, expectedVersion: await version(batch.id) }, lastInstantOf("2026-09-29")));
      expect(early.status).toBe(409);
      expect(early.details).toMatchObject({ failed: ["notice-period-running"], possibleFrom: "2026-09-30" });
      expect(early.bilingual.zh).toContain("公示期满后方可公告，最早可于2026-09-30公告");
      expect(early.bilingual.en).toContain("possible from 2026-09-30");
      expect(await db.prisma.recognition.count({ where: { batchId: batch.id } })).toBe(0);
      expect((await stored(batch.id)).status).toBe("notice");
      const result = await announceBatch(manager, { batchId: batch.id, expectedVersion: await version(batch.id) }, beijingMidnight("2026-09-30"));
      expect(result).toMatchObject({ announcedOn: "2026-09-30", recognised: 2 });
    },
  );
});

describe("extending a notice", () => {
  it("makes it longer and public; shortening and extending after the end are refused", async () => {
    const { batch } = await draftWith(2);
    await publishNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-09-22" }, beijingNoon("2026-09-22"));
    const shorter = await refusal(
      extendNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), workingDays: 4, reason: "核实异议" }, beijingNoon("2026-09-24")),
    );
    expect(shorter.status).toBe(409);
    expect(shorter.details).toMatchObject({ rule: "not-longer", field: "workingDays" });
    const same = await refusal(
      extendNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), workingDays: 5, reason: "核实异议" }, beijingNoon("2026-09-24")),
    );
    expect(same.details).toMatchObject({ rule: "not-longer" });
    expect((await stored(batch.id)).noticeEnd?.toISOString().slice(0, 10)).toBe("2026-09-29");

    // 22, 23, 24, 28, 29, 30 September, 8, 9, 10 (make-up Saturday) and 12 October.
    const extended = await extendNotice(
      fujian,
      { batchId: batch.id, expectedVersion: await version(batch.id), workingDays: 10, reason: "需进一步核实异议" },
      beijingNoon("2026-09-24"),
    );
    expect(extended).toEqual({ noticeStart: "2026-09-22", noticeEnd: "2026-10-12", originalEnd: "2026-09-29", workingDays: 10 });
    const notice = await publicNotice(batch.id, {}, beijingNoon("2026-10-09"));
    expect(notice?.open).toBe(true);
    expect(notice?.batch).toMatchObject({
      noticeEnd: new Date("2026-10-12T00:00:00Z"),
      noticeOriginalEnd: new Date("2026-09-29T00:00:00Z"),
      noticeExtendedOn: new Date("2026-09-24T00:00:00Z"),
    });
    expect(await db.prisma.auditLog.findFirst({ where: { entityId: batch.id, action: "batch.extend_notice" } })).toMatchObject({ reason: "需进一步核实异议" });

    // An objection on a day the extension added is accepted; announcing waits for the new end.
    const [entry] = await entriesOf(batch.id);
    const during = beijingNoon("2026-10-09");
    await lodgeObjection(objectionForm(batch.id, entry!.id, during), evidence, { ip: "10.0.0.1" }, { now: during, storage });
    expect(
      (await refusal(announceBatch(fujian, { batchId: batch.id, expectedVersion: await version(batch.id) }, beijingNoon("2026-10-12")))).details,
    ).toMatchObject({ possibleFrom: "2026-10-13" });

    // A second extension keeps the first published end.
    expect(
      await extendNotice(
        fujian,
        { batchId: batch.id, expectedVersion: await version(batch.id), workingDays: 11, reason: "再次延长" },
        beijingNoon("2026-10-12"),
      ),
    ).toMatchObject({ noticeEnd: "2026-10-13", originalEnd: "2026-09-29" });
    const ended = await refusal(
      extendNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), workingDays: 12, reason: "过期延长" }, beijingNoon("2026-10-14")),
    );
    expect(ended.details).toMatchObject({ rule: "notice-ended" });
  });

  it("into a year with no holiday data is refused", async () => {
    const { batch } = await draftWith(1);
    await publishNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-12-21" }, beijingNoon("2026-12-21"));
    const error = await refusal(
      extendNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), workingDays: 10, reason: "核实异议" }, beijingNoon("2026-12-22")),
    );
    expect(error.details).toMatchObject({ rule: "calendar-not-loaded" });
  });

  it("is refused for a draft, naming the state", async () => {
    const { batch } = await draftWith(1);
    const error = await refusal(
      extendNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), workingDays: 10, reason: "核实异议" }, beijingNoon("2026-09-22")),
    );
    expect(error.status).toBe(409);
    expect(error.bilingual.en).toContain('state "Draft"');
  });
});

describe("withdrawing a batch with an open objection", () => {
  it("keeps the objection open with the firm: it cannot go on another batch until the objection is decided, which still works", async () => {
    const { batch, programme, applicationIds } = await draftWith(2);
    await publishNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-09-22" }, beijingNoon("2026-09-22"));
    const entries = await entriesOf(batch.id);
    const objected = entries[0]!;
    const now = beijingNoon("2026-09-23");
    const { objectionId } = await lodgeObjection(objectionForm(batch.id, objected.id, now), evidence, { ip: "10.0.0.2" }, { now, storage });
    await withdrawBatch(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), reason: "重新组批" });
    expect(await db.prisma.objection.findUniqueOrThrow({ where: { id: objectionId } })).toMatchObject({ status: "open" });

    const second = await createBatch(fujian, { programmeId: programme.id });
    // Everything ready goes on, except the firm with the open objection.
    expect(await addBatchEntries(fujian, { batchId: second.id, all: true })).toEqual({ added: 1 });
    const named = await refusal(addBatchEntries(fujian, { batchId: second.id, applicationIds: [objected.applicationId!] }));
    expect(named.status).toBe(409);
    expect(named.bilingual.en).toContain("objection still open");
    const detail = await batchDetail(fujian, second.id);
    expect(detail.ready).toHaveLength(0);
    expect(detail.held.map((a) => a.id)).toEqual([objected.applicationId]);
    expect(applicationIds).toContain(objected.applicationId);

    // Deciding it on the withdrawn batch releases the firm.
    await resolveObjection(fujian, { objectionId, outcome: "dismissed", resolution: "证据不足" });
    expect(await addBatchEntries(fujian, { batchId: second.id, applicationIds: [objected.applicationId!] })).toEqual({ added: 1 });
  });

  it("an objection upheld on a withdrawn batch reopens the firm's file", async () => {
    const { batch } = await draftWith(1);
    await publishNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-09-22" }, beijingNoon("2026-09-22"));
    const [entry] = await entriesOf(batch.id);
    const now = beijingNoon("2026-09-23");
    const { objectionId } = await lodgeObjection(objectionForm(batch.id, entry!.id, now), evidence, { ip: "10.0.0.3" }, { now, storage });
    await withdrawBatch(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), reason: "撤销" });
    await resolveObjection(fujian, { objectionId, outcome: "upheld", resolution: "属实" });
    expect((await db.prisma.application.findUniqueOrThrow({ where: { id: entry!.applicationId! } })).status).toBe("provincial_review");
  });
});

describe("the objector's reference and status page", () => {
  it("lodging gives a reference; reference and contact show the state, and a wrong one of either gets the same nothing", async () => {
    const { batch } = await draftWith(1);
    await publishNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-09-22" }, beijingNoon("2026-09-22"));
    const [entry] = await entriesOf(batch.id);
    const now = beijingNoon("2026-09-23");
    const form = { ...objectionForm(batch.id, entry!.id, now), objectorContact: "Wang.Jianhua@example.cn" };
    const { objectionId, reference } = await lodgeObjection(form, evidence, { ip: "10.0.0.4" }, { now, storage });
    expect(reference).toMatch(REFERENCE_PATTERN);
    expect(reference.startsWith("26-")).toBe(true);
    expect(await db.prisma.objection.findUniqueOrThrow({ where: { id: objectionId } })).toMatchObject({ reference });

    const client = { ip: "10.0.0.5" };
    expect(await objectionStatus({ reference: reference.toLowerCase(), contact: " wang.jianhua@example.cn " }, client)).toMatchObject({
      reference,
      status: "open",
      lodgedOn: "2026-09-23",
      resolvedOn: null,
      batchStatus: "notice",
    });
    expect(await objectionStatus({ reference, contact: "other@example.cn" }, client)).toBeNull();
    expect(
      await objectionStatus({ reference: reference.replace(/.$/, (c) => (c === "0" ? "1" : "0")), contact: "wang.jianhua@example.cn" }, client),
    ).toBeNull();

    await resolveObjection(fujian, { objectionId, outcome: "dismissed", resolution: "证据不足，不予支持" }, beijingNoon("2026-09-25"));
    expect(await objectionStatus({ reference, contact: "Wang.Jianhua@example.cn" }, client)).toMatchObject({
      status: "dismissed",
      resolvedOn: "2026-09-25",
      resolution: "证据不足，不予支持",
    });
  });

  it("the firms on a list hear of the notice, the objector's receipt and answer are queued with the objection and its decision, and the firm hears the outcome", async () => {
    const { batch, companyIds } = await draftWith(2);
    const users = await Promise.all(companyIds.map((companyId) => createActor(db, "company", null, companyId)));
    await publishNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-09-22" }, beijingNoon("2026-09-22"));
    for (const user of users) {
      const [notice] = await db.prisma.notification.findMany({
        where: { userId: user.id, kind: "batch.notice" },
        select: { bodyZh: true, bodyEn: true, link: true },
      });
      expect(notice).toMatchObject({ link: `/notices/${batch.id}` });
      // 25 September 2026 is the Mid-Autumn Festival: five working days end on the 29th.
      expect(notice!.bodyZh).toMatch(/公示期为2026-09-22至2026-09-29（5个工作日）/);
      expect(notice!.bodyEn).toMatch(/from 2026-09-22 to 2026-09-29/);
      // The notification's email is in the outbox with it.
      expect(await db.prisma.outbox.count({ where: { userId: user.id, kind: "batch.notice" } })).toBe(1);
    }

    const objected = (await entriesOf(batch.id)).find((e) => e.companyId === companyIds[0])!;
    const now = beijingNoon("2026-09-23");
    const contact = `objector-${batch.id.slice(0, 8)}@example.cn`;
    const { objectionId, reference } = await lodgeObjection(
      { ...objectionForm(batch.id, objected.id, now), objectorContact: contact },
      evidence,
      { ip: "10.0.0.8" },
      { now, storage },
    );
    const mailTo = () =>
      db.prisma.outbox.findMany({ where: { recipient: contact }, select: { kind: true, titleZh: true, bodyZh: true }, orderBy: { createdAt: "asc" } });
    expect((await mailTo()).map((m) => [m.kind, m.titleZh])).toEqual([["objection.received", `异议已收到（编号 ${reference}）`]]);

    await resolveObjection(fujian, { objectionId, outcome: "dismissed", resolution: "证据不足，不予支持" }, beijingNoon("2026-09-25"));
    const [, answer] = await mailTo();
    expect(answer).toMatchObject({ kind: "objection.dismissed", titleZh: `您的异议已处理（编号 ${reference}）` });
    expect(answer!.bodyZh).toContain("异议不成立：该企业仍在名单中。处理理由：证据不足，不予支持");
    expect(
      await db.prisma.notification.findMany({ where: { userId: users[0]!.id, kind: { startsWith: "objection." } }, select: { kind: true, link: true } }),
    ).toEqual([{ kind: "objection.dismissed.firm", link: `/notices/${batch.id}` }]);
    // The other firm had no objection and hears nothing of it.
    expect(await db.prisma.notification.count({ where: { userId: users[1]!.id, kind: { startsWith: "objection." } } })).toBe(0);
  });

  it("an upheld objection answers every objector of that firm, whose objections close with it", async () => {
    const { batch } = await draftWith(1);
    await publishNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-09-22" }, beijingNoon("2026-09-22"));
    const [entry] = await entriesOf(batch.id);
    const now = beijingNoon("2026-09-23");
    const contacts = [`first-${batch.id.slice(0, 8)}@example.cn`, `second-${batch.id.slice(0, 8)}@example.cn`];
    const lodged = [];
    for (const [i, contact] of contacts.entries())
      lodged.push(
        await lodgeObjection({ ...objectionForm(batch.id, entry!.id, now), objectorContact: contact }, evidence, { ip: `10.0.1.${i}` }, { now, storage }),
      );
    await resolveObjection(fujian, { objectionId: lodged[0]!.objectionId, outcome: "upheld", resolution: "数据不实" }, beijingNoon("2026-09-24"));
    for (const [i, contact] of contacts.entries()) {
      const answers = await db.prisma.outbox.findMany({ where: { recipient: contact, kind: "objection.upheld" }, select: { titleZh: true } });
      expect(answers).toEqual([{ titleZh: `您的异议已处理（编号 ${lodged[i]!.reference}）` }]);
    }
  });

  it("look-ups are limited per client address", async () => {
    const client = { ip: "10.0.0.6" };
    for (let i = 0; i < 10; i++) expect(await objectionStatus({ reference: "26-0000AA", contact: "x@example.cn" }, client)).toBeNull();
    expect((await refusal(objectionStatus({ reference: "26-0000AA", contact: "x@example.cn" }, client))).details).toMatchObject({ reason: "rate-limited" });
    expect(await objectionStatus({ reference: "26-0000AA", contact: "x@example.cn" }, { ip: "10.0.0.7" })).toBeNull();
  });
});

describe("loading the next year's holidays", () => {
  it("lets a notice into that year through", async () => {
    const { batch } = await draftWith(1);
    const start = { batchId: batch.id, noticeStart: "2026-12-28" };
    expect((await refusal(publishNotice(fujian, { ...start, expectedVersion: await version(batch.id) }, beijingNoon("2026-12-24")))).details).toMatchObject({
      rule: "calendar-not-loaded",
    });
    await setCalendarDay(admin, { day: "2027-01-01", kind: "holiday", nameZh: "元旦" });
    // 28–31 December, then 4 January (1 January is now a holiday, 2–3 a weekend).
    expect(await publishNotice(fujian, { ...start, expectedVersion: await version(batch.id) }, beijingNoon("2026-12-24"))).toMatchObject({
      noticeEnd: "2027-01-04",
    });
  });
});
