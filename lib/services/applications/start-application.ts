import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { requireOwnCompany } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { chinaDate, isoOf, systemNow } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { DomainError, notFound } from "@/lib/errors/domain-error";
import { appendAudit } from "../audit/append-audit";
import { prerequisiteProblem } from "./prerequisites";

export const startApplicationSchema = z.object({ programmeId: z.string().uuid() });

/**
 * A company opens a draft for an open programme. One active application per company and
 * programme (a partial unique index makes this hold under concurrent clicks too); the tier
 * below must be held and valid, and a firm cancelled for cause waits out its cooling-off period.
 */
export async function startApplication(actor: Actor, input: z.infer<typeof startApplicationSchema>, now = systemNow()) {
  const companyId = requireOwnCompany(actor, "application:edit");
  const db = await prisma();
  const programme = await db.programme.findUnique({
    where: { id: input.programmeId },
    select: { id: true, tier: true, year: true, regionCode: true, opensOn: true, closesOn: true, cooloffYears: true, nameZh: true, nameEn: true },
  });
  if (!programme) throw notFound({ zh: "申报项目", en: "programme" });
  const company = await db.company.findUniqueOrThrow({ where: { id: companyId }, select: { cityCode: true, provinceCode: true } });
  if (programme.regionCode && programme.regionCode !== company.provinceCode) {
    throw new DomainError("invalid", { zh: "该项目仅面向本省企业。", en: "This programme is open only to firms registered in its province." });
  }
  // The application window is in Beijing dates, as the public list of open calls shows it.
  const today = chinaDate(now);
  if (today < isoOf(programme.opensOn) || today > isoOf(programme.closesOn)) {
    throw new DomainError("invalid", { zh: "该项目当前不在申报期内。", en: "This programme is not open for applications now." });
  }
  const problem = await prerequisiteProblem(db, companyId, programme, today);
  if (problem) throw problem;

  const latest = await db.application.findFirst({ where: { companyId }, orderBy: { createdAt: "desc" }, select: { facts: true } });
  try {
    return await db.$transaction(async (tx) => {
      const application = await tx.application.create({
        data: {
          companyId,
          programmeId: programme.id,
          tier: programme.tier,
          year: programme.year,
          cityCode: company.cityCode,
          provinceCode: company.provinceCode,
          // Figures a firm reported before are offered again rather than typed twice.
          facts: (latest?.facts ?? {}) as Prisma.InputJsonValue,
        },
        select: { id: true },
      });
      await appendAudit(tx, actor, { action: "application.start", entityType: "application", entityId: application.id, toStatus: "draft" });
      return application;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError("conflict", {
        zh: "贵企业已有该项目的申报，请在“我的申报”中继续。",
        en: "Your firm already has an application for this programme; continue it from your applications.",
      });
    }
    throw error;
  }
}
