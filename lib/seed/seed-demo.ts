import type { Prisma, PrismaClient, Tier as DbTier } from "@/generated/prisma/client";
import { validityPeriod } from "@/lib/calendar/validity";
import { demoCompany, type DemoCompany } from "@/lib/demo/company-identity";
import { demoPersonName } from "@/lib/demo/people-names";
import { createRandom, mixSeed, type Random } from "@/lib/demo/random";
import { CHINA_PROVINCES } from "@/lib/regions";
import { BUILTIN_RULE_SETS, compileRuleSet, type CompiledRuleSet, evaluate, type Facts } from "@/lib/rules";
import type { ApplicationStatus, Tier } from "@/lib/workflow/application-lifecycle";
import { applicationHistory } from "./application-history";
import { DEMO_ACCOUNTS, DEMO_CITY, DEMO_PROVINCE, OTHER_CITY } from "./demo-accounts";
import { demoFacts, type DemoProfile } from "./demo-facts";
import { demoProgrammes } from "./demo-programmes";
import { insertInChunks } from "./insert-in-chunks";
import { NATIONAL_BATCHES } from "./national-batches";
import { seedCalendar } from "./steps/seed-calendar";
import { seedRegions } from "./steps/seed-regions";
import { seedRuleSets } from "./steps/seed-rule-sets";
import { seedSpecializedUser, seedUsers } from "./steps/seed-users";
import { addDays } from "@/lib/calendar/iso-date";
import { CHINA_MAINLAND_CALENDAR } from "@/lib/calendar/holiday-calendar";
import { levelDueOn, levelOfStatus } from "@/lib/domain/review-timing/level-timing";
import { NUMBER_SUBMITTED_APPLICATIONS_SQL } from "@/lib/services/applications/application-reference";

export interface SeedOptions {
  /** Firms that apply through the portal (the seven national batches add their own firms). */
  companies: number;
  /** Include the seven national little-giant batches 2019–2025 at their real sizes. */
  nationalBatches: boolean;
  /**
   * Every other province's 2025 innovative and specialized lists, with the applications behind
   * them (recognised and refused) and little-giant 2025 applications from their specialized
   * firms: what the benchmark scale (`--scale national`) needs to reach a national register.
   */
  provincialHistory?: boolean;
  seed: number;
  /** "Today" for the demo: decides which programmes are open and which titles have expired. */
  today: string;
}

export const DEFAULT_SEED_OPTIONS: SeedOptions = { companies: 600, nationalBatches: true, seed: 2026, today: "2026-11-22" };

type Log = (message: string) => void;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface SeedContext {
  db: PrismaClient;
  random: Random;
  options: SeedOptions;
  ruleSets: Map<string, { id: string; compiled: CompiledRuleSet }>;
  programmes: Map<string, { id: string; ruleSetCode: string; tier: DbTier; year: number }>;
  officials: Record<"municipal" | "provincial" | "ministry", Map<string | null, string>>;
  certificateSerial: number;
}

function companyRow(company: DemoCompany, index: number): Prisma.CompanyCreateManyInput {
  const contact = demoPersonName(index, 77);
  return {
    creditCode: company.creditCode,
    nameZh: company.nameZh,
    nameEn: company.nameEn,
    regionCode: company.divisionCode,
    cityCode: company.cityCode,
    provinceCode: company.provinceCode,
    industryCode: company.industryCode,
    foundedYear: company.foundedYear,
    contactName: contact.nameZh,
    contactPhone: `1${String(3_000_000_000 + ((index * 7_919) % 999_999_999)).slice(0, 10)}`,
    contactEmail: `contact${index}@example.cn`,
  };
}

/** Demo firms for the portal: Fuzhou and Xiamen firms first (the demo officials' cities), then the rest. */
function pickPortalCompanies(count: number, seed: number): DemoCompany[] {
  const quotas = new Map([
    [DEMO_CITY, Math.min(160, Math.ceil(count * 0.3))],
    [OTHER_CITY, Math.min(80, Math.ceil(count * 0.12))],
  ]);
  const localTarget = [...quotas.values()].reduce((a, b) => a + b, 0);
  const local: DemoCompany[] = [];
  const others: DemoCompany[] = [];
  for (let index = 0; local.length < localTarget || others.length < count - localTarget; index++) {
    const company = demoCompany(index, seed);
    const quota = quotas.get(company.cityCode);
    if (quota !== undefined) {
      if (quota > 0) {
        quotas.set(company.cityCode, quota - 1);
        local.push(company);
      }
    } else if (others.length < count - localTarget) {
      others.push(company);
    }
  }
  // The demo company account belongs to the first firm: a Fuzhou one.
  local.sort((a, b) => Number(b.cityCode === DEMO_CITY) - Number(a.cityCode === DEMO_CITY));
  return [...local, ...others];
}

async function loadRuleSets(ctx: SeedContext): Promise<void> {
  for (const [code, id] of await seedRuleSets(ctx.db)) {
    ctx.ruleSets.set(code, { id, compiled: compileRuleSet(BUILTIN_RULE_SETS.find((rs) => rs.code === code)!) });
  }
}

async function seedProgrammes(ctx: SeedContext): Promise<void> {
  const programmes = demoProgrammes();
  await ctx.db.programme.createMany({
    data: programmes.map((p) => ({
      code: p.code,
      tier: p.tier,
      year: p.year,
      regionCode: p.regionCode,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      ruleSetCode: p.ruleSetCode,
      ruleSetId: ctx.ruleSets.get(p.ruleSetCode)?.id ?? null,
      opensOn: day(p.opensOn),
      closesOn: day(p.closesOn),
      annualDataDeadline: p.annualDataDeadline,
      ...DEMO_REVIEW_DAYS(p.tier),
    })),
  });
  for (const row of await ctx.db.programme.findMany({ select: { id: true, code: true, ruleSetCode: true, tier: true, year: true } })) {
    ctx.programmes.set(row.code, row);
  }
}

async function loadOfficials(ctx: SeedContext): Promise<void> {
  const users = await ctx.db.user.findMany({
    where: { role: { in: ["municipal", "provincial", "ministry"] } },
    select: { id: true, role: true, jurisdictionCode: true },
  });
  for (const user of users) {
    const byRole = ctx.officials[user.role as "municipal" | "provincial" | "ministry"];
    if (!byRole.has(user.jurisdictionCode)) byRole.set(user.jurisdictionCode, user.id);
  }
}

/** The working days the demo's calls expect at each level: a little giant also waits at the ministry. */
const DEMO_REVIEW_DAYS = (tier: DbTier) => ({
  municipalReviewDays: 15,
  provincialReviewDays: 20,
  ministryReviewDays: tier === "little_giant" ? 30 : null,
  expertReviewDays: tier === "little_giant" ? 10 : null,
});

interface PlannedApplication {
  companyId: string;
  company: DemoCompany;
  programmeCode: string;
  status: ApplicationStatus;
  profile: DemoProfile;
  variant: number;
}

const PROFILE_FOR: Record<ApplicationStatus, DemoProfile[]> = {
  draft: ["typical", "strong", "weak"],
  municipal_review: ["typical", "strong", "weak"],
  provincial_review: ["strong", "typical"],
  ministry_review: ["strong"],
  returned: ["typical", "weak"],
  approved: ["strong"],
  recognised: ["strong"],
  rejected: ["weak"],
  withdrawn: ["typical", "weak"],
};

/** Inserts applications with their frozen evaluations, review trails and audit entries. */
async function insertApplications(ctx: SeedContext, planned: PlannedApplication[], detailed = planned.length): Promise<Map<number, string>> {
  const ids = new Map<number, string>();
  const applicationRows: Prisma.ApplicationCreateManyInput[] = [];
  const reviews: Prisma.ReviewCreateManyInput[] = [];
  const audits: Prisma.AuditLogCreateManyInput[] = [];
  const companyUsers = new Map(
    (await ctx.db.user.findMany({ where: { role: "company" }, select: { id: true, companyId: true } })).map((u) => [u.companyId, u.id]),
  );
  planned.forEach((plan, index) => {
    const programme = ctx.programmes.get(plan.programmeCode)!;
    const tier: Tier = programme.tier === "little_giant" ? "little-giant" : programme.tier;
    const random = createRandom(mixSeed(ctx.options.seed, index, 11));
    const facts: Facts = demoFacts(random, programme.year, plan.profile, plan.company.foundedYear);
    const submitted = plan.status !== "draft";
    const ruleSet = ctx.ruleSets.get(programme.ruleSetCode)!;
    const base = `${programme.year}-${String(5 + (index % 4)).padStart(2, "0")}-${String(1 + (index % 27)).padStart(2, "0")}`;
    const titlesHeld =
      tier === "specialized"
        ? { innovative: true, innovativeValidUntil: `${programme.year + 2}-09-14` }
        : tier === "little-giant"
          ? { innovative: true, innovativeValidUntil: `${programme.year + 1}-09-14`, specialized: true, specializedValidUntil: `${programme.year + 2}-10-19` }
          : {};
    const evaluation = submitted ? evaluate(ruleSet.compiled, { ...facts, titlesHeld }, { applicationYear: programme.year, asOf: base }) : null;
    const judgedEligible = evaluation?.outcome === "eligible" ? true : evaluation?.outcome === "not-eligible" ? false : null;
    const history = applicationHistory(plan.status, tier, plan.variant, judgedEligible);
    const id = crypto.randomUUID();
    ids.set(index, id);
    const lastReturn = [...history.steps].reverse().find((s) => s.action === "return");
    // A file still waiting at a level arrived there in the weeks before the demo's today, so the
    // queues show files on time, due soon and overdue; every other file keeps its programme's dates.
    const level = levelOfStatus(history.status);
    const arrivedOn = addDays(ctx.options.today, -(index % 25));
    const stepBase = level && arrivedOn > addDays(base, 3 * (history.steps.length - 1)) ? addDays(arrivedOn, -3 * (history.steps.length - 1)) : base;
    const lastStepOn = addDays(stepBase, 3 * (history.steps.length - 1));
    const expected = level ? DEMO_REVIEW_DAYS(programme.tier)[`${level}ReviewDays`] : null;
    const decided = history.steps.find((s) => s.to === "approved" || s.to === "rejected");
    applicationRows.push({
      id,
      companyId: plan.companyId,
      programmeId: programme.id,
      tier: programme.tier,
      year: programme.year,
      status: history.status,
      version: 1 + history.steps.length,
      facts: facts as Prisma.InputJsonValue,
      // The demo stores no evidence files, and the documents section counts as finished only with one
      // (save-draft.ts), so it is never marked complete here.
      sectionState: {
        ...Object.fromEntries(
          ["company", "financials", "rd-ip", "market", "certifications-awards", "declarations"].map((s) => [s, submitted ? "complete" : "in-progress"]),
        ),
        documents: "in-progress",
      },
      ruleSetId: submitted ? ruleSet.id : null,
      // Benchmark-sized seeds keep the full explanation (~19 KB each) only for the first files.
      evaluation: index < detailed ? ((evaluation ?? undefined) as unknown as Prisma.InputJsonValue | undefined) : undefined,
      outcome: evaluation?.outcome ?? null,
      score: evaluation?.score?.total ?? null,
      returnedByLevel: history.returnedByLevel,
      reopenSections: history.status === "returned" ? (lastReturn?.sections ?? []) : undefined,
      cityCode: plan.company.cityCode,
      provinceCode: plan.company.provinceCode,
      submittedAt: submitted ? day(stepBase) : null,
      levelArrivedAt: level ? day(lastStepOn) : null,
      levelDueOn: level && expected ? day(levelDueOn(lastStepOn, expected, CHINA_MAINLAND_CALENDAR)) : null,
      decidedAt: decided ? day(addDays(base, 3 * (history.steps.indexOf(decided) + 1))) : null,
    });
    history.steps.forEach((step, stepIndex) => {
      const at = day(addDays(stepBase, 3 * stepIndex));
      const actorId =
        step.actor === "company"
          ? (companyUsers.get(plan.companyId) ?? null)
          : step.actor === "municipal"
            ? (ctx.officials.municipal.get(plan.company.cityCode) ?? null)
            : step.actor === "provincial"
              ? (ctx.officials.provincial.get(plan.company.provinceCode) ?? null)
              : step.actor === "ministry"
                ? (ctx.officials.ministry.get(null) ?? null)
                : null;
      const actorRole = step.actor === "system" ? "administrator" : step.actor;
      reviews.push({
        applicationId: id,
        actorId,
        actorRole,
        action: step.action,
        fromStatus: step.from,
        toStatus: step.to,
        reason: step.reason,
        sections: step.sections ?? undefined,
        createdAt: at,
      });
      const data =
        step.sections || step.overrides.length > 0
          ? { ...(step.sections ? { sections: step.sections } : {}), ...(step.overrides.length > 0 ? { override: [...step.overrides] } : {}) }
          : undefined;
      audits.push({
        at,
        actorId,
        actorRole: step.actor,
        action: `application.${step.action}`,
        entityType: "application",
        entityId: id,
        fromStatus: step.from,
        toStatus: step.to,
        reason: step.reason,
        data,
      });
    });
  });
  await insertInChunks(applicationRows, (chunk) => ctx.db.application.createMany({ data: chunk }), 500);
  // Every submitted file has its reference number, as a submission in the portal gives it.
  await ctx.db.$executeRawUnsafe(NUMBER_SUBMITTED_APPLICATIONS_SQL);
  await insertInChunks(reviews, (chunk) => ctx.db.review.createMany({ data: chunk }));
  await insertInChunks(audits, (chunk) => ctx.db.auditLog.createMany({ data: chunk }));
  return ids;
}

function nextCertificate(ctx: SeedContext, prefix: string, year: number): string {
  ctx.certificateSerial += 1;
  return `${prefix}-${year}-${String(ctx.certificateSerial).padStart(6, "0")}`;
}

interface AnnouncedFirm {
  companyId: string;
  company: Pick<DemoCompany, "provinceCode" | "cityCode" | "industryCode">;
  applicationId?: string;
}

/**
 * An announced batch with its recognitions and entry events; titles whose validity has ended
 * by `today` are renewed (most) or expired, so each firm's history has entries and exits.
 */
async function insertAnnouncedBatch(
  ctx: SeedContext,
  batch: {
    programmeCode: string;
    tier: DbTier;
    year: number;
    authorityCode: string | null;
    ordinal: number;
    titleZh: string;
    titleEn: string;
    noticeStart: string;
    noticeEnd: string;
    announcedOn: string;
    certificatePrefix: string;
  },
  firms: AnnouncedFirm[],
): Promise<void> {
  const programme = ctx.programmes.get(batch.programmeCode)!;
  const created = await ctx.db.batch.create({
    data: {
      programmeId: programme.id,
      tier: batch.tier,
      year: batch.year,
      authorityCode: batch.authorityCode,
      ordinal: batch.ordinal,
      titleZh: batch.titleZh,
      titleEn: batch.titleEn,
      status: "announced",
      noticeStart: day(batch.noticeStart),
      noticeEnd: day(batch.noticeEnd),
      announcedOn: day(batch.announcedOn),
    },
    select: { id: true },
  });
  const validity = validityPeriod(batch.announcedOn, 3);
  const entries: Prisma.BatchEntryCreateManyInput[] = [];
  const recognitions: Prisma.RecognitionCreateManyInput[] = [];
  const events: Prisma.RecognitionEventCreateManyInput[] = [];
  firms.forEach((firm, index) => {
    const id = crypto.randomUUID();
    const random = createRandom(mixSeed(ctx.options.seed, batch.ordinal, index, 97));
    let status: "active" | "expired" | "revoked" = "active";
    let validUntil = validity.end;
    events.push({ recognitionId: id, companyId: firm.companyId, kind: "entry", reasonText: batch.titleZh, occurredOn: day(batch.announcedOn) });
    if (validity.end < ctx.options.today) {
      if (random.chance(0.75)) {
        const renewed = validityPeriod(addDays(validity.end, 1), 3);
        validUntil = renewed.end;
        events.push({ recognitionId: id, companyId: firm.companyId, kind: "renewed", reasonText: "复核通过，有效期延续三年", occurredOn: day(renewed.start) });
        if (renewed.end < ctx.options.today) {
          status = "expired";
          events.push({ recognitionId: id, companyId: firm.companyId, kind: "expired", reasonText: "有效期届满", occurredOn: day(addDays(renewed.end, 1)) });
        }
      } else {
        status = "expired";
        events.push({
          recognitionId: id,
          companyId: firm.companyId,
          kind: "expired",
          reasonText: "有效期届满未通过复核",
          occurredOn: day(addDays(validity.end, 1)),
        });
      }
    } else if (random.chance(0.004)) {
      status = "revoked";
      const reason = random.pick(["falsified_data", "serious_dishonesty", "major_safety_accident", "tax_evasion"] as const);
      events.push({
        recognitionId: id,
        companyId: firm.companyId,
        kind: "revoked",
        reasonCategory: reason,
        reasonText: "经核实撤销认定",
        occurredOn: day(addDays(batch.announcedOn, 200 + (index % 300))),
      });
    }
    recognitions.push({
      id,
      certificateNo: nextCertificate(ctx, batch.certificatePrefix, batch.year),
      companyId: firm.companyId,
      programmeId: programme.id,
      batchId: created.id,
      applicationId: firm.applicationId ?? null,
      ruleSetId: ctx.ruleSets.get(programme.ruleSetCode)?.id ?? null,
      tier: batch.tier,
      year: batch.year,
      status,
      validFrom: day(validity.start),
      validUntil: day(validUntil),
      provinceCode: firm.company.provinceCode,
      cityCode: firm.company.cityCode,
      industryCode: firm.company.industryCode,
    });
    entries.push({ batchId: created.id, companyId: firm.companyId, applicationId: firm.applicationId ?? null });
  });
  await insertInChunks(entries, (chunk) => ctx.db.batchEntry.createMany({ data: chunk }));
  await insertInChunks(recognitions, (chunk) => ctx.db.recognition.createMany({ data: chunk }));
  await insertInChunks(events, (chunk) => ctx.db.recognitionEvent.createMany({ data: chunk }));
}

async function insertCompanies(ctx: SeedContext, companies: DemoCompany[], offset: number): Promise<string[]> {
  const rows = companies.map((c, i) => ({ id: crypto.randomUUID(), ...companyRow(c, offset + i) }));
  await insertInChunks(rows, (chunk) => ctx.db.company.createMany({ data: chunk }));
  return rows.map((r) => r.id);
}

/**
 * 2025 in every province but the demo one (which the demo builds by hand above): 45% of the
 * province's portal firms are recognised as innovative (the rest refused or withdrawn), 70% of
 * those apply for specialized and 55% of them are recognised; those then apply for the national
 * little-giant list of 2025 and are not on it (the national batches bring their own firms).
 */
async function seedProvincialHistory(
  ctx: SeedContext,
  firms: { company: DemoCompany; companyId: string }[],
): Promise<{ applications: number; batches: number }> {
  const byProvince = new Map<string, typeof firms>();
  for (const firm of firms) {
    if (firm.company.provinceCode === DEMO_PROVINCE) continue;
    const list = byProvince.get(firm.company.provinceCode);
    if (list) list.push(firm);
    else byProvince.set(firm.company.provinceCode, [firm]);
  }
  let applications = 0;
  let batches = 0;
  // Historical files keep outcome and score, not the ~19 KB explanation each (as benchmark-sized 2026 files do).
  const refused: ApplicationStatus[] = ["rejected", "rejected", "withdrawn"];
  for (const [province, local] of byProvince) {
    const innovative = local.filter((_, i) => i % 20 < 9);
    const innovativeIds = await insertApplications(
      ctx,
      local.map((f, i) => ({
        ...f,
        programmeCode: `innovative-${province}-2025`,
        status: i % 20 < 9 ? "recognised" : refused[i % 3]!,
        profile: i % 20 < 9 ? "strong" : "weak",
        variant: i,
      })),
      0,
    );
    const recognisedIndex = local.flatMap((_, i) => (i % 20 < 9 ? [i] : []));
    const applicants = innovative.filter((_, i) => i % 10 < 7);
    const specialized = applicants.filter((_, i) => i % 20 < 11);
    const specializedIds = await insertApplications(
      ctx,
      applicants.map((f, i) => ({
        ...f,
        programmeCode: `specialized-${province}-2025`,
        status: i % 20 < 11 ? "recognised" : refused[i % 3]!,
        profile: i % 20 < 11 ? "strong" : "weak",
        variant: i,
      })),
      0,
    );
    const specializedIndex = applicants.flatMap((_, i) => (i % 20 < 11 ? [i] : []));
    const littleGiant = await insertApplications(
      ctx,
      specialized.map((f, i) => ({ ...f, programmeCode: "little-giant-2025", status: "rejected", profile: "weak", variant: i })),
      0,
    );
    applications += innovativeIds.size + specializedIds.size + littleGiant.size;
    const name = CHINA_PROVINCES.find((p) => p.code === province)!;
    await insertAnnouncedBatch(
      ctx,
      {
        programmeCode: `innovative-${province}-2025`,
        tier: "innovative",
        year: 2025,
        authorityCode: province,
        ordinal: 1,
        titleZh: `${name.nameZh}2025年创新型中小企业名单`,
        titleEn: `${name.nameEn} 2025 innovative SMEs`,
        noticeStart: "2025-09-01",
        noticeEnd: "2025-09-05",
        announcedOn: "2025-09-15",
        certificatePrefix: `CX${province.slice(0, 2)}`,
      },
      innovative.map((f, i) => ({ companyId: f.companyId, company: f.company, applicationId: innovativeIds.get(recognisedIndex[i]!)! })),
    );
    await insertAnnouncedBatch(
      ctx,
      {
        programmeCode: `specialized-${province}-2025`,
        tier: "specialized",
        year: 2025,
        authorityCode: province,
        ordinal: 1,
        titleZh: `${name.nameZh}2025年专精特新中小企业名单`,
        titleEn: `${name.nameEn} 2025 specialized SMEs`,
        noticeStart: "2025-10-09",
        noticeEnd: "2025-10-15",
        announcedOn: "2025-10-20",
        certificatePrefix: `ZJTX${province.slice(0, 2)}`,
      },
      specialized.map((f, i) => ({ companyId: f.companyId, company: f.company, applicationId: specializedIds.get(specializedIndex[i]!)! })),
    );
    batches += 2;
  }
  return { applications, batches };
}

const STATUS_MIX: ApplicationStatus[] = [
  "draft",
  "municipal_review",
  "municipal_review",
  "municipal_review",
  "provincial_review",
  "provincial_review",
  "returned",
  "approved",
  "rejected",
  "withdrawn",
  "municipal_review",
  "provincial_review",
];

/** Applications that keep their full stored evaluation in benchmark-sized seeds. */
const DETAILED_APPLICATIONS = 1_500;

export interface SeedReport {
  regions: number;
  companies: number;
  applications: number;
  recognitions: number;
  batches: number;
  accounts: typeof DEMO_ACCOUNTS;
}

export async function seedDemo(db: PrismaClient, options: SeedOptions = DEFAULT_SEED_OPTIONS, log: Log = () => undefined): Promise<SeedReport> {
  const ctx: SeedContext = {
    db,
    random: createRandom(options.seed),
    options,
    ruleSets: new Map(),
    programmes: new Map(),
    officials: { municipal: new Map(), provincial: new Map(), ministry: new Map() },
    certificateSerial: 0,
  };
  const regions = await seedRegions(db);
  await seedCalendar(db);
  log(`regions ${regions}, holiday calendar`);
  await loadRuleSets(ctx);
  await seedProgrammes(ctx);
  log(`rule sets ${ctx.ruleSets.size}, programmes ${ctx.programmes.size}`);

  // Portal firms: the first Fuzhou firm is the demo company account's.
  const portal = pickPortalCompanies(options.companies, options.seed);
  const portalIds = await insertCompanies(ctx, portal, 0);
  await seedUsers(db, portalIds[0]!);
  await loadOfficials(ctx);
  log(`companies ${portal.length}, demo accounts ${DEMO_ACCOUNTS.length}`);

  // 2025 in Fujian: innovative and specialized batches, announced, from applications.
  const fujian = portal.map((c, i) => ({ company: c, companyId: portalIds[i]! })).filter((f) => f.company.provinceCode === DEMO_PROVINCE);
  const innovative2025 = fujian.slice(0, Math.ceil(fujian.length * 0.45));
  const specialized2025 = innovative2025.slice(1, 1 + Math.ceil(innovative2025.length * 0.35));
  let applications = 0;
  const announce = async (
    firms: typeof fujian,
    programmeCode: string,
    tier: DbTier,
    ordinal: number,
    dates: [string, string, string],
    prefix: string,
    titles: [string, string],
  ) => {
    const ids = await insertApplications(
      ctx,
      firms.map((f, i) => ({ ...f, programmeCode, status: "recognised", profile: "strong", variant: i })),
    );
    applications += ids.size;
    await insertAnnouncedBatch(
      ctx,
      {
        programmeCode,
        tier,
        year: 2025,
        authorityCode: DEMO_PROVINCE,
        ordinal,
        titleZh: titles[0],
        titleEn: titles[1],
        noticeStart: dates[0],
        noticeEnd: dates[1],
        announcedOn: dates[2],
        certificatePrefix: prefix,
      },
      firms.map((f, i) => ({ companyId: f.companyId, company: f.company, applicationId: ids.get(i)! })),
    );
  };
  // Specialized 2025 firms hold an innovative title first (from the 2025 innovative batch).
  await announce(innovative2025, `innovative-${DEMO_PROVINCE}-2025`, "innovative", 1, ["2025-09-01", "2025-09-05", "2025-09-15"], "FJCX", [
    "福建省2025年创新型中小企业名单",
    "Fujian 2025 innovative SMEs",
  ]);
  await announce(specialized2025, `specialized-${DEMO_PROVINCE}-2025`, "specialized", 1, ["2025-10-09", "2025-10-15", "2025-10-20"], "FJZJTX", [
    "福建省2025年专精特新中小企业名单",
    "Fujian 2025 specialized SMEs",
  ]);

  // One Fuzhou specialized firm keeps its 2026 little-giant application to make through the portal.
  const specializedDemo = specialized2025.find((f) => f.company.cityCode === DEMO_CITY) ?? specialized2025[0]!;
  await seedSpecializedUser(db, specializedDemo.companyId);

  // 2026: applications in every status, at every tier, for the demo officials to work on.
  const specializedSet = new Set(specialized2025.map((f) => f.companyId));
  const innovativeOnly = innovative2025.filter((f) => !specializedSet.has(f.companyId) && f.companyId !== portalIds[0]);
  const plans: PlannedApplication[] = [];
  const add = (firm: { company: DemoCompany; companyId: string }, programmeCode: string, status: ApplicationStatus, variant: number) =>
    plans.push({ ...firm, programmeCode, status, profile: PROFILE_FOR[status][variant % PROFILE_FOR[status].length]!, variant });
  specialized2025.forEach(
    (f, i) =>
      f !== specializedDemo &&
      add(
        f,
        "little-giant-2026",
        (["ministry_review", "provincial_review", "municipal_review", "approved", "returned", "ministry_review", "rejected"] as const)[i % 7]!,
        i,
      ),
  );
  innovativeOnly.forEach((f, i) => add(f, `specialized-${DEMO_PROVINCE}-2026`, STATUS_MIX[i % STATUS_MIX.length]!, i));
  const applied = new Set([...specializedSet, ...innovativeOnly.map((f) => f.companyId), ...innovative2025.map((f) => f.companyId)]);
  portal.forEach((company, i) => {
    const companyId = portalIds[i]!;
    if (applied.has(companyId) || i === 0) return;
    add({ company, companyId }, `innovative-${company.provinceCode}-2026`, STATUS_MIX[i % STATUS_MIX.length]!, i);
  });
  applications += (await insertApplications(ctx, plans, DETAILED_APPLICATIONS)).size;
  log(`applications ${applications}`);

  let batches = 2;
  if (options.provincialHistory) {
    const history = await seedProvincialHistory(
      ctx,
      portal.map((company, i) => ({ company, companyId: portalIds[i]! })),
    );
    applications += history.applications;
    batches += history.batches;
    log(`provincial lists 2025: ${history.batches} batches, ${history.applications} applications`);
  }
  if (options.nationalBatches) {
    let offset = portal.length;
    const seen = new Set(portal.map((c) => c.creditCode));
    for (const batch of NATIONAL_BATCHES) {
      const firms: DemoCompany[] = [];
      for (let index = 1_000_000 + offset; firms.length < batch.size; index++) {
        const company = demoCompany(index, options.seed);
        if (!seen.has(company.creditCode)) firms.push(company);
      }
      const ids = await insertCompanies(ctx, firms, offset);
      offset += firms.length;
      await insertAnnouncedBatch(
        ctx,
        {
          programmeCode: `little-giant-${batch.year}`,
          tier: "little_giant",
          year: batch.year,
          authorityCode: null,
          ordinal: batch.ordinal,
          titleZh: batch.titleZh,
          titleEn: batch.titleEn,
          noticeStart: batch.noticeStart,
          noticeEnd: batch.noticeEnd,
          announcedOn: batch.announcedOn,
          certificatePrefix: "XJR",
        },
        firms.map((company, i) => ({ companyId: ids[i]!, company })),
      );
      batches += 1;
      log(`national batch ${batch.ordinal} (${batch.year}): ${firms.length} firms`);
    }
  }
  // Planner statistics for the bulk-loaded tables: without them every query is planned as if the
  // tables were empty (PGlite has no autovacuum to gather them later).
  await db.$executeRawUnsafe("ANALYZE");
  const [companies, recognitions] = await Promise.all([db.company.count(), db.recognition.count()]);
  return { regions, companies, applications, recognitions, batches, accounts: DEMO_ACCOUNTS };
}
