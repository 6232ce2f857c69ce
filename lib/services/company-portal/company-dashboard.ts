import "server-only";
import type { ApplicationStatus, RecognitionStatus, Tier } from "@/generated/prisma/client";
import { requireOwnCompany } from "@/lib/auth/require-permission";
import type { Actor } from "@/lib/auth/roles";
import { chinaDate, dateOf, isoOf, systemNow } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import { type Bilingual } from "@/lib/errors/domain-error";
import { ACTIVE_APPLICATION_STATUSES } from "@/lib/workflow/application-lifecycle";
import { prerequisiteProblem } from "../applications/prerequisites";
import { isCurrentTitle, titleState, type TitleState } from "./title-state";
import { byRelevance } from "@/lib/domain/calls/call-relevance";
import { tierFromDb } from "../tier";

export interface CompanyProfile {
  id: string;
  creditCode: string;
  nameZh: string;
  nameEn: string | null;
  industryCode: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  /** Province, city and (when registered in one) county names, largest first. */
  regions: Bilingual[];
}

export interface RecognitionRow {
  id: string;
  certificateNo: string;
  tier: Tier;
  year: number;
  status: RecognitionStatus;
  validFrom: Date;
  validUntil: Date;
}

/** Whether the firm can start an application for an open programme, and why not. */
export type ProgrammeAvailability =
  { kind: "open" } | { kind: "active"; applicationId: string; status: ApplicationStatus } | { kind: "blocked"; reason: Bilingual; applicationId?: string };

export interface OpenProgramme {
  id: string;
  nameZh: string;
  nameEn: string;
  tier: Tier;
  year: number;
  /** The province that runs it; null for a national call. */
  regionCode: string | null;
  closesOn: Date;
  availability: ProgrammeAvailability;
}

export interface CompanyApplicationRow {
  id: string;
  programme: { nameZh: string; nameEn: string };
  tier: Tier;
  year: number;
  status: ApplicationStatus;
  submittedAt: Date | null;
  updatedAt: Date;
  /** For a recognised application, the title it led to as it stands today. */
  title: TitleState | null;
  /** Why a draft or returned application may no longer go on (a revocation, a title now held). */
  blocked: Bilingual | null;
}

export interface CompanyDashboard {
  company: CompanyProfile;
  recognitions: RecognitionRow[];
  programmes: OpenProgramme[];
  applications: { rows: CompanyApplicationRow[]; total: number; page: number; pageSize: number };
}

export const ownCompanyId = (actor: Actor): string => {
  return requireOwnCompany(actor, "application:edit");
};

/**
 * The company's home: who it is, the titles it holds, the programmes open to it today with the
 * reason it cannot apply to one (title below not held, an application already active, a
 * cooling-off period), and its own applications a page at a time.
 */
export async function companyDashboard(actor: Actor, options: { page?: number; pageSize?: number } = {}, now = systemNow()): Promise<CompanyDashboard> {
  const companyId = ownCompanyId(actor);
  const db = await prisma();
  const today = chinaDate(now);
  const company = await db.company.findUniqueOrThrow({
    where: { id: companyId },
    select: {
      id: true,
      creditCode: true,
      nameZh: true,
      nameEn: true,
      industryCode: true,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      regionCode: true,
      cityCode: true,
      provinceCode: true,
    },
  });
  const regionCodes = [...new Set([company.provinceCode, company.cityCode, company.regionCode])];
  const [regions, recognitions, programmes, active] = await Promise.all([
    db.region.findMany({ where: { code: { in: regionCodes } }, select: { code: true, nameZh: true, nameEn: true } }),
    db.recognition.findMany({
      where: { companyId },
      select: { id: true, certificateNo: true, tier: true, year: true, status: true, validFrom: true, validUntil: true },
      orderBy: [{ validFrom: "desc" }],
      take: 50,
    }),
    db.programme.findMany({
      where: { opensOn: { lte: dateOf(today) }, closesOn: { gte: dateOf(today) }, OR: [{ regionCode: null }, { regionCode: company.provinceCode }] },
      select: { id: true, nameZh: true, nameEn: true, tier: true, year: true, regionCode: true, closesOn: true, cooloffYears: true },
      orderBy: [{ tier: "asc" }, { year: "desc" }],
    }),
    db.application.findMany({
      where: { companyId, status: { in: [...ACTIVE_APPLICATION_STATUSES] } },
      select: { id: true, programmeId: true, status: true },
    }),
  ]);

  const openProgrammes: OpenProgramme[] = [];
  for (const programme of programmes) {
    const current = active.find((a) => a.programmeId === programme.id);
    // An application begun before a title was revoked (or before the firm came to hold this
    // tier) is not offered for more filling in: the reason comes first, the file stays readable.
    const problem = await prerequisiteProblem(db, companyId, programme, today);
    let availability: ProgrammeAvailability = { kind: "open" };
    if (problem) availability = { kind: "blocked", reason: problem.bilingual, ...(current ? { applicationId: current.id } : {}) };
    else if (current) availability = { kind: "active", applicationId: current.id, status: current.status };
    const { cooloffYears: _unused, ...rest } = programme;
    openProgrammes.push({ ...rest, availability });
  }

  const pageSize = Math.min(Math.max(options.pageSize ?? 10, 1), 50);
  const total = await db.application.count({ where: { companyId } });
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1)), Math.max(1, Math.ceil(total / pageSize)));
  const pageRows = await db.application.findMany({
    where: { companyId },
    select: { id: true, tier: true, year: true, status: true, submittedAt: true, updatedAt: true, programme: { select: { nameZh: true, nameEn: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  const recognisedIds = pageRows.filter((r) => r.status === "recognised").map((r) => r.id);
  const titles = recognisedIds.length
    ? await db.recognition.findMany({
        where: { companyId, applicationId: { in: recognisedIds } },
        select: { id: true, applicationId: true, certificateNo: true, status: true, validUntil: true },
      })
    : [];
  const rows = pageRows.map((row) => {
    const title = titles.find((t) => t.applicationId === row.id);
    const availability = openProgrammes.find((p) => p.availability.kind === "blocked" && p.availability.applicationId === row.id)?.availability;
    return { ...row, title: title ? titleState(title, today) : null, blocked: availability?.kind === "blocked" ? availability.reason : null };
  });

  const nameOf = (code: string) => {
    const r = regions.find((x) => x.code === code);
    return { zh: r?.nameZh ?? code, en: r?.nameEn ?? code };
  };
  return {
    company: {
      id: company.id,
      creditCode: company.creditCode,
      nameZh: company.nameZh,
      nameEn: company.nameEn,
      industryCode: company.industryCode,
      contactName: company.contactName,
      contactEmail: company.contactEmail,
      contactPhone: company.contactPhone,
      regions: regionCodes.map(nameOf),
    },
    // A title past its end date reads as expired even before the nightly job marks it so.
    recognitions: recognitions.map((r) => ({ ...r, status: titleState(r, today).status })),
    // The calls that matter to this firm first: those it may apply to, its own province's, the tier it may seek next.
    programmes: byRelevance(
      openProgrammes,
      (p) => ({ tier: tierFromDb(p.tier), regionCode: p.regionCode, closesOn: isoOf(p.closesOn), offered: p.availability.kind !== "blocked" }),
      {
        provinceCode: company.provinceCode,
        heldValid: recognitions.filter((r) => isCurrentTitle(titleState(r, today))).map((r) => tierFromDb(r.tier)),
      },
    ),
    applications: { rows, total, page, pageSize },
  };
}
