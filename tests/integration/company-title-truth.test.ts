import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors/domain-error";
import { startApplication } from "@/lib/services/applications/start-application";
import { companyApplication } from "@/lib/services/company-portal/company-application";
import { companyDashboard } from "@/lib/services/company-portal/company-dashboard";
import { deleteDraft } from "@/lib/services/company-portal/delete-draft";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { attachDocument, createActor, createApplication, createCompany, createProgramme, FUJIAN, FUZHOU, seedRegions } from "./support/fixtures";

let db: FreshDatabase;
const now = new Date("2026-06-01T08:00:00Z");

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
});
afterAll(async () => db.destroy());

async function firm(): Promise<{ actor: Actor; companyId: string }> {
  const company = await createCompany(db, FUZHOU, FUJIAN);
  return { actor: await createActor(db, "company", null, company.id), companyId: company.id };
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

let serial = 0;
async function title(
  companyId: string,
  tier: "innovative" | "specialized",
  options: { status?: "active" | "expired" | "revoked" | "under_rereview"; validUntil?: string; applicationId?: string } = {},
) {
  serial += 1;
  return db.prisma.recognition.create({
    data: {
      certificateNo: `TT-${serial}-${companyId.slice(0, 8)}`,
      companyId,
      tier,
      year: 2025,
      status: options.status ?? "active",
      validFrom: new Date("2025-06-01"),
      validUntil: new Date(options.validUntil ?? "2028-05-31"),
      applicationId: options.applicationId ?? null,
      provinceCode: FUJIAN,
      cityCode: FUZHOU,
      industryCode: "C34",
    },
  });
}

describe("a tier the firm already holds is not offered again", () => {
  it("startApplication refuses a tier the firm holds a valid title in, naming the certificate", async () => {
    const { actor, companyId } = await firm();
    const held = await title(companyId, "innovative");
    const programme = await createProgramme(db, "innovative");
    const error = await refusal(startApplication(actor, { programmeId: programme.id }, now));
    expect(error.status).toBe(409);
    expect(error.bilingual.zh).toContain(held.certificateNo);
    expect(error.bilingual.en).toContain("re-review");
    expect(await db.prisma.application.count({ where: { companyId } })).toBe(0);
  });

  it("a title under re-review still counts as held; an expired or revoked one does not", async () => {
    const rereview = await firm();
    await title(rereview.companyId, "innovative", { status: "under_rereview" });
    expect((await refusal(startApplication(rereview.actor, { programmeId: (await createProgramme(db, "innovative")).id }, now))).status).toBe(409);

    const lapsed = await firm();
    await title(lapsed.companyId, "innovative", { status: "expired", validUntil: "2026-01-31" });
    await expect(startApplication(lapsed.actor, { programmeId: (await createProgramme(db, "innovative")).id }, now)).resolves.toHaveProperty("id");

    // Still "active" in the table but past its end date: the nightly job has not run yet.
    const stale = await firm();
    await title(stale.companyId, "innovative", { validUntil: "2026-05-31" });
    await expect(startApplication(stale.actor, { programmeId: (await createProgramme(db, "innovative")).id }, now)).resolves.toHaveProperty("id");
  });

  it("the dashboard shows the held tier as blocked with the reason, and a draft begun before as view-only", async () => {
    const { actor, companyId } = await firm();
    const innovative = await createProgramme(db, "innovative");
    const specialized = await createProgramme(db, "specialized");
    const draft = await createApplication(db, {
      companyId,
      programmeId: innovative.id,
      tier: "innovative",
      status: "draft",
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
    });
    await title(companyId, "innovative");
    const dashboard = await companyDashboard(actor, {}, now);
    const offered = (id: string) => dashboard.programmes.find((p) => p.id === id)!.availability;
    expect(offered(innovative.id)).toMatchObject({ kind: "blocked", applicationId: draft.id });
    expect(offered(innovative.id).kind === "blocked" && offered(innovative.id)).toHaveProperty("reason.zh", expect.stringContaining("无需重复申报"));
    expect(offered(specialized.id)).toEqual({ kind: "open" });
    expect(dashboard.applications.rows.find((r) => r.id === draft.id)!.blocked?.en).toContain("already holds");
  });
});

describe("a recognised application shows its title as it stands today", () => {
  it("a revoked title reads as revoked, an active one past its end as expired, a valid one as active", async () => {
    const { actor, companyId } = await firm();
    const cases = [
      { status: "revoked" as const, validUntil: "2028-05-31", expected: "revoked" },
      { status: "active" as const, validUntil: "2026-05-31", expected: "expired" },
      { status: "active" as const, validUntil: "2028-05-31", expected: "active" },
    ];
    for (const c of cases) {
      const programme = await createProgramme(db, "innovative", 2025);
      const application = await createApplication(db, {
        companyId,
        programmeId: programme.id,
        tier: "innovative",
        year: 2025,
        status: "recognised",
        cityCode: FUZHOU,
        provinceCode: FUJIAN,
      });
      await title(companyId, "innovative", { status: c.status, validUntil: c.validUntil, applicationId: application.id });
      const view = await companyApplication(actor, application.id, now);
      expect(view.title?.status).toBe(c.expected);
    }
    const dashboard = await companyDashboard(actor, {}, now);
    expect(dashboard.applications.rows.map((r) => r.title?.status).sort()).toEqual(["active", "expired", "revoked"]);
    expect(dashboard.recognitions.map((r) => r.status).sort()).toEqual(["active", "expired", "revoked"]);
  });
});

describe("deleting a draft", () => {
  it("removes the firm's own draft with its files and writes an audit entry", async () => {
    const { actor, companyId } = await firm();
    const programme = await createProgramme(db, "innovative");
    const { id } = await startApplication(actor, { programmeId: programme.id }, now);
    await attachDocument(db, id);
    await deleteDraft(actor, { applicationId: id, expectedVersion: 1 });
    expect(await db.prisma.application.count({ where: { id } })).toBe(0);
    expect(await db.prisma.document.count({ where: { applicationId: id } })).toBe(0);
    const audit = await db.prisma.auditLog.findFirst({ where: { entityId: id, action: "application.delete" } });
    expect(audit).toMatchObject({ actorId: actor.id, fromStatus: "draft" });
    // Deleting twice: the second is told the draft is gone; the firm may start again.
    expect((await refusal(deleteDraft(actor, { applicationId: id, expectedVersion: 1 }))).status).toBe(404);
    await expect(startApplication(actor, { programmeId: programme.id }, now)).resolves.toHaveProperty("id");
    expect(await db.prisma.application.count({ where: { companyId } })).toBe(1);
  });

  it("refuses a submitted application, another firm's draft and a stale version, changing nothing", async () => {
    const { actor, companyId } = await firm();
    const programme = await createProgramme(db, "innovative");
    const submitted = await createApplication(db, {
      companyId,
      programmeId: programme.id,
      tier: "innovative",
      status: "municipal_review",
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
    });
    const error = await refusal(deleteDraft(actor, { applicationId: submitted.id, expectedVersion: submitted.version }));
    expect(error.status).toBe(409);
    expect(error.bilingual.zh).toContain("撤回");

    const other = await firm();
    const theirs = await createApplication(db, {
      companyId: other.companyId,
      programmeId: (await createProgramme(db, "innovative")).id,
      tier: "innovative",
      status: "draft",
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
    });
    expect((await refusal(deleteDraft(actor, { applicationId: theirs.id, expectedVersion: 1 }))).status).toBe(404);

    const mine = await createApplication(db, {
      companyId,
      programmeId: (await createProgramme(db, "innovative")).id,
      tier: "innovative",
      status: "draft",
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
    });
    expect((await refusal(deleteDraft(actor, { applicationId: mine.id, expectedVersion: 7 }))).status).toBe(409);

    const official = await createActor(db, "municipal", FUZHOU);
    expect((await refusal(deleteDraft(official, { applicationId: mine.id, expectedVersion: 1 }))).status).toBe(403);
    expect(await db.prisma.application.count({ where: { id: { in: [submitted.id, theirs.id, mine.id] } } })).toBe(3);
    expect(await db.prisma.auditLog.count({ where: { action: "application.delete", entityId: { in: [submitted.id, theirs.id, mine.id] } } })).toBe(0);
  });
});
