import type { Prisma, RecognitionStatus, Tier } from "@/generated/prisma/client";
import type { Database } from "@/lib/db/open-database";

let serial = 0;

/** A recognition as an announced batch leaves it, with its "entry" event. */
export async function createRecognition(
  db: Database,
  options: {
    companyId: string;
    cityCode: string;
    provinceCode: string;
    tier: Tier;
    validFrom: string;
    validUntil: string;
    status?: RecognitionStatus;
    programmeId?: string | null;
    applicationId?: string | null;
    ruleSetId?: string | null;
    rereviewRightLost?: boolean;
  },
) {
  serial += 1;
  const recognition = await db.prisma.recognition.create({
    data: {
      certificateNo: `TEST-${options.validFrom.slice(0, 4)}-${String(serial).padStart(6, "0")}-${Math.random().toString(36).slice(2, 8)}`,
      companyId: options.companyId,
      programmeId: options.programmeId ?? null,
      applicationId: options.applicationId ?? null,
      ruleSetId: options.ruleSetId ?? null,
      tier: options.tier,
      year: Number(options.validFrom.slice(0, 4)),
      status: options.status ?? "active",
      validFrom: new Date(`${options.validFrom}T00:00:00Z`),
      validUntil: new Date(`${options.validUntil}T00:00:00Z`),
      provinceCode: options.provinceCode,
      cityCode: options.cityCode,
      industryCode: "C34",
      rereviewRightLost: options.rereviewRightLost ?? false,
    },
  });
  await db.prisma.recognitionEvent.create({
    data: { recognitionId: recognition.id, companyId: options.companyId, kind: "entry", occurredOn: recognition.validFrom },
  });
  return recognition;
}

export async function ruleSetId(db: Database, code: string): Promise<string> {
  return (await db.prisma.ruleSet.findFirstOrThrow({ where: { code }, select: { id: true } })).id;
}

export type FactsJson = Prisma.InputJsonValue;
