import { hashPassword } from "@/lib/auth/password";
import { buildCreditCode } from "@/lib/company/credit-code";
import { prisma } from "@/lib/db/client";

const FUZHOU = "350100";
const FUJIAN = "350000";

/**
 * Accounts and files for the load test, written straight to the database: company users with a
 * draft each, Fuzhou officials, and files waiting for the city's decision.
 */
export async function prepareLoadData(options: { companies: number; officials: number; files: number; password: string }) {
  const db = await prisma();
  const programme = await db.programme.findFirstOrThrow({
    where: { tier: "innovative", regionCode: FUJIAN },
    orderBy: { year: "desc" },
    select: { id: true, year: true, tier: true },
  });
  const passwordHash = await hashPassword(options.password);
  const total = options.companies + options.files;
  const companies = Array.from({ length: total }, (_, i) => ({
    creditCode: buildCreditCode("91", FUZHOU, `LT${String(i).padStart(7, "0")}`),
    nameZh: `福州负载测试${i}科技有限公司`,
    regionCode: FUZHOU,
    cityCode: FUZHOU,
    provinceCode: FUJIAN,
    industryCode: "C39",
  }));
  await db.company.createMany({ data: companies });
  const rows = await db.company.findMany({ where: { creditCode: { in: companies.map((c) => c.creditCode) } }, select: { id: true, creditCode: true } });
  const idOf = new Map(rows.map((r) => [r.creditCode, r.id]));
  const ids = companies.map((c) => idOf.get(c.creditCode)!);

  const accounts: { email: string; applicationId: string }[] = [];
  for (let i = 0; i < options.companies; i++) {
    const email = `load-company-${i}@load.test`;
    await db.user.create({ data: { email, name: `负载企业用户${i}`, role: "company", companyId: ids[i]!, passwordHash } });
    const application = await db.application.create({
      data: {
        companyId: ids[i]!,
        programmeId: programme.id,
        tier: programme.tier,
        year: programme.year,
        status: "draft",
        cityCode: FUZHOU,
        provinceCode: FUJIAN,
        facts: {},
      },
      select: { id: true },
    });
    accounts.push({ email, applicationId: application.id });
  }
  const officials: string[] = [];
  for (let i = 0; i < options.officials; i++) {
    const email = `load-official-${i}@load.test`;
    await db.user.create({ data: { email, name: `负载审核员${i}`, role: "municipal", jurisdictionCode: FUZHOU, passwordHash } });
    officials.push(email);
  }
  await db.application.createMany({
    data: ids.slice(options.companies).map((companyId) => ({
      companyId,
      programmeId: programme.id,
      tier: programme.tier,
      year: programme.year,
      status: "municipal_review" as const,
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
      submittedAt: new Date(),
      facts: {},
    })),
  });
  const files = await db.application.findMany({ where: { companyId: { in: ids.slice(options.companies) } }, select: { id: true } });
  return { companies: accounts, officials, files: files.map((f) => f.id) };
}

/** Every acknowledged save holds its last value, every acknowledged decision moved its file and is audited. */
export async function verifyAcknowledgedWrites(saves: { applicationId: string; acked: number }[], decided: string[]): Promise<string[]> {
  const db = await prisma();
  const lost: string[] = [];
  for (const save of saves) {
    if (save.acked === 0) continue;
    const row = await db.application.findUniqueOrThrow({ where: { id: save.applicationId }, select: { facts: true } });
    const stored = (row.facts as { equityFinancing?: Record<string, number> } | null)?.equityFinancing?.["2025"];
    if (stored !== save.acked) lost.push(`draft ${save.applicationId}: acknowledged ${save.acked}, stored ${stored}`);
  }
  const moved = await db.application.findMany({ where: { id: { in: decided } }, select: { id: true, status: true } });
  for (const file of moved) if (file.status !== "provincial_review") lost.push(`decision on ${file.id}: status is ${file.status}`);
  const audited = new Set((await db.auditLog.findMany({ where: { entityId: { in: decided } }, select: { entityId: true } })).map((a) => a.entityId));
  for (const id of decided) if (!audited.has(id)) lost.push(`decision on ${id}: no audit entry`);
  if (moved.length !== decided.length) lost.push(`${decided.length - moved.length} decided files are missing`);
  return lost;
}
