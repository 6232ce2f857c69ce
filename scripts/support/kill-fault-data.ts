import { randomUUID } from "node:crypto";
import Papa from "papaparse";
import type { Actor } from "@/lib/auth/roles";
import { buildCreditCode } from "@/lib/company/credit-code";
import { prisma } from "@/lib/db/client";
import { addBatchEntries } from "@/lib/services/batches/batch-entries";
import { createBatch } from "@/lib/services/batches/create-batch";
import { publishNotice } from "@/lib/services/batches/publish-notice";
import { chinaDate } from "@/lib/calendar/today";

const FUZHOU = "350100";
const FUJIAN = "350000";
const CHUNK = 2_000;

async function actorFor(email: string): Promise<Actor> {
  const db = await prisma();
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, email: true, name: true, role: true, jurisdictionCode: true, companyId: true },
  });
  return user;
}

/**
 * A batch of `firms` approved applications on a programme of its own, put on notice three weeks
 * ago by the Fujian official, so that it can be announced today — the state the official finds
 * on /staff/batches just before pressing "announce". Built through the batch services.
 */
export async function prepareAnnounceableBatch(options: { firms: number; officialEmail: string }): Promise<{ batchId: string; size: number }> {
  const db = await prisma();
  const official = await actorFor(options.officialEmail);
  const programme = await db.programme.create({
    data: {
      code: `fault-kill-specialized-2026-${randomUUID().slice(0, 8)}`,
      tier: "specialized",
      year: 2026,
      regionCode: FUJIAN,
      nameZh: "福建省2026年专精特新中小企业（故障测试）",
      nameEn: "Fujian 2026 specialized SMEs (fault test)",
      ruleSetCode: "specialized-2026",
      opensOn: new Date("2026-01-01"),
      closesOn: new Date("2026-12-31"),
    },
    select: { id: true },
  });
  for (let start = 0; start < options.firms; start += CHUNK) {
    const companies = Array.from({ length: Math.min(CHUNK, options.firms - start) }, (_, k) => ({
      id: randomUUID(),
      creditCode: buildCreditCode("91", FUZHOU, `KB${String(start + k).padStart(7, "0")}`),
      nameZh: `福州故障测试${start + k}号科技有限公司`,
      regionCode: FUZHOU,
      cityCode: FUZHOU,
      provinceCode: FUJIAN,
      industryCode: "C34",
    }));
    await db.company.createMany({ data: companies });
    await db.application.createMany({
      data: companies.map((c) => ({
        companyId: c.id,
        programmeId: programme.id,
        tier: "specialized" as const,
        year: 2026,
        status: "approved" as const,
        score: 80,
        cityCode: FUZHOU,
        provinceCode: FUJIAN,
        submittedAt: new Date(),
        facts: {},
      })),
    });
  }
  const batch = await createBatch(official, { programmeId: programme.id });
  const { added } = await addBatchEntries(official, { batchId: batch.id, all: true });
  // Published three weeks ago on that day's clock (a notice cannot start in the past), so its
  // window has ended by today.
  const threeWeeksAgo = new Date(Date.now() - 21 * 86_400_000);
  await publishNotice(
    official,
    { batchId: batch.id, expectedVersion: (await batchState(batch.id)).version, noticeStart: chinaDate(threeWeeksAgo) },
    threeWeeksAgo,
  );
  return { batchId: batch.id, size: added };
}

export async function batchState(batchId: string) {
  const db = await prisma();
  return db.batch.findUniqueOrThrow({ where: { id: batchId }, select: { status: true, version: true, announcedOn: true } });
}

/** What the announcement wrote for a batch, counted the ways a partial announcement would show. */
export async function announceCounts(batchId: string) {
  const db = await prisma();
  const [recognitions, distinctFirms, entryEvents, recognisedApplications, batch] = await Promise.all([
    db.recognition.count({ where: { batchId } }),
    db.recognition.groupBy({ by: ["companyId"], where: { batchId } }).then((groups) => groups.length),
    db.recognitionEvent.count({ where: { kind: "entry", recognition: { batchId } } }),
    db.application.count({ where: { status: "recognised", batchEntries: { some: { batchId } } } }),
    batchState(batchId),
  ]);
  return { recognitions, distinctFirms, entryEvents, recognisedApplications, status: batch.status, version: batch.version };
}

const IMPORT_BATCHES = [
  { province: "浙江省", division: "330100", tier: "专精特新中小企业", batch: "第一批", year: 2024, announcedOn: "2024-06-28" },
  { province: "浙江省", division: "330200", tier: "专精特新中小企业", batch: "第二批", year: 2024, announcedOn: "2024-11-29" },
  { province: "广东省", division: "440100", tier: "创新型中小企业", batch: "第一批", year: 2025, announcedOn: "2025-07-15" },
  { province: "广东省", division: "440300", tier: "创新型中小企业", batch: "第二批", year: 2025, announcedOn: "2025-12-12" },
  { province: "江苏省", division: "320100", tier: "专精特新中小企业", batch: "第一批", year: 2025, announcedOn: "2025-09-30" },
  { province: "江苏省", division: "320500", tier: "专精特新中小企业", batch: "第二批", year: 2025, announcedOn: "2026-01-20" },
];

/** The credit code of row `i` of the generated list; "KM" marks the fault test's imported firms. */
const importCode = (i: number, division: string) => buildCreditCode("91", division, `KM${String(i).padStart(7, "0")}`);

/**
 * A published list of `rows` new firms spread over six provincial batches of three provinces
 * (none of which the demo data has), as an administrator would upload it on /admin/imports.
 */
export function generatedPublishedList(rows: number): { csv: string; codes: string[] } {
  const lines: (string | number)[][] = [["企业名称", "统一社会信用代码", "省份", "称号", "批次", "年度", "公告日期"]];
  const codes: string[] = [];
  for (let i = 0; i < rows; i++) {
    const b = IMPORT_BATCHES[i % IMPORT_BATCHES.length]!;
    const code = importCode(i, b.division);
    codes.push(code);
    lines.push([`导入故障测试${i}号有限公司`, code, b.province, b.tier, b.batch, b.year, b.announcedOn]);
  }
  return { csv: Papa.unparse(lines), codes };
}

/** What an import of the generated list wrote, found by the firms' credit codes. */
export async function importCounts(codes: string[]) {
  const db = await prisma();
  const companyIds: string[] = [];
  for (let i = 0; i < codes.length; i += 10_000) {
    const found = await db.company.findMany({ where: { creditCode: { in: codes.slice(i, i + 10_000) } }, select: { id: true } });
    companyIds.push(...found.map((c) => c.id));
  }
  const [row] = await db.$queryRawUnsafe<{ entries: bigint; recognitions: bigint; pairs: bigint; entry_events: bigint; batches: bigint }[]>(
    `SELECT (SELECT count(*) FROM batch_entry WHERE company_id = ANY($1::uuid[])) AS entries,
            (SELECT count(*) FROM recognition WHERE company_id = ANY($1::uuid[])) AS recognitions,
            (SELECT count(DISTINCT (batch_id, company_id)) FROM recognition WHERE company_id = ANY($1::uuid[])) AS pairs,
            (SELECT count(*) FROM recognition_event WHERE kind = 'entry' AND company_id = ANY($1::uuid[])) AS entry_events,
            (SELECT count(DISTINCT batch_id) FROM recognition WHERE company_id = ANY($1::uuid[])) AS batches`,
    companyIds,
  );
  return {
    companies: companyIds.length,
    entries: Number(row!.entries),
    recognitions: Number(row!.recognitions),
    distinctRecognitions: Number(row!.pairs),
    entryEvents: Number(row!.entry_events),
    batches: Number(row!.batches),
  };
}
