import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { checkCreditCode } from "@/lib/company/credit-code";
import { prisma } from "@/lib/db/client";
import { chinaDate, systemNow } from "@/lib/calendar/today";
import { companyHistory } from "../recognitions/company-history";
import { companyChanges } from "./company-changes";
import { registerRowsSql, regionNames, industryNames, toRegisterRow, type RegisterRowRecord } from "./register-rows";

/**
 * A firm's public page: its titles with validity and status, and the entry/exit history as the
 * public may see it (entries, renewals and exits with their reason category; the internal
 * management trail stays with the firm and its officials). Contact details are never shown.
 */
export async function companyProfile(creditCode: string, now = systemNow()) {
  const code = checkCreditCode(creditCode);
  if (!code.valid) return null;
  const db = await prisma();
  const company = await db.company.findUnique({
    where: { creditCode: code.code },
    select: { id: true, nameZh: true, nameEn: true, creditCode: true, provinceCode: true, cityCode: true, industryCode: true },
  });
  if (!company) return null;
  const today = chinaDate(now);
  const [recognitions, events, changes] = await Promise.all([
    db.$queryRaw<RegisterRowRecord[]>(registerRowsSql(Prisma.sql`r.company_id = ${company.id}::uuid`, Prisma.sql`r.valid_from DESC, r.id`)),
    companyHistory(company.id, "public"),
    companyChanges(company.id),
  ]);
  if (recognitions.length === 0) return null;
  return {
    company: { ...company, province: regionNames(company.provinceCode), city: regionNames(company.cityCode), industry: industryNames(company.industryCode) },
    recognitions: recognitions.map((r) => toRegisterRow(r, today)),
    events,
    changes,
  };
}
