import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { submitChangeReportAction } from "@/lib/actions/change-reports/submit-change-report";
import { updateCompanyProfileAction } from "@/lib/actions/company-profile/update-company-profile";
import type { Actor } from "@/lib/auth/roles";
import { changeReportInputSchema, type ChangeReportInput } from "@/lib/domain/change-reports/change-report-input";
import type { FlagReason } from "@/lib/domain/recognitions/flag-reason";
import { DomainError } from "@/lib/errors/domain-error";
import { decideChangeReport, withdrawChangeReport } from "@/lib/services/change-reports/decide-change-report";
import { changeReportDetail } from "@/lib/services/change-reports/change-report-detail";
import { listChangeReports } from "@/lib/services/change-reports/list-change-reports";
import { submitChangeReport } from "@/lib/services/change-reports/submit-change-report";
import { readDocument } from "@/lib/services/documents/read-document";
import { uploadChangeReportEvidence } from "@/lib/services/documents/upload-change-report-evidence";
import { companyHistory } from "@/lib/services/recognitions/company-history";
import { companyProfile } from "@/lib/services/register/company-profile";
import { verifyRecognition } from "@/lib/services/register/verify-recognition";
import { getApplicationForReview } from "@/lib/services/review/application-for-review";
import { useFileStorage } from "@/lib/storage";
import { localDiskStorage } from "@/lib/storage/local-disk-storage";
import { actAs } from "./support/acting-as";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createApplication, createCompany, createProgramme, FUJIAN, FUZHOU, SHANXI, TAIYUAN, XIAMEN, seedRegions } from "./support/fixtures";
import { createRecognition } from "./support/recognitions";
import { rowCounts } from "./support/row-counts";

vi.mock("@/lib/auth/current-actor", () => import("./support/acting-as"));
vi.mock("next-intl/server", () => import("./support/outside-request"));
vi.mock("next/cache", () => import("./support/outside-next-cache"));

let db: FreshDatabase;
let folder: string;
let fuzhou: Actor;
let xiamen: Actor;
let fujian: Actor;
let taiyuan: Actor;
let shanxi: Actor;
const now = new Date("2026-06-10T02:00:00Z");
const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
  folder = mkdtempSync(path.join(tmpdir(), "sme-change-reports-test-"));
  useFileStorage(localDiskStorage(folder));
  fuzhou = await createActor(db, "municipal", FUZHOU);
  xiamen = await createActor(db, "municipal", XIAMEN);
  fujian = await createActor(db, "provincial", FUJIAN);
  taiyuan = await createActor(db, "municipal", TAIYUAN);
  shanxi = await createActor(db, "provincial", SHANXI);
});
afterAll(async () => {
  await db.destroy();
  rmSync(folder, { recursive: true, force: true });
});

/** A Fuzhou firm with a valid specialized title and an application under municipal review. */
async function firm() {
  const company = await createCompany(db, FUZHOU, FUJIAN, { nameZh: `福州旧名${Math.random().toString(36).slice(2, 7)}有限公司` });
  const user = await createActor(db, "company", null, company.id);
  const programme = await createProgramme(db, "innovative", 2026);
  const application = await createApplication(db, {
    companyId: company.id,
    programmeId: programme.id,
    tier: "innovative",
    status: "municipal_review",
    cityCode: FUZHOU,
    provinceCode: FUJIAN,
  });
  const recognition = await createRecognition(db, {
    companyId: company.id,
    cityCode: FUZHOU,
    provinceCode: FUJIAN,
    tier: "specialized",
    validFrom: "2025-10-20",
    validUntil: "2028-10-19",
  });
  return { company, user, application, recognition };
}

async function evidence(user: Actor) {
  return (await uploadChangeReportEvidence(user, { name: "营业执照.pdf", bytes: PDF })).id;
}

async function report(user: Actor, fields: Record<string, unknown>) {
  const input: ChangeReportInput = changeReportInputSchema.parse({ effectiveOn: "2026-05-20", documentIds: [await evidence(user)], ...fields });
  return submitChangeReport(user, input, now);
}

const version = async (id: string) => (await db.prisma.changeReport.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const failure = async (promise: Promise<unknown>) => (await promise.then(() => null).catch((e: unknown) => e)) as DomainError;

describe("a rename", () => {
  it("once accepted by the city, renames the firm, writes 更名 on its timeline with the former name, and is audited", async () => {
    const { company, user, recognition } = await firm();
    const { changeReportId } = await report(user, { kind: "rename", newNameZh: "福州新材料科技有限公司", newNameEn: "Fuzhou New Materials Co., Ltd." });
    // Nothing changes before the decision.
    expect((await db.prisma.company.findUniqueOrThrow({ where: { id: company.id } })).nameZh).toBe(company.nameZh);
    expect((await listChangeReports(fuzhou, { page: 1, size: 20, status: "submitted" })).rows.map((r) => r.id)).toContain(changeReportId);
    expect((await listChangeReports(xiamen, { page: 1, size: 20 })).rows.map((r) => r.id)).not.toContain(changeReportId);

    const outcome = await decideChangeReport(fuzhou, { changeReportId, decision: "accept", reason: null, version: await version(changeReportId) }, now);
    expect(outcome.status).toBe("accepted");

    const renamed = await db.prisma.company.findUniqueOrThrow({ where: { id: company.id } });
    expect(renamed).toMatchObject({ nameZh: "福州新材料科技有限公司", nameEn: "Fuzhou New Materials Co., Ltd.", cityCode: FUZHOU });
    const events = await db.prisma.recognitionEvent.findMany({ where: { companyId: company.id, kind: "renamed" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ recognitionId: recognition.id, reasonText: `原名称：${company.nameZh}` });
    expect(events[0]!.evidence).toMatchObject({ changeReportId, formerNameZh: company.nameZh, newNameZh: "福州新材料科技有限公司" });

    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "change-report.accept", entityId: company.id } });
    expect(audit).toMatchObject({ actorId: fuzhou.id, fromStatus: "submitted", toStatus: "accepted" });
    expect(audit.data).toMatchObject({ before: { nameZh: company.nameZh }, after: { nameZh: "福州新材料科技有限公司" } });
    expect(await db.prisma.notification.count({ where: { userId: user.id, kind: "change-report.accepted" } })).toBe(1);

    // The register shows the new name, the former one in the firm's public history, and the
    // certificate (rendered from the register's row) carries the new name.
    const profile = await companyProfile(company.creditCode, now);
    expect(profile?.company.nameZh).toBe("福州新材料科技有限公司");
    expect(profile?.changes).toEqual([
      expect.objectContaining({ kind: "renamed", occurredOn: "2026-05-20", formerNameZh: company.nameZh, newNameZh: "福州新材料科技有限公司" }),
    ]);
    expect((await companyHistory(company.id, "public")).map((e) => e.kind)).toContain("renamed");
    expect((await verifyRecognition(recognition.id, now))?.companyName).toBe("福州新材料科技有限公司");
  });

  it("of a firm whose titles have all ended, still shows on its public history", async () => {
    const company = await createCompany(db, FUZHOU, FUJIAN);
    const user = await createActor(db, "company", null, company.id);
    await createRecognition(db, {
      companyId: company.id,
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
      tier: "innovative",
      validFrom: "2022-10-20",
      validUntil: "2025-10-19",
      status: "expired",
    });
    const { changeReportId } = await report(user, { kind: "rename", newNameZh: "到期后更名有限公司" });
    await decideChangeReport(fuzhou, { changeReportId, decision: "accept", reason: null, version: 1 }, now);
    expect((await companyProfile(company.creditCode, now))?.changes).toEqual([expect.objectContaining({ kind: "renamed", formerNameZh: company.nameZh })]);
    expect(await db.prisma.recognition.count({ where: { companyId: company.id, flaggedAt: { not: null } } })).toBe(0);
  });

  it("the evidence is the firm's and its officials' to read, nobody else's", async () => {
    const { user } = await firm();
    const documentId = await evidence(user);
    const stranger = await createActor(db, "company", null, (await createCompany(db, FUZHOU, FUJIAN)).id);
    expect((await failure(readDocument(stranger, documentId))).status).toBe(404);
    expect((await failure(readDocument(fuzhou, documentId))).status).toBe(404);
    expect((await readDocument(user, documentId)).fileName).toBe("营业执照.pdf");
    const { changeReportId } = await submitChangeReport(
      user,
      changeReportInputSchema.parse({ kind: "rename", newNameZh: "福州证据测试有限公司", effectiveOn: "2026-05-20", documentIds: documentId }),
      now,
    );
    expect((await readDocument(fuzhou, documentId)).bytes.byteLength).toBe(PDF.byteLength);
    expect((await failure(readDocument(xiamen, documentId))).status).toBe(404);
    // A file already attached cannot be attached to a second report.
    const again = await failure(
      submitChangeReport(
        user,
        changeReportInputSchema.parse({ kind: "merger", description: "吸收合并", effectiveOn: "2026-05-20", documentIds: documentId }),
        now,
      ),
    );
    expect(again.details.field).toBe("documentIds");
    expect(await db.prisma.document.count({ where: { changeReportId } })).toBe(1);
  });
});

describe("a move to another province", () => {
  it("hands the firm's applications and titles to the new city and province, flags its titles, and tells the new officials", async () => {
    const { company, user, application, recognition } = await firm();
    expect((await getApplicationForReview(fuzhou, application.id)).id).toBe(application.id);
    const { changeReportId } = await report(user, { kind: "move", newRegionCode: TAIYUAN });
    await decideChangeReport(fujian, { changeReportId, decision: "accept", reason: null, version: await version(changeReportId) }, now);

    expect(await db.prisma.company.findUniqueOrThrow({ where: { id: company.id } })).toMatchObject({
      regionCode: TAIYUAN,
      cityCode: TAIYUAN,
      provinceCode: SHANXI,
    });
    expect(await db.prisma.application.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ cityCode: TAIYUAN, provinceCode: SHANXI });
    const title = await db.prisma.recognition.findUniqueOrThrow({ where: { id: recognition.id } });
    expect(title).toMatchObject({ cityCode: TAIYUAN, provinceCode: SHANXI });
    expect(title.flaggedAt).not.toBeNull();
    expect((title.flagReason as unknown as FlagReason).items).toEqual([
      { kind: "moved-province", fromProvinceCode: FUJIAN, toProvinceCode: SHANXI, effectiveOn: "2026-05-20", changeReportId },
    ]);

    // The old city's official no longer reaches the file; the new one does.
    expect((await failure(getApplicationForReview(fuzhou, application.id))).status).toBe(404);
    expect((await getApplicationForReview(taiyuan, application.id)).id).toBe(application.id);

    const kinds = (await db.prisma.recognitionEvent.findMany({ where: { companyId: company.id }, select: { kind: true } })).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["moved_out", "moved_in", "flagged"]));
    for (const official of [taiyuan, shanxi]) {
      expect(await db.prisma.notification.count({ where: { userId: official.id, kind: "change-report.moved-in" } })).toBe(1);
    }
    expect(await db.prisma.notification.count({ where: { userId: fuzhou.id, kind: "change-report.moved-in" } })).toBe(0);
    const profile = await companyProfile(company.creditCode, now);
    expect(profile?.changes).toEqual([expect.objectContaining({ kind: "moved", from: { zh: "福州市", en: "Fuzhou" }, to: { zh: "太原市", en: "Taiyuan" } })]);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "change-report.accept", entityId: company.id } });
    expect(audit.data).toMatchObject({
      before: { provinceCode: FUJIAN },
      after: { provinceCode: SHANXI },
      flagged: 1,
      moved: { applications: 1, recognitions: 1 },
    });
  });

  it("stays on the record of the officials who let the firm go, to read and not to act on", async () => {
    const { company, user } = await firm();
    const { changeReportId } = await report(user, { kind: "move", newRegionCode: TAIYUAN });
    await decideChangeReport(fuzhou, { changeReportId, decision: "accept", reason: null, version: await version(changeReportId) }, now);

    for (const official of [fuzhou, fujian, taiyuan, shanxi]) {
      const listed = await listChangeReports(official, { page: 1, size: 100 });
      expect(listed.rows.map((r) => r.id)).toContain(changeReportId);
    }
    // The Fuzhou official who accepted it reads it with nothing left to do; the new city reads it as its own.
    expect((await changeReportDetail(fuzhou, changeReportId)).actions).toEqual([]);
    expect((await changeReportDetail(fujian, changeReportId)).report.status).toBe("accepted");
    expect((await changeReportDetail(taiyuan, changeReportId)).report.id).toBe(changeReportId);
    // Another city of the old province never held the firm.
    expect((await listChangeReports(xiamen, { page: 1, size: 100 })).rows.map((r) => r.id)).not.toContain(changeReportId);
    expect((await failure(changeReportDetail(xiamen, changeReportId))).status).toBe(404);
    // The old city finds it by the firm's name, as it does the firms still in the city.
    expect((await listChangeReports(fuzhou, { page: 1, size: 100, q: company.nameZh })).rows.map((r) => r.id)).toEqual([changeReportId]);
    expect((await listChangeReports(fuzhou, { page: 1, size: 100, q: "无此企业" })).rows).toEqual([]);
    // A typed wildcard means itself: "%" matches no firm name rather than every one.
    expect((await listChangeReports(fuzhou, { page: 1, size: 100, q: "%" })).rows).toEqual([]);
  });

  it("refuses a region the table does not hold, and one the firm is already in", async () => {
    const { user } = await firm();
    expect((await failure(report(user, { kind: "move", newRegionCode: "999900" }))).details.field).toBe("newRegionCode");
    expect((await failure(report(user, { kind: "move", newRegionCode: SHANXI }))).details.field).toBe("newRegionCode");
    expect((await failure(report(user, { kind: "move", newRegionCode: FUZHOU }))).details.field).toBe("newRegionCode");
  });
});

describe("deciding", () => {
  it("a refusal needs a reason and changes nothing but the report", async () => {
    const { company, user } = await firm();
    const { changeReportId } = await report(user, { kind: "rename", newNameZh: "不会生效的名称有限公司" });
    const noReason = await failure(decideChangeReport(fuzhou, { changeReportId, decision: "refuse", reason: null, version: 1 }, now));
    expect(noReason).toMatchObject({ status: 400, details: { field: "reason" } });
    expect(noReason.bilingual.zh).toContain("理由");

    await decideChangeReport(fuzhou, { changeReportId, decision: "refuse", reason: "营业执照上的名称与报告不一致", version: 1 }, now);
    expect(await db.prisma.changeReport.findUniqueOrThrow({ where: { id: changeReportId } })).toMatchObject({
      status: "refused",
      decisionReason: "营业执照上的名称与报告不一致",
      decidedById: fuzhou.id,
    });
    expect((await db.prisma.company.findUniqueOrThrow({ where: { id: company.id } })).nameZh).toBe(company.nameZh);
    expect(await db.prisma.recognitionEvent.count({ where: { companyId: company.id, kind: { in: ["renamed", "moved_out", "moved_in"] } } })).toBe(0);
    expect(await db.prisma.notification.count({ where: { userId: user.id, kind: "change-report.refused" } })).toBe(1);
  });

  it("an official of another city, or another province, gets not found; a company gets forbidden", async () => {
    const { user } = await firm();
    const { changeReportId } = await report(user, { kind: "rename", newNameZh: "他市无权有限公司" });
    for (const outsider of [xiamen, taiyuan, shanxi]) {
      expect((await failure(decideChangeReport(outsider, { changeReportId, decision: "accept", reason: null, version: 1 }, now))).status).toBe(404);
    }
    expect((await failure(decideChangeReport(user, { changeReportId, decision: "accept", reason: null, version: 1 }, now))).status).toBe(403);
    expect((await db.prisma.changeReport.findUniqueOrThrow({ where: { id: changeReportId } })).status).toBe("submitted");
  });

  it("a second decision on the same report is refused as a conflict, also when two officials decide at once", async () => {
    const { user } = await firm();
    const first = await report(user, { kind: "rename", newNameZh: "一次决定有限公司" });
    await decideChangeReport(fuzhou, { changeReportId: first.changeReportId, decision: "accept", reason: null, version: 1 }, now);
    const second = await failure(decideChangeReport(fujian, { changeReportId: first.changeReportId, decision: "refuse", reason: "晚了", version: 2 }, now));
    expect(second.status).toBe(409);
    expect(second.bilingual.zh).toContain("已确认生效");

    const { user: other } = await firm();
    const race = await report(other, { kind: "rename", newNameZh: "并发决定有限公司" });
    const results = await Promise.allSettled([
      decideChangeReport(fuzhou, { changeReportId: race.changeReportId, decision: "accept", reason: null, version: 1 }, now),
      decideChangeReport(fujian, { changeReportId: race.changeReportId, decision: "refuse", reason: "不符", version: 1 }, now),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as DomainError).status).toBe(409);
    // A stale page (an older version) is refused too.
    const { user: third } = await firm();
    const stale = await report(third, { kind: "rename", newNameZh: "旧页面有限公司" });
    expect(
      (await failure(decideChangeReport(fuzhou, { changeReportId: stale.changeReportId, decision: "accept", reason: null, version: 7 }, now))).status,
    ).toBe(409);
  });

  it("the firm may withdraw a waiting report, which then cannot be decided", async () => {
    const { user } = await firm();
    const { changeReportId } = await report(user, { kind: "rename", newNameZh: "撤回测试有限公司" });
    await withdrawChangeReport(user, { changeReportId, version: 1 }, now);
    expect((await failure(decideChangeReport(fuzhou, { changeReportId, decision: "accept", reason: null, version: 2 }, now))).status).toBe(409);
  });

  it("keeps one report of a kind waiting at a time", async () => {
    const { user } = await firm();
    await report(user, { kind: "rename", newNameZh: "第一份报告有限公司" });
    expect((await failure(report(user, { kind: "rename", newNameZh: "第二份报告有限公司" }))).status).toBe(409);
  });
});

describe("the actions refuse bad input with field errors and write nothing", () => {
  it("a change report with wrong fields", async () => {
    const { user } = await firm();
    actAs(user);
    const before = await rowCounts(db);
    const form = new FormData();
    form.set("kind", "rename");
    form.set("newNameZh", "X");
    form.set("newNameEn", "名字");
    form.set("effectiveOn", "2026-13-01");
    const result = await submitChangeReportAction(form);
    expect(result).toMatchObject({ ok: false, status: 400 });
    if (!result.ok) {
      expect(result.fieldErrors).toMatchObject({ newNameZh: ["nameZh"], newNameEn: ["nameEn"], effectiveOn: ["date"], documentIds: ["documents"] });
    }
    expect(await rowCounts(db)).toEqual(before);
    actAs(null);
  });

  it("the company profile: wrong phone, email and industry are named; a good edit is saved and audited before → after", async () => {
    const { company, user, recognition } = await firm();
    actAs(user);
    const before = await rowCounts(db);
    const bad = new FormData();
    for (const [k, v] of Object.entries({ contactName: "陈晓东", contactPhone: "12345", contactEmail: "chen@", industryCode: "Z99" })) bad.set(k, v);
    const refused = await updateCompanyProfileAction(bad);
    expect(refused).toMatchObject({ ok: false, status: 400, fieldErrors: { contactPhone: ["phone"], contactEmail: ["email"], industryCode: ["industry"] } });
    expect(await rowCounts(db)).toEqual(before);

    const good = new FormData();
    for (const [k, v] of Object.entries({ contactName: "陈晓东", contactPhone: "0591-87654321", contactEmail: "Chen@Example.cn", industryCode: "C35" }))
      good.set(k, v);
    expect(await updateCompanyProfileAction(good)).toMatchObject({ ok: true });
    expect(await db.prisma.company.findUniqueOrThrow({ where: { id: company.id } })).toMatchObject({
      contactPhone: "0591-87654321",
      contactEmail: "chen@example.cn",
      industryCode: "C35",
      nameZh: company.nameZh,
    });
    expect((await db.prisma.recognition.findUniqueOrThrow({ where: { id: recognition.id } })).industryCode).toBe("C35");
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "company.profile-update", entityId: company.id } });
    expect(audit.data).toMatchObject({ before: { industryCode: "C34", contactPhone: null }, after: { industryCode: "C35", contactPhone: "0591-87654321" } });

    // An official holds no such permission.
    actAs(fuzhou);
    expect(await updateCompanyProfileAction(good)).toMatchObject({ ok: false, status: 403 });
    actAs(null);
  });
});
