import type { Prisma } from "@/generated/prisma/client";
import { INDUSTRIES } from "@/lib/demo/industries";
import { regionByCode } from "@/lib/regions";
import { isoOf } from "../calendar/today";
import type { PublicStatus } from "./register-query";
import { publicStatusOf } from "./register-where";

export const REGISTER_ROW_SELECT = {
  id: true,
  certificateNo: true,
  tier: true,
  year: true,
  status: true,
  validFrom: true,
  validUntil: true,
  provinceCode: true,
  cityCode: true,
  industryCode: true,
  company: { select: { nameZh: true, nameEn: true, creditCode: true } },
  batch: { select: { id: true, titleZh: true, titleEn: true, announcedOn: true } },
} as const satisfies Prisma.RecognitionSelect;

type SelectedRow = Prisma.RecognitionGetPayload<{ select: typeof REGISTER_ROW_SELECT }>;

/** One line of the public register: only what the published lists state, nothing private. */
export interface RegisterRow {
  id: string;
  certificateNo: string;
  companyName: string;
  companyNameEn: string | null;
  creditCode: string;
  tier: string;
  year: number;
  provinceCode: string;
  provinceName: { zh: string; en: string };
  cityCode: string;
  cityName: { zh: string; en: string };
  industryCode: string;
  industryName: { zh: string; en: string };
  validFrom: string;
  validUntil: string;
  status: PublicStatus;
  batchId: string | null;
  batchTitle: { zh: string; en: string } | null;
}

const INDUSTRY_BY_CODE = new Map(INDUSTRIES.map((i) => [i.code, i]));

export function regionNames(code: string): { zh: string; en: string } {
  const region = regionByCode(code);
  return region ? { zh: region.nameZh, en: region.nameEn } : { zh: code, en: code };
}

export function industryNames(code: string): { zh: string; en: string } {
  const industry = INDUSTRY_BY_CODE.get(code);
  return industry ? { zh: industry.nameZh, en: industry.nameEn } : { zh: code, en: code };
}

export function toRegisterRow(row: SelectedRow, today: string): RegisterRow {
  return {
    id: row.id,
    certificateNo: row.certificateNo,
    companyName: row.company.nameZh,
    companyNameEn: row.company.nameEn,
    creditCode: row.company.creditCode,
    tier: row.tier,
    year: row.year,
    provinceCode: row.provinceCode,
    provinceName: regionNames(row.provinceCode),
    cityCode: row.cityCode,
    cityName: regionNames(row.cityCode),
    industryCode: row.industryCode,
    industryName: industryNames(row.industryCode),
    validFrom: isoOf(row.validFrom),
    validUntil: isoOf(row.validUntil),
    status: publicStatusOf(row.status, row.validUntil, today),
    batchId: row.batch?.id ?? null,
    batchTitle: row.batch ? { zh: row.batch.titleZh, en: row.batch.titleEn } : null,
  };
}
