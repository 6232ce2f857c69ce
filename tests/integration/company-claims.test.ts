import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { decideClaimAction } from "@/lib/actions/claims/decide-claim";
import type { Actor } from "@/lib/auth/roles";
import { buildCreditCode } from "@/lib/company/credit-code";
import { annualReportInputSchema } from "@/lib/domain/annual-reports/annual-report-input";
import { claimDecisionSchema, claimInputSchema, type ClaimInput } from "@/lib/domain/claims/claim-input";
import { DomainError } from "@/lib/errors/domain-error";
import { seedRuleSets } from "@/lib/seed/steps/seed-rule-sets";
import { submitAnnualReport } from "@/lib/services/annual-reports/submit-annual-report";
import { claimDetail, readClaimProof } from "@/lib/services/claims/claim-detail";
import { storeClaimProof } from "@/lib/services/claims/claim-proof";
import { decideClaim } from "@/lib/services/claims/decide-claim";
import { listClaims } from "@/lib/services/claims/list-claims";
import { submitClaim } from "@/lib/services/claims/submit-claim";
import { importPublishedList } from "@/lib/services/imports/import-published-list";
import { companyRecognitions } from "@/lib/services/recognitions/company-recognitions";
import { registerCompany } from "@/lib/services/signup/register-company";
import { useFileStorage } from "@/lib/storage";
import { localDiskStorage } from "@/lib/storage/local-disk-storage";
import { actAs } from "./support/acting-as";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createCompany, FUJIAN, FUZHOU, SHANXI, XIAMEN, seedRegions } from "./support/fixtures";
import { publishedListCsv } from "./support/published-list";
import { rowCounts } from "./support/row-counts";

vi.mock("@/lib/auth/current-actor", () => import("./support/acting-as"));
vi.mock("next-intl/server", () => import("./support/outside-request"));
vi.mock("next/cache", () => import("./support/outside-next-cache"));

let db: FreshDatabase;
let folder: string;
let admin: Actor;
let fuzhou: Actor;
let xiamen: Actor;
let fujian: Actor;
let shanxi: Actor;
// Spring 2026: the 2025 annual data are due (by 30 April).
const NOW = new Date("2026-04-10T02:00:00Z");
const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const PASSWORD = "copper kettle harbour lantern";
let serial = 0;

beforeAll(async () => {
  // The claimant's verification link is sealed in the outbox under this secret.
  process.env.NEXTAUTH_SECRET ??= "claims-test-secret-0123456789abcdef";
  db = await freshDatabase();
  await seedRegions(db);
  await seedRuleSets(db.prisma);
  folder = mkdtempSync(path.join(tmpdir(), "sme-claims-test-"));
  useFileStorage(localDiskStorage(folder));
  [admin, fuzhou, xiamen, fujian, shanxi] = await Promise.all([
    createActor(db, "administrator", FUJIAN),
    createActor(db, "municipal", FUZHOU),
    createActor(db, "municipal", XIAMEN),
    createActor(db, "provincial", FUJIAN),
    createActor(db, "provincial", SHANXI),
  ]);
});
afterAll(async () => {
  await db.destroy();
  rmSync(folder, { recursive: true, force: true });
});

/** A Fuzhou firm that arrived through an imported published list (a specialized SME of 2025): on the register with a title and no user. */
async function importedFirm() {
  serial += 1;
  const csv = publishedListCsv({ count: 1, tag: `CL${serial}`, tier: "专精特新中小企业", year: 2025, announcedOn: "2025-10-20" });
  const report = await importPublishedList(admin, csv, { dryRun: false }, NOW);
  expect(report.committed).toBe(true);
  const creditCode = buildCreditCode("91", "350100", `CL${serial}${"0".repeat(9 - `CL${serial}`.length)}`);
  return db.prisma.company.findUniqueOrThrow({ where: { creditCode }, select: { id: true, creditCode: true, nameZh: true } });
}

const proof = async () => (await storeClaimProof({ name: "营业执照.pdf", bytes: PDF })).id;

async function input(creditCode: string, overrides: Partial<Record<keyof ClaimInput, string>> = {}): Promise<ClaimInput> {
  serial += 1;
  return claimInputSchema.parse({
    creditCode,
    contactName: `认领人${serial}`,
    contactEmail: `claimant${serial}@example.cn`,
    contactPhone: "13800138000",
    password: PASSWORD,
    passwordConfirm: PASSWORD,
    proofDocumentId: overrides.proofDocumentId ?? (await proof()),
    ...overrides,
  });
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

async function claimantOf(claimId: string): Promise<Actor> {
  const claim = await db.prisma.companyClaim.findUniqueOrThrow({ where: { id: claimId }, select: { claimant: true } });
  const u = claim.claimant;
  return { id: u.id, email: u.email, name: u.name, role: u.role, jurisdictionCode: u.jurisdictionCode, companyId: u.companyId };
}

const decision = (claimId: string, version: number, decision: "approve" | "refuse", reason?: string) =>
  claimDecisionSchema.parse({ claimId, decision, version: String(version), ...(reason ? { reason } : {}) });

describe("claiming a firm that arrived with no user", () => {
  it("sign-up offers the claim for an imported firm with no user, and keeps refusing a firm that has users", async () => {
    const firm = await importedFirm();
    const signup = {
      creditCode: firm.creditCode,
      companyName: firm.nameZh,
      provinceCode: FUJIAN,
      cityCode: FUZHOU,
      countyCode: "",
      industryCode: "C34",
      contactName: "王建华",
      contactEmail: `signup${serial}@example.cn`,
      contactPhone: "13800138000",
      password: PASSWORD,
      passwordConfirm: PASSWORD,
    };
    const before = await rowCounts(db);
    const offer = await refusal(registerCompany(signup));
    expect(offer.status).toBe(409);
    expect(offer.details).toEqual({ field: "creditCode", reason: "claimable", claimHref: `/claim?creditCode=${firm.creditCode}` });
    expect(await rowCounts(db)).toEqual(before);

    const withUser = await createCompany(db, FUZHOU, FUJIAN);
    await createActor(db, "company", null, withUser.id);
    const taken = await refusal(registerCompany({ ...signup, creditCode: withUser.creditCode }));
    expect(taken.details).toEqual({ field: "creditCode", reason: "registered" });
  });

  it("records the claim with an account that cannot act for the firm, and tells the claimant and the firm's officials", async () => {
    const firm = await importedFirm();
    const claimInput = await input(firm.creditCode);
    const receipt = await submitClaim(claimInput, NOW);
    expect(receipt).toMatchObject({ email: claimInput.contactEmail, waiting: false });
    const claim = await db.prisma.companyClaim.findUniqueOrThrow({ where: { id: receipt.claimId! } });
    expect(claim).toMatchObject({ companyId: firm.id, status: "pending", contactName: claimInput.contactName, proofDocumentId: claimInput.proofDocumentId });
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: receipt.userId! } });
    expect(user).toMatchObject({ role: "company", companyId: null, email: claimInput.contactEmail });
    expect(await db.prisma.user.count({ where: { companyId: firm.id } })).toBe(0);

    // The account reaches no own-company record while the claim waits.
    const claimant = await claimantOf(claim.id);
    const titles = await db.prisma.recognition.findFirstOrThrow({ where: { companyId: firm.id } });
    expect((await refusal(companyRecognitions(claimant, NOW))).status).toBe(403);
    expect((await refusal(submitAnnualReport(claimant, annualForm(titles.id), NOW))).status).toBe(403);

    const kinds = async (userId: string) => (await db.prisma.notification.findMany({ where: { userId }, select: { kind: true } })).map((n) => n.kind);
    expect(await kinds(claimant.id)).toEqual(["claim.received"]);
    expect(await kinds(fuzhou.id)).toContain("claim.submitted");
    expect(await kinds(fujian.id)).toContain("claim.submitted");
    expect(await kinds(xiamen.id)).not.toContain("claim.submitted");
    expect(await db.prisma.outbox.count({ where: { recipient: claimInput.contactEmail, kind: "claim.received" } })).toBe(1);
    // As at sign-up, the address is proven by a link before the account may submit anything.
    expect(user.emailVerifiedAt).toBeNull();
    expect(await db.prisma.accountToken.count({ where: { userId: user.id, purpose: "email-verification" } })).toBe(1);
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "company-claim.submit", entityId: firm.id } });
    expect(audit.actorId).toBe(claimant.id);
  });

  it("refuses a bad credit code, an unknown firm, a firm with users, a missing or foreign proof and a weak password, with a field error and no write", async () => {
    const firm = await importedFirm();
    const withUser = await createCompany(db, FUZHOU, FUJIAN);
    await createActor(db, "company", null, withUser.id);
    const good = await input(firm.creditCode);
    const before = await rowCounts(db);
    const cases: [Partial<ClaimInput>, string, number][] = [
      [{ creditCode: firm.creditCode.slice(0, 17) + (firm.creditCode.endsWith("0") ? "1" : "0") }, "creditCode", 400],
      [{ creditCode: buildCreditCode("91", "350100", "MA9999999") }, "creditCode", 400],
      [{ creditCode: withUser.creditCode }, "creditCode", 409],
      [{ proofDocumentId: "00000000-0000-4000-8000-000000000000" }, "proofDocumentId", 400],
      [{ password: "password123", passwordConfirm: "password123" }, "password", 400],
    ];
    for (const [change, field, status] of cases) {
      const error = await refusal(submitClaim({ ...good, ...change }, NOW));
      expect([error.details.field, error.status], JSON.stringify(change)).toEqual([field, status]);
    }
    const missing = claimInputSchema.safeParse({ ...good, proofDocumentId: "" });
    expect(missing.success).toBe(false);
    expect(missing.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["proofDocumentId", "proof"]]);
    expect(await rowCounts(db)).toEqual(before);
  });

  it("a proof already used by a claim cannot carry a second one", async () => {
    const firm = await importedFirm();
    const first = await input(firm.creditCode);
    await submitClaim(first, NOW);
    const before = await rowCounts(db);
    const error = await refusal(submitClaim(await input(firm.creditCode, { proofDocumentId: first.proofDocumentId }), NOW));
    expect(error.details.field).toBe("proofDocumentId");
    expect(await rowCounts(db)).toEqual(before);
  });

  it("an address that already has an account gets the same answer, an email, and nothing recorded", async () => {
    const firm = await importedFirm();
    const claimInput = await input(firm.creditCode, { contactEmail: fuzhou.email });
    const claims = await db.prisma.companyClaim.count();
    const users = await db.prisma.user.count();
    expect(await submitClaim(claimInput, NOW)).toEqual({ email: fuzhou.email, claimId: null, userId: null, waiting: false });
    expect([await db.prisma.companyClaim.count(), await db.prisma.user.count()]).toEqual([claims, users]);
    expect(await db.prisma.outbox.count({ where: { recipient: fuzhou.email, kind: "claim.email-registered" } })).toBe(1);
  });
});

function annualForm(recognitionId: string) {
  return annualReportInputSchema.parse({
    recognitionId,
    dataYear: "2025",
    revenue: "180000000",
    mainBusinessRevenue: "170000000",
    rdExpense: "12000000",
    netProfit: "9000000",
    totalAssets: "150000000",
    totalLiabilities: "60000000",
    employees: "600",
    rdStaff: "150",
    smeSize: "medium",
  });
}

describe("officials decide claims", () => {
  it("lists a firm's claims to its own city and province only, with the second one waiting; others get 404, a company 403", async () => {
    const firm = await importedFirm();
    const first = await submitClaim(await input(firm.creditCode), NOW);
    const second = await submitClaim(await input(firm.creditCode), new Date(NOW.getTime() + 60_000));
    expect(second.waiting).toBe(true);

    const standings = async (actor: Actor) =>
      (await listClaims(actor, { status: "all", page: 1, size: 100 })).rows.filter((r) => r.company.id === firm.id).map((r) => [r.id, r.standing]);
    const expected = [
      [first.claimId, "pending"],
      [second.claimId, "waiting"],
    ];
    expect(await standings(fuzhou)).toEqual(expected);
    expect(await standings(fujian)).toEqual(expected);
    expect(await standings(xiamen)).toEqual([]);
    expect(await standings(shanxi)).toEqual([]);
    const pendingOnly = await listClaims(fuzhou, { status: "refused", page: 1, size: 20 });
    expect(pendingOnly.rows.some((r) => r.company.id === firm.id)).toBe(false);

    for (const outsider of [xiamen, shanxi]) {
      expect((await refusal(claimDetail(outsider, first.claimId!))).status).toBe(404);
      expect((await refusal(readClaimProof(outsider, first.claimId!))).status).toBe(404);
      expect((await refusal(decideClaim(outsider, decision(first.claimId!, 1, "approve"), NOW))).status).toBe(404);
    }
    const company = await createActor(db, "company", null, (await createCompany(db, FUZHOU, FUJIAN)).id);
    expect((await refusal(claimDetail(company, first.claimId!))).status).toBe(403);
    expect((await refusal(listClaims(company, { status: "all", page: 1, size: 20 }))).status).toBe(403);
    actAs(company);
    const answer = await decideClaimAction({ claimId: first.claimId, decision: "approve", version: "1" });
    expect(answer).toMatchObject({ ok: false, status: 403 });
    actAs(null);
    expect(await db.prisma.companyClaim.count({ where: { companyId: firm.id, status: "pending" } })).toBe(2);

    const proofFile = await readClaimProof(fuzhou, first.claimId!);
    expect(Buffer.from(proofFile.bytes).equals(Buffer.from(PDF))).toBe(true);
    expect(proofFile.mimeType).toBe("application/pdf");
    const detail = await claimDetail(fujian, second.claimId!);
    expect(detail.claim.standing).toBe("waiting");
    expect(detail.actions).toEqual([]);
    expect(detail.titles).toHaveLength(1);
  });

  it("a waiting claim is decided only after the first is refused; a refusal needs a reason and leaves the account without a company", async () => {
    const firm = await importedFirm();
    const first = await submitClaim(await input(firm.creditCode), NOW);
    const second = await submitClaim(await input(firm.creditCode), new Date(NOW.getTime() + 60_000));

    const before = await rowCounts(db);
    const early = await refusal(decideClaim(fuzhou, decision(second.claimId!, 1, "approve"), NOW));
    expect([early.status, early.details.code]).toEqual([409, "waiting"]);
    expect(claimDecisionSchema.safeParse({ claimId: first.claimId, decision: "refuse", version: "1" }).success).toBe(false);
    const noReason = await refusal(decideClaim(fuzhou, { claimId: first.claimId!, decision: "refuse", reason: null, version: 1 }, NOW));
    expect([noReason.status, noReason.details.field]).toEqual([400, "reason"]);
    expect(await rowCounts(db)).toEqual(before);

    const refused = await decideClaim(fuzhou, decision(first.claimId!, 1, "refuse", "营业执照上的名称与该企业不符。"), NOW);
    expect(refused).toEqual({ claimId: first.claimId, status: "refused", alsoRefused: [] });
    const stored = await db.prisma.companyClaim.findUniqueOrThrow({ where: { id: first.claimId! } });
    expect(stored).toMatchObject({ status: "refused", decisionReason: "营业执照上的名称与该企业不符。", decidedById: fuzhou.id, version: 2 });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: first.userId! } })).companyId).toBeNull();
    expect(await db.prisma.notification.count({ where: { userId: first.userId!, kind: "claim.refused" } })).toBe(1);
    expect(await db.prisma.outbox.count({ where: { userId: first.userId!, kind: "claim.refused" } })).toBe(1);
    // Deciding twice is a conflict.
    expect((await refusal(decideClaim(fuzhou, decision(first.claimId!, 2, "approve"), NOW))).status).toBe(409);

    expect((await claimDetail(fuzhou, second.claimId!)).claim.standing).toBe("pending");
    const approved = await decideClaim(fujian, decision(second.claimId!, 1, "approve"), NOW);
    expect(approved.status).toBe("approved");
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: second.userId! } })).companyId).toBe(firm.id);
  });

  it("approval makes the claimant the firm's administrator, refuses the claims behind it, and the firm then files its annual data", async () => {
    const firm = await importedFirm();
    const first = await submitClaim(await input(firm.creditCode), NOW);
    const second = await submitClaim(await input(firm.creditCode), new Date(NOW.getTime() + 60_000));
    const stale = await refusal(decideClaim(fuzhou, decision(first.claimId!, 7, "approve"), NOW));
    expect(stale.status).toBe(409);

    const outcome = await decideClaim(fuzhou, decision(first.claimId!, 1, "approve"), NOW);
    expect(outcome).toEqual({ claimId: first.claimId, status: "approved", alsoRefused: [second.claimId] });
    const claims = await db.prisma.companyClaim.findMany({ where: { companyId: firm.id }, orderBy: { createdAt: "asc" } });
    expect(claims.map((c) => c.status)).toEqual(["approved", "refused"]);
    expect(claims[1]!.decisionReason).toContain("由其他申请人认领");
    expect(await db.prisma.user.findUniqueOrThrow({ where: { id: first.userId! }, select: { companyId: true, companyAdministrator: true } })).toEqual({
      companyId: firm.id,
      companyAdministrator: true,
    });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: second.userId! } })).companyId).toBeNull();
    expect(await db.prisma.notification.count({ where: { userId: first.userId!, kind: "claim.approved" } })).toBe(1);
    expect(await db.prisma.notification.count({ where: { userId: second.userId!, kind: "claim.refused" } })).toBe(1);
    const audit = await db.prisma.auditLog.findMany({ where: { entityId: firm.id, action: { startsWith: "company-claim." } }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.action, a.toStatus])).toEqual([
      ["company-claim.submit", "pending"],
      ["company-claim.submit", "pending"],
      ["company-claim.approve", "approved"],
      ["company-claim.refuse", "refused"],
    ]);

    // The firm has its user now: sign-up refuses as for any registered firm, and a new claim is refused.
    const before = await rowCounts(db);
    expect((await refusal(submitClaim(await input(firm.creditCode), NOW))).details).toMatchObject({ field: "creditCode", reason: "registered" });
    expect((await rowCounts(db)).company_claim).toBe(before.company_claim);

    // Signed in again (the account now carries the firm), the claimant files the 2025 data for the imported title.
    const administrator = await claimantOf(first.claimId!);
    expect(administrator.companyId).toBe(firm.id);
    const list = await companyRecognitions(administrator, NOW);
    const due = list.rows.filter((r) => r.annual.due && !r.annual.submitted);
    expect(due).toHaveLength(1);
    const report = await submitAnnualReport(administrator, annualForm(due[0]!.id), NOW);
    expect(report.annualReportId).toBeTruthy();
    expect(await db.prisma.annualReport.count({ where: { companyId: firm.id, dataYear: 2025 } })).toBe(1);
  });
});
