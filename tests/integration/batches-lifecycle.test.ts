import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { memoryCounter } from "@/lib/auth/rate-limit";
import { DomainError } from "@/lib/errors/domain-error";
import { seedCalendar } from "@/lib/seed/steps/seed-calendar";
import { announceBatch } from "@/lib/services/batches/announce-batch";
import { addBatchEntries, removeBatchEntry } from "@/lib/services/batches/batch-entries";
import { batchDetail } from "@/lib/services/batches/batch-detail";
import { createBatch } from "@/lib/services/batches/create-batch";
import { lodgeObjection } from "@/lib/services/batches/lodge-objection";
import { useObjectionCounter } from "@/lib/services/batches/objection-rate-limit";
import { publishNotice } from "@/lib/services/batches/publish-notice";
import { resolveObjection } from "@/lib/services/batches/resolve-objection";
import { withdrawBatch } from "@/lib/services/batches/withdraw-batch";
import { localDiskStorage } from "@/lib/storage/local-disk-storage";
import { approvedApplications, objectionForm, PDF_BYTES } from "./support/batch-fixtures";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createApplication, createCompany, createProgramme, FUJIAN, FUZHOU, SHANXI, seedRegions, XIAMEN } from "./support/fixtures";

let db: FreshDatabase;
let fujian: Actor;
let shanxi: Actor;
let fuzhou: Actor;
let ministry: Actor;
const storage = localDiskStorage(mkdtempSync(path.join(tmpdir(), "batch-evidence-")));
// "Today" for these tests: 2026-09-20 in Beijing.
const SEPT_20 = new Date("2026-09-20T04:00:00Z");

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  await seedCalendar(db.prisma);
  [fujian, shanxi, fuzhou, ministry] = await Promise.all([
    createActor(db, "provincial", FUJIAN),
    createActor(db, "provincial", SHANXI),
    createActor(db, "municipal", FUZHOU),
    createActor(db, "ministry"),
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

const version = async (batchId: string) => (await db.prisma.batch.findUniqueOrThrow({ where: { id: batchId } })).version;

describe("who manages a batch", () => {
  it("a province builds batches for its own tier 1–2 programmes; another province and a city are refused", async () => {
    const programme = await createProgramme(db, "specialized");
    const batch = await createBatch(fujian, { programmeId: programme.id });
    expect(batch.ordinal).toBeGreaterThanOrEqual(1);
    expect((await refusal(createBatch(shanxi, { programmeId: programme.id }))).status).toBe(404);
    expect((await refusal(createBatch(fuzhou, { programmeId: programme.id }))).status).toBe(404);
    expect((await refusal(createBatch(ministry, { programmeId: programme.id }))).status).toBe(404);
    expect((await refusal(addBatchEntries(shanxi, { batchId: batch.id, all: true }))).status).toBe(404);
    expect((await refusal(withdrawBatch(fuzhou, { batchId: batch.id, expectedVersion: 1, reason: "测试" }))).status).toBe(404);
  });

  it("little giants are MIIT's: the ministry builds the batch and no province may", async () => {
    const programme = await createProgramme(db, "little_giant");
    expect((await refusal(createBatch(fujian, { programmeId: programme.id }))).status).toBe(404);
    const batch = await createBatch(ministry, { programmeId: programme.id });
    const stored = await db.prisma.batch.findUniqueOrThrow({ where: { id: batch.id } });
    expect(stored).toMatchObject({ tier: "little_giant", authorityCode: null, status: "draft" });
    expect(await db.prisma.auditLog.count({ where: { entityId: batch.id, action: "batch.create" } })).toBe(1);
  });
});

describe("building the list", () => {
  it("adds every approved application of the programme, and only those", async () => {
    const programme = await createProgramme(db, "specialized");
    const { applicationIds } = await approvedApplications(db, {
      programmeId: programme.id,
      tier: "specialized",
      count: 3,
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
    });
    const pending = await createCompany(db, XIAMEN, FUJIAN);
    await createApplication(db, {
      companyId: pending.id,
      programmeId: programme.id,
      tier: "specialized",
      status: "provincial_review",
      cityCode: XIAMEN,
      provinceCode: FUJIAN,
    });
    const batch = await createBatch(fujian, { programmeId: programme.id });
    expect(await addBatchEntries(fujian, { batchId: batch.id, all: true })).toEqual({ added: 3 });
    // Adding again adds nothing: each firm is on the list once.
    expect(await addBatchEntries(fujian, { batchId: batch.id, all: true })).toEqual({ added: 0 });
    const entries = await db.prisma.batchEntry.findMany({ where: { batchId: batch.id } });
    expect(entries.map((e) => e.applicationId).sort()).toEqual([...applicationIds].sort());
    // A second batch of the same programme cannot take the same firms while the first is open.
    const second = await createBatch(fujian, { programmeId: programme.id });
    expect(second.ordinal).toBe(batch.ordinal + 1);
    expect(await addBatchEntries(fujian, { batchId: second.id, all: true })).toEqual({ added: 0 });
  });

  it("naming an application that is not ready changes nothing", async () => {
    const programme = await createProgramme(db, "specialized");
    const { applicationIds } = await approvedApplications(db, {
      programmeId: programme.id,
      tier: "specialized",
      count: 1,
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
    });
    const firm = await createCompany(db, FUZHOU, FUJIAN);
    const notReady = await createApplication(db, {
      companyId: firm.id,
      programmeId: programme.id,
      tier: "specialized",
      status: "municipal_review",
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
    });
    const batch = await createBatch(fujian, { programmeId: programme.id });
    const error = await refusal(addBatchEntries(fujian, { batchId: batch.id, applicationIds: [applicationIds[0]!, notReady.id] }));
    expect(error.status).toBe(409);
    expect(await db.prisma.batchEntry.count({ where: { batchId: batch.id } })).toBe(0);
    await addBatchEntries(fujian, { batchId: batch.id, applicationIds: [applicationIds[0]!] });
    expect(await db.prisma.batchEntry.count({ where: { batchId: batch.id, removedAt: null } })).toBe(1);
  });

  it("removes a firm from a draft with the reason kept, and can add it back", async () => {
    const { batch } = await draftWith(2);
    const [entry] = await db.prisma.batchEntry.findMany({ where: { batchId: batch.id } });
    await removeBatchEntry(fujian, { batchId: batch.id, entryId: entry!.id, reason: "材料待核实" });
    expect(await db.prisma.batchEntry.findUniqueOrThrow({ where: { id: entry!.id } })).toMatchObject({ removedReason: "材料待核实" });
    const detail = await batchDetail(fujian, batch.id);
    expect(detail.entryCount).toBe(1);
    expect(detail.ready).toHaveLength(1);
    expect(await addBatchEntries(fujian, { batchId: batch.id, all: true })).toEqual({ added: 1 });
    expect(await db.prisma.batchEntry.findUniqueOrThrow({ where: { id: entry!.id } })).toMatchObject({ removedAt: null });
  });
});

describe("public notice", () => {
  it("ends after the configured number of working days, skipping the Mid-Autumn and National Day holidays", async () => {
    const { batch } = await draftWith(1);
    // Thu 24 Sep; 25–27 Sep and 1–7 Oct are holidays: 24, 28, 29, 30 Sep and 8 Oct.
    const notice = await publishNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-09-24" }, SEPT_20);
    expect(notice).toMatchObject({ noticeEnd: "2026-10-08", workingDays: 5 });
    const stored = await db.prisma.batch.findUniqueOrThrow({ where: { id: batch.id } });
    expect(stored.status).toBe("notice");
    expect(stored.noticeEnd?.toISOString().slice(0, 10)).toBe("2026-10-08");
    expect(await db.prisma.auditLog.findFirst({ where: { entityId: batch.id, action: "batch.publish_notice" } })).toMatchObject({
      fromStatus: "draft",
      toStatus: "notice",
    });
  });

  it("counts a make-up working day (Saturday 10 October 2026); a call set below the national minimum gets the minimum", async () => {
    const { batch, programme } = await draftWith(1);
    await db.prisma.programme.update({ where: { id: programme.id }, data: { noticeWorkingDays: 3 } });
    // 8, 9, 10 (make-up Saturday), 12 and 13 October: the national minimum of 5, not the call's 3.
    const notice = await publishNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-10-08" }, SEPT_20);
    expect(notice).toMatchObject({ noticeEnd: "2026-10-13", workingDays: 5 });
  });

  it("follows a call that asks for more working days than the national minimum", async () => {
    const { batch, programme } = await draftWith(1);
    await db.prisma.programme.update({ where: { id: programme.id }, data: { noticeWorkingDays: 7 } });
    const notice = await publishNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-09-21" }, SEPT_20);
    // 21, 22, 23, 24, 28, 29, 30 September (25–27 is Mid-Autumn).
    expect(notice).toMatchObject({ noticeEnd: "2026-09-30", workingDays: 7 });
  });

  it("refuses an empty list, a stale version and a start date in the past", async () => {
    const programme = await createProgramme(db, "specialized");
    const empty = await createBatch(fujian, { programmeId: programme.id });
    expect((await refusal(publishNotice(fujian, { batchId: empty.id, expectedVersion: 1, noticeStart: "2026-09-24" }, SEPT_20))).status).toBe(409);
    const { batch } = await draftWith(1);
    expect((await refusal(publishNotice(fujian, { batchId: batch.id, expectedVersion: 1, noticeStart: "2026-09-24" }, SEPT_20))).bilingual.en).toMatch(
      /changed by someone else/,
    );
    const backdated = await refusal(publishNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-08-01" }, SEPT_20));
    expect(backdated.status).toBe(409);
    expect(backdated.details).toMatchObject({ field: "noticeStart", rule: "start-in-past", possibleFrom: "2026-09-20" });
  });

  it("freezes the list: entries cannot change once on notice", async () => {
    const { batch } = await draftWith(1);
    await publishNotice(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-09-21" }, SEPT_20);
    expect((await refusal(addBatchEntries(fujian, { batchId: batch.id, all: true }))).status).toBe(409);
  });
});

describe("objections", () => {
  async function onNotice(start = "2026-09-21") {
    const setup = await draftWith(2);
    await publishNotice(fujian, { batchId: setup.batch.id, expectedVersion: await version(setup.batch.id), noticeStart: start }, SEPT_20);
    const entries = await db.prisma.batchEntry.findMany({ where: { batchId: setup.batch.id }, orderBy: { id: "asc" } });
    return { ...setup, entries };
  }
  const evidence = [{ name: "证明.pdf", bytes: PDF_BYTES }];
  const client = { ip: "127.0.0.1" };

  it("anyone may object within the window, with evidence; not before it starts nor after it ends", async () => {
    const { batch, entries } = await onNotice("2026-09-21"); // 21–25 Sep (24 Sep… ends 28 Sep after the 25–27 holiday)
    const before = new Date("2026-09-20T10:00:00Z");
    const early = await refusal(lodgeObjection(objectionForm(batch.id, entries[0]!.id, before), evidence, client, { now: before, storage }));
    expect(early.status).toBe(409);
    const during = new Date("2026-09-22T02:00:00Z");
    const { objectionId } = await lodgeObjection(objectionForm(batch.id, entries[0]!.id, during), evidence, client, { now: during, storage });
    const stored = await db.prisma.objection.findUniqueOrThrow({ where: { id: objectionId }, include: { documents: true } });
    expect(stored).toMatchObject({ status: "open", objectorName: "王建华" });
    expect(stored.clientHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.documents).toMatchObject([{ mimeType: "application/pdf", section: "objection" }]);
    expect(await storage.get(stored.documents[0]!.storageKey)).not.toBeNull();
    const after = new Date("2026-09-29T02:00:00Z");
    expect((await refusal(lodgeObjection(objectionForm(batch.id, entries[0]!.id, after), evidence, client, { now: after, storage }))).status).toBe(409);
  });

  it("turns away evidence that is not a PDF or image by its content, a filled honeypot, a form sent at once and a wrong sum", async () => {
    const { batch, entries } = await onNotice();
    const now = new Date("2026-09-22T02:00:00Z");
    const form = objectionForm(batch.id, entries[0]!.id, now);
    const html = [{ name: "evidence.pdf", bytes: new TextEncoder().encode("<html><script>alert(1)</script>") }];
    expect((await refusal(lodgeObjection(form, html, client, { now, storage }))).details).toMatchObject({ field: "evidence", reason: "type" });
    expect((await refusal(lodgeObjection({ ...form, website: "http://spam" }, evidence, client, { now, storage }))).details).toMatchObject({
      reason: "honeypot",
    });
    expect((await refusal(lodgeObjection(objectionForm(batch.id, entries[0]!.id, now, 1), evidence, client, { now, storage }))).details).toMatchObject({
      reason: "too-fast",
    });
    expect((await refusal(lodgeObjection({ ...form, challengeAnswer: "99" }, evidence, client, { now, storage }))).details).toMatchObject({
      field: "challengeAnswer",
    });
    expect(await db.prisma.objection.count({ where: { batchId: batch.id } })).toBe(0);
  });

  it("limits objections per client address", async () => {
    const { batch, entries } = await onNotice();
    const now = new Date("2026-09-22T02:00:00Z");
    for (let i = 0; i < 5; i++) await lodgeObjection(objectionForm(batch.id, entries[1]!.id, now), evidence, { ip: "10.9.9.9" }, { now, storage });
    const limited = await refusal(lodgeObjection(objectionForm(batch.id, entries[1]!.id, now), evidence, { ip: "10.9.9.9" }, { now, storage }));
    expect(limited.details).toMatchObject({ reason: "rate-limited" });
    await lodgeObjection(objectionForm(batch.id, entries[1]!.id, now), evidence, { ip: "10.9.9.10" }, { now, storage });
  });

  it("an upheld objection takes the firm off the list and reopens its application through the workflow", async () => {
    const { batch, entries } = await onNotice();
    const now = new Date("2026-09-22T02:00:00Z");
    const { objectionId } = await lodgeObjection(objectionForm(batch.id, entries[0]!.id, now), evidence, client, { now, storage });
    expect((await refusal(resolveObjection(shanxi, { objectionId, outcome: "upheld", resolution: "经核实属实" }))).status).toBe(404);
    expect((await refusal(resolveObjection(fuzhou, { objectionId, outcome: "upheld", resolution: "经核实属实" }))).status).toBe(404);
    await resolveObjection(fujian, { objectionId, outcome: "upheld", resolution: "经核实，市场占有率数据不实" });
    const entry = await db.prisma.batchEntry.findUniqueOrThrow({ where: { id: entries[0]!.id } });
    expect(entry).toMatchObject({ removedReason: "经核实，市场占有率数据不实" });
    expect(entry.removedAt).not.toBeNull();
    const application = await db.prisma.application.findUniqueOrThrow({ where: { id: entry.applicationId! } });
    expect(application.status).toBe("provincial_review");
    expect(await db.prisma.review.findFirst({ where: { applicationId: application.id } })).toMatchObject({
      action: "reopen",
      fromStatus: "approved",
      toStatus: "provincial_review",
    });
    // Deciding twice is a conflict.
    expect((await refusal(resolveObjection(fujian, { objectionId, outcome: "dismissed", resolution: "重复" }))).status).toBe(409);
  });

  it("a little giant's upheld objection sends the file back to the ministry's review", async () => {
    const { batch, manager } = await draftWith(1, "little_giant");
    await publishNotice(manager, { batchId: batch.id, expectedVersion: await version(batch.id), noticeStart: "2026-09-21" }, SEPT_20);
    const [entry] = await db.prisma.batchEntry.findMany({ where: { batchId: batch.id } });
    const now = new Date("2026-09-22T02:00:00Z");
    const { objectionId } = await lodgeObjection(objectionForm(batch.id, entry!.id, now), evidence, client, { now, storage });
    expect((await refusal(resolveObjection(fujian, { objectionId, outcome: "upheld", resolution: "属实" }))).status).toBe(404);
    await resolveObjection(ministry, { objectionId, outcome: "upheld", resolution: "属实" });
    expect((await db.prisma.application.findUniqueOrThrow({ where: { id: entry!.applicationId! } })).status).toBe("ministry_review");
  });
});

describe("announcing", () => {
  async function noticed(count: number, start = "2026-09-21") {
    const setup = await draftWith(count);
    await publishNotice(fujian, { batchId: setup.batch.id, expectedVersion: await version(setup.batch.id), noticeStart: start }, SEPT_20);
    return setup;
  }
  const AFTER = new Date("2026-10-12T02:00:00Z");

  it("is refused while the notice runs and while an objection is open, naming the reasons", async () => {
    const { batch } = await noticed(2);
    const during = await refusal(announceBatch(fujian, { batchId: batch.id, expectedVersion: await version(batch.id) }, new Date("2026-09-25T02:00:00Z")));
    expect(during.status).toBe(409);
    // 21–28 September: announcing is possible from the 29th, and the refusal says so.
    expect(during.details).toMatchObject({ failed: ["notice-period-running"], possibleFrom: "2026-09-29" });
    expect(during.bilingual.zh).toContain("最早可于2026-09-29公告");
    expect(during.bilingual.en).toContain("possible from 2026-09-29");
    const [entry] = await db.prisma.batchEntry.findMany({ where: { batchId: batch.id } });
    const now = new Date("2026-09-22T02:00:00Z");
    const { objectionId } = await lodgeObjection(
      objectionForm(batch.id, entry!.id, now),
      [{ name: "a.pdf", bytes: PDF_BYTES }],
      { ip: "1.1.1.1" },
      { now, storage },
    );
    const blocked = await refusal(announceBatch(fujian, { batchId: batch.id, expectedVersion: await version(batch.id) }, AFTER));
    expect(blocked.details).toMatchObject({ failed: ["open-objection"] });
    expect(blocked.bilingual.zh).toContain("异议");
    await resolveObjection(fujian, { objectionId, outcome: "dismissed", resolution: "证据不足" });
    const result = await announceBatch(fujian, { batchId: batch.id, expectedVersion: await version(batch.id) }, AFTER);
    expect(result.recognised).toBe(2);
  });

  it("gives every firm a recognition valid for the programme's period, an entry event and a recognised application", async () => {
    const { batch, applicationIds, companyIds } = await noticed(3);
    const result = await announceBatch(fujian, { batchId: batch.id, expectedVersion: await version(batch.id) }, AFTER);
    expect(result).toEqual({ announcedOn: "2026-10-12", validUntil: "2029-10-11", recognised: 3 });
    const recognitions = await db.prisma.recognition.findMany({ where: { batchId: batch.id }, orderBy: { certificateNo: "asc" } });
    expect(recognitions.map((r) => r.companyId).sort()).toEqual([...companyIds].sort());
    expect(recognitions[0]).toMatchObject({ status: "active", tier: "specialized", provinceCode: FUJIAN, cityCode: FUZHOU });
    expect(recognitions[0]!.certificateNo).toMatch(/^ZJTX-350000-2026-\d{2}-000001$/);
    expect(recognitions[0]!.validFrom.toISOString().slice(0, 10)).toBe("2026-10-12");
    expect(await db.prisma.recognitionEvent.count({ where: { recognitionId: { in: recognitions.map((r) => r.id) }, kind: "entry" } })).toBe(3);
    const apps = await db.prisma.application.findMany({ where: { id: { in: applicationIds } } });
    expect(apps.every((a) => a.status === "recognised")).toBe(true);
    expect(await db.prisma.auditLog.count({ where: { action: "application.recognise", entityId: { in: applicationIds } } })).toBe(3);
    expect(await db.prisma.batch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({ status: "announced" });
    // Announced is final.
    expect((await refusal(withdrawBatch(fujian, { batchId: batch.id, expectedVersion: await version(batch.id), reason: "x" }))).status).toBe(409);
  });

  it("is all or nothing: a file changed midway leaves no recognition, event or status change", async () => {
    const { batch, applicationIds } = await noticed(4);
    // Someone withdrew one firm's file behind the list's back: recognising it must fail the whole announcement.
    await db.prisma.application.update({ where: { id: applicationIds[2]! }, data: { status: "withdrawn" } });
    const error = await refusal(announceBatch(fujian, { batchId: batch.id, expectedVersion: await version(batch.id) }, AFTER));
    expect(error.status).toBe(409);
    expect(await db.prisma.recognition.count({ where: { batchId: batch.id } })).toBe(0);
    expect(
      await db.prisma.recognitionEvent.count({
        where: { companyId: { in: (await db.prisma.batchEntry.findMany({ where: { batchId: batch.id } })).map((e) => e.companyId) } },
      }),
    ).toBe(0);
    expect(await db.prisma.batch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({ status: "notice", announcedOn: null });
    expect(await db.prisma.application.count({ where: { id: { in: applicationIds }, status: "recognised" } })).toBe(0);
    expect(await db.prisma.auditLog.count({ where: { entityId: batch.id, action: "batch.announce" } })).toBe(0);
  });

  it("announcing twice at once gives one success and one conflict", async () => {
    const { batch } = await noticed(2);
    const v = await version(batch.id);
    const results = await Promise.allSettled([
      announceBatch(fujian, { batchId: batch.id, expectedVersion: v }, AFTER),
      announceBatch(fujian, { batchId: batch.id, expectedVersion: v }, AFTER),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.prisma.recognition.count({ where: { batchId: batch.id } })).toBe(2);
  });

  it("recognises 5,000 firms in one transaction within seconds", async () => {
    const { batch } = await noticed(5_000);
    const started = performance.now();
    const result = await announceBatch(fujian, { batchId: batch.id, expectedVersion: await version(batch.id) }, AFTER);
    const seconds = (performance.now() - started) / 1000;
    console.log(`announced 5,000 firms in ${seconds.toFixed(2)} s`);
    expect(result.recognised).toBe(5_000);
    expect(await db.prisma.recognitionEvent.count({ where: { recognition: { batchId: batch.id } } })).toBe(5_000);
    expect(seconds).toBeLessThan(60);
  }, 180_000);
});
