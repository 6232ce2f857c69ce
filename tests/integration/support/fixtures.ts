import { randomUUID } from "node:crypto";
import type { Actor, Role } from "@/lib/auth/roles";
import type { ApplicationStatus, Prisma, Tier } from "@/generated/prisma/client";
import { buildCreditCode } from "@/lib/company/credit-code";
import type { Database } from "@/lib/db/open-database";

/** Small, explicit fixtures: two provinces, three cities, officials for each, one programme per tier. */
export const FUZHOU = "350100";
export const XIAMEN = "350200";
export const FUJIAN = "350000";
export const TAIYUAN = "140100";
export const SHANXI = "140000";

let counter = 0;

export async function seedRegions(db: Database) {
  await db.prisma.region.createMany({
    data: [
      { code: FUJIAN, nameZh: "福建省", nameEn: "Fujian", level: "province" },
      { code: SHANXI, nameZh: "山西省", nameEn: "Shanxi", level: "province" },
      { code: FUZHOU, nameZh: "福州市", nameEn: "Fuzhou", level: "city", parentCode: FUJIAN },
      { code: XIAMEN, nameZh: "厦门市", nameEn: "Xiamen", level: "city", parentCode: FUJIAN },
      { code: TAIYUAN, nameZh: "太原市", nameEn: "Taiyuan", level: "city", parentCode: SHANXI },
    ],
    skipDuplicates: true,
  });
}

export async function createActor(db: Database, role: Role, jurisdictionCode: string | null = null, companyId: string | null = null): Promise<Actor> {
  counter += 1;
  const user = await db.prisma.user.create({
    data: {
      email: `${role}${counter}-${randomUUID().slice(0, 8)}@example.cn`,
      name: `${role} ${counter}`,
      role,
      jurisdictionCode,
      companyId,
      passwordHash: "x",
    },
  });
  return { id: user.id, email: user.email, name: user.name, role, jurisdictionCode, companyId };
}

export async function createCompany(db: Database, cityCode: string, provinceCode: string, options: { nameZh?: string } = {}) {
  counter += 1;
  const organisation = `MA${String(counter).padStart(7, "0")}`;
  return db.prisma.company.create({
    data: {
      creditCode: buildCreditCode("91", cityCode, organisation),
      nameZh: options.nameZh ?? `测试企业${counter}有限公司`,
      regionCode: cityCode,
      cityCode,
      provinceCode,
      industryCode: "C34",
    },
  });
}

export async function createProgramme(db: Database, tier: Tier, year = 2026, regionCode: string | null = FUJIAN) {
  counter += 1;
  return db.prisma.programme.create({
    data: {
      code: `test-${tier}-${year}-${counter}`,
      tier,
      year,
      regionCode: tier === "little_giant" ? null : regionCode,
      nameZh: `测试项目${counter}`,
      nameEn: `Test programme ${counter}`,
      ruleSetCode: tier === "little_giant" ? "little-giant-2026" : `${tier}-2026`,
      opensOn: new Date(`${year}-01-01`),
      closesOn: new Date(`${year}-12-31`),
    },
  });
}

export async function createApplication(
  db: Database,
  options: {
    companyId: string;
    programmeId: string;
    tier: Tier;
    status: ApplicationStatus;
    cityCode: string;
    provinceCode: string;
    year?: number;
    // Optional extras for review tests; leaving them out gives the same rows as before.
    submittedAt?: Date;
    score?: number | null;
    outcome?: "eligible" | "not-eligible" | "incomplete" | null;
    assignedToId?: string | null;
    facts?: Prisma.InputJsonValue;
    evaluation?: Prisma.InputJsonValue;
  },
) {
  return db.prisma.application.create({
    data: {
      companyId: options.companyId,
      programmeId: options.programmeId,
      tier: options.tier,
      year: options.year ?? 2026,
      status: options.status,
      cityCode: options.cityCode,
      provinceCode: options.provinceCode,
      submittedAt: options.submittedAt ?? (options.status === "draft" ? null : new Date()),
      ...(options.score !== undefined ? { score: options.score } : {}),
      ...(options.outcome !== undefined ? { outcome: options.outcome } : {}),
      ...(options.assignedToId !== undefined ? { assignedToId: options.assignedToId } : {}),
      ...(options.facts !== undefined ? { facts: options.facts } : {}),
      ...(options.evaluation !== undefined ? { evaluation: options.evaluation } : {}),
    },
  });
}

/** A live evidence file on an application (the row only: tests that need the bytes upload for real). */
export async function attachDocument(db: Database, applicationId: string, section = "documents") {
  return db.prisma.document.create({
    data: {
      applicationId,
      section,
      fileName: "evidence.pdf",
      storageKey: `${randomUUID()}.pdf`,
      mimeType: "application/pdf",
      size: 1024,
      sha256: "0".repeat(64),
    },
  });
}
