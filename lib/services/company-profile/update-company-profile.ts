import { requireOwnCompany } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import type { CompanyProfileInput } from "@/lib/domain/company-profile/profile-input";
import { appendAudit } from "../audit/append-audit";

const PROFILE_SELECT = {
  id: true,
  creditCode: true,
  nameZh: true,
  nameEn: true,
  regionCode: true,
  cityCode: true,
  provinceCode: true,
  industryCode: true,
  contactName: true,
  contactPhone: true,
  contactEmail: true,
} as const;

const EDITABLE = ["contactName", "contactPhone", "contactEmail", "industryCode"] as const;

/** The firm's own record as its users see it on the profile page, with its region's names. */
export async function companyProfileOf(actor: Actor) {
  const companyId = requireOwnCompany(actor, "company-profile:edit");
  const db = await prisma();
  const company = await db.company.findUniqueOrThrow({ where: { id: companyId }, select: PROFILE_SELECT });
  const regions = await db.region.findMany({
    where: { code: { in: [company.regionCode, company.cityCode, company.provinceCode] } },
    select: { code: true, nameZh: true, nameEn: true },
  });
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const place = [company.provinceCode, company.cityCode, company.regionCode]
    .filter((code, i, all) => all.indexOf(code) === i)
    .map((code) => byCode.get(code))
    .filter((r) => r !== undefined);
  return { company, place: { zh: place.map((r) => r.nameZh).join(""), en: place.map((r) => r.nameEn).join(", ") } };
}

/**
 * A firm's user changes its contact and industry; the audit entry keeps each changed field
 * before → after. The industry kept beside its titles (Recognition.industryCode, what the
 * register filters on) follows in the same transaction.
 */
export async function updateCompanyProfile(actor: Actor, input: CompanyProfileInput) {
  const companyId = requireOwnCompany(actor, "company-profile:edit");
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const current = await tx.company.findUniqueOrThrow({ where: { id: companyId }, select: PROFILE_SELECT });
    const before: Record<string, string | null> = {};
    const after: Record<string, string | null> = {};
    for (const field of EDITABLE) {
      if ((current[field] ?? null) !== input[field]) {
        before[field] = current[field] ?? null;
        after[field] = input[field];
      }
    }
    if (Object.keys(after).length === 0) return { changed: [] as string[] };
    await tx.company.update({ where: { id: companyId }, data: after });
    if ("industryCode" in after) await tx.recognition.updateMany({ where: { companyId }, data: { industryCode: input.industryCode } });
    await appendAudit(tx, actor, { action: "company.profile-update", entityType: "company", entityId: companyId, data: { before, after } });
    return { changed: Object.keys(after) };
  });
}
