import "server-only";
import { checkCreditCode } from "@/lib/company/credit-code";
import { prisma } from "@/lib/db/client";
import { chinaDate, isoOf } from "../calendar/today";
import { REGISTER_ROW_SELECT, regionNames, industryNames, toRegisterRow } from "./register-rows";

/**
 * A firm's public page: its titles with validity and status, and the entry/exit history
 * (entries, renewals, expiries, revocations) in date order. Contact details are never shown.
 */
export async function companyProfile(creditCode: string, now = new Date()) {
  const code = checkCreditCode(creditCode);
  if (!code.valid) return null;
  const db = await prisma();
  const company = await db.company.findUnique({
    where: { creditCode: code.code },
    select: { id: true, nameZh: true, nameEn: true, creditCode: true, provinceCode: true, cityCode: true, industryCode: true },
  });
  if (!company) return null;
  const today = chinaDate(now);
  const [recognitions, events] = await Promise.all([
    db.recognition.findMany({ where: { companyId: company.id }, select: REGISTER_ROW_SELECT, orderBy: [{ validFrom: "desc" }] }),
    db.recognitionEvent.findMany({
      where: { companyId: company.id },
      select: { id: true, kind: true, reasonText: true, occurredOn: true, recognition: { select: { tier: true, certificateNo: true } } },
      orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }],
      take: 200,
    }),
  ]);
  if (recognitions.length === 0) return null;
  return {
    company: { ...company, province: regionNames(company.provinceCode), city: regionNames(company.cityCode), industry: industryNames(company.industryCode) },
    recognitions: recognitions.map((r) => toRegisterRow(r, today)),
    events: events.map((e) => ({ id: e.id, kind: e.kind, reasonText: e.reasonText, occurredOn: isoOf(e.occurredOn), tier: e.recognition.tier, certificateNo: e.recognition.certificateNo })),
  };
}
