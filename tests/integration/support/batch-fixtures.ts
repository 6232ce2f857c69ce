import { randomUUID } from "node:crypto";
import type { Tier } from "@/generated/prisma/client";
import { buildCreditCode } from "@/lib/company/credit-code";
import type { Database } from "@/lib/db/open-database";
import { issueFormChallenge } from "@/lib/http/spam-guard";

/** Many approved applications of one programme at once (createMany), for batch tests at scale. */
export async function approvedApplications(
  db: Database,
  options: { programmeId: string; tier: Tier; count: number; cityCode: string; provinceCode: string; year?: number; prefix?: string },
): Promise<{ applicationIds: string[]; companyIds: string[] }> {
  const tag =
    options.prefix ??
    randomUUID()
      .replaceAll("-", "")
      .slice(0, 4)
      .toUpperCase()
      .replace(/[IOSVZ]/g, "A");
  const companies = Array.from({ length: options.count }, (_, i) => ({
    id: randomUUID(),
    creditCode: buildCreditCode("91", options.cityCode, `${tag}${String(i).padStart(5, "0")}`),
    nameZh: `批量测试${tag}第${i}号科技有限公司`,
    regionCode: options.cityCode,
    cityCode: options.cityCode,
    provinceCode: options.provinceCode,
    industryCode: i % 2 === 0 ? "C34" : "I65",
  }));
  await db.prisma.company.createMany({ data: companies });
  const applications = companies.map((c, i) => ({
    id: randomUUID(),
    companyId: c.id,
    programmeId: options.programmeId,
    tier: options.tier,
    year: options.year ?? 2026,
    status: "approved" as const,
    score: 60 + (i % 40),
    cityCode: options.cityCode,
    provinceCode: options.provinceCode,
    submittedAt: new Date(),
  }));
  await db.prisma.application.createMany({ data: applications });
  return { applicationIds: applications.map((a) => a.id), companyIds: companies.map((c) => c.id) };
}

/** A valid objection form as a browser would send it, served `secondsAgo` before `now`. */
export function objectionForm(batchId: string, entryId: string, now: Date, secondsAgo = 30) {
  const challenge = issueFormChallenge(batchId, new Date(now.getTime() - secondsAgo * 1000));
  const [a, b] = challenge.question.split(" + ").map(Number);
  return {
    batchId,
    entryId,
    objectorName: "王建华",
    objectorContact: "13800138000",
    reason: "该企业主导产品的市场占有率数据与行业协会公布的数据明显不符。",
    formToken: challenge.token,
    challengeAnswer: String(a! + b!),
    website: "",
  };
}

export const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
