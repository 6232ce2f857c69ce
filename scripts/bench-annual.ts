/**
 * Annual-data re-evaluation benchmark on PostgreSQL:
 *   DATABASE_URL=postgresql://… npx tsx scripts/bench-annual.ts [--recognitions 150000] [--data-year 2025]
 *
 * Without DATABASE_URL it creates (or reuses) the database `sme_bench_annual` on the local server
 * (TEST_POSTGRES_URL or postgresql://postgres@127.0.0.1:5432/postgres) and migrates it.
 *
 * Preparation (not timed): `npm run db:seed -- --companies N` seeds applications, and recognitions
 * only for its demo batches (about 20,000 with the national little-giant batches), so this script
 * tops the database up with synthetic recognised firms — each with the facts it was recognised on
 * (an application), the rule set it was recognised under and one annual report for the data year —
 * until N recognitions have a report for that year. The figures come from lib/seed/demo-facts
 * with a fixed seed; about one firm in six reports figures that fail a criterion.
 *
 * Options: --batch N (reports per read/write batch, default 10,000).
 *
 * Timed: lib/services/annual-reports/reevaluate-annual-reports over every report of the year
 * (batched keyset reads, compiled rule sets, one UPDATE … FROM unnest per batch). Target: < 30 s.
 */
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import { useDatabase } from "@/lib/db/client";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open-database";
import { createRandom, mixSeed } from "@/lib/demo/random";
import { demoFacts, type DemoProfile } from "@/lib/seed/demo-facts";
import { seedRuleSets } from "@/lib/seed/steps/seed-rule-sets";
import { reevaluateAnnualReports } from "@/lib/services/annual-reports/reevaluate-annual-reports";

const { values } = parseArgs({
  options: {
    recognitions: { type: "string", default: "150000" },
    "data-year": { type: "string", default: "2025" },
    batch: { type: "string", default: "10000" },
  },
});
const TARGET = Number(values.recognitions);
const DATA_YEAR = Number(values["data-year"]);
const CHUNK = 5_000;

async function databaseUrl(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const admin = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const client = new Client({ connectionString: admin });
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = 'sme_bench_annual'");
  if (exists.rowCount === 0) await client.query('CREATE DATABASE "sme_bench_annual"');
  await client.end();
  const url = new URL(admin);
  url.pathname = "/sme_bench_annual";
  return url.toString();
}

const url = await databaseUrl();
const db = await openDatabase({ kind: "postgres", url });
useDatabase(db);
try {
  await applyMigrations(db.sql, await readMigrations());
  if ((await db.prisma.ruleSet.count()) === 0) await seedRuleSets(db.prisma);
  if ((await db.prisma.region.count({ where: { code: "350100" } })) === 0) {
    await db.prisma.region.createMany({
      data: [
        { code: "350000", nameZh: "福建省", nameEn: "Fujian", level: "province" },
        { code: "350100", nameZh: "福州市", nameEn: "Fuzhou", level: "city", parentCode: "350000" },
      ],
      skipDuplicates: true,
    });
  }
  await topUp();
  await resetVerdicts();

  const asOf = `${DATA_YEAR + 1}-05-15`;
  console.log(`Re-evaluating every ${DATA_YEAR} annual report…`);
  const started = performance.now();
  const report = await reevaluateAnnualReports({ tx: db.prisma, sql: db.sql }, { dataYear: DATA_YEAR, asOf, batchSize: Number(values.batch) });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${report.reports.toLocaleString("en")} annual reports re-evaluated in ${seconds.toFixed(1)} s ` +
      `(${Math.round(report.reports / seconds).toLocaleString("en")}/s; target < 30 s): ${report.flagged.toLocaleString("en")} fail a criterion, ` +
      `${report.newlyFlagged.toLocaleString("en")} newly flagged; ${report.batches} batches; ` +
      `read ${(report.readMs / 1000).toFixed(1)} s, evaluate ${(report.evaluateMs / 1000).toFixed(1)} s, write ${(report.writeMs / 1000).toFixed(1)} s (read and write overlap evaluation).`,
  );
  if (seconds >= 30) process.exitCode = 1;
} finally {
  await db.close();
}

/**
 * Every run measures a first pass: earlier verdicts and flags of the year are wiped (not timed),
 * and the tables vacuumed so dead rows from the wipe do not slow the timed pass.
 */
async function resetVerdicts(): Promise<void> {
  const started = performance.now();
  await db.sql.exec(`
    UPDATE annual_report SET evaluation = NULL, flagged = false WHERE data_year = ${DATA_YEAR} AND (evaluation IS NOT NULL OR flagged);
    UPDATE recognition SET flagged_at = NULL, flag_reason = NULL WHERE flagged_at IS NOT NULL AND certificate_no LIKE 'BENCH-%';
    DELETE FROM recognition_event WHERE kind = 'flagged' AND reason_text = 'annual data re-evaluated';
  `);
  // VACUUM cannot run inside the implicit transaction of a multi-statement query.
  for (const table of ["annual_report", "recognition", "recognition_event"]) await db.sql.exec(`VACUUM ANALYZE ${table}`);
  console.log(`Earlier verdicts reset in ${((performance.now() - started) / 1000).toFixed(1)} s (not timed).`);
}

/** Adds synthetic recognised firms until TARGET recognitions have a report for DATA_YEAR. */
async function topUp(): Promise<void> {
  const have = await db.prisma.annualReport.count({ where: { dataYear: DATA_YEAR, recognition: { status: { in: ["active", "under_rereview"] } } } });
  if (have >= TARGET) {
    console.log(`${have.toLocaleString("en")} recognitions already have ${DATA_YEAR} reports; nothing to add.`);
    return;
  }
  const ruleSets = await db.prisma.ruleSet.findMany({
    where: { code: { in: ["innovative-2022", "specialized-2022", "little-giant-2022"] } },
    select: { id: true, code: true, tier: true },
  });
  const programme = await db.prisma.programme.upsert({
    where: { code: "bench-annual" },
    create: {
      code: "bench-annual",
      tier: "specialized",
      year: DATA_YEAR,
      regionCode: "350000",
      nameZh: "基准测试",
      nameEn: "Benchmark",
      ruleSetCode: "specialized-2022",
      opensOn: new Date(`${DATA_YEAR}-01-01`),
      closesOn: new Date(`${DATA_YEAR}-12-31`),
    },
    update: {},
    select: { id: true },
  });
  const start = await db.prisma.company.count({ where: { creditCode: { startsWith: "BENCH" } } });
  const missing = TARGET - have;
  console.log(`Adding ${missing.toLocaleString("en")} synthetic recognised firms with ${DATA_YEAR} reports (preparation, not timed)…`);
  const prepared = performance.now();
  for (let offset = 0; offset < missing; offset += CHUNK) {
    const n = Math.min(CHUNK, missing - offset);
    const rows = Array.from({ length: n }, (_, k) => {
      const i = start + offset + k;
      const random = createRandom(mixSeed(2026, i, 31));
      const ruleSet = ruleSets[i % ruleSets.length]!;
      // Recognised on strong figures (two years before the data year)…
      const base = demoFacts(random, DATA_YEAR, "strong", DATA_YEAR - 15);
      // …and reporting this year's figures: mostly still strong, some slipping.
      const profile: DemoProfile = random.chance(0.08) ? "weak" : random.chance(0.1) ? "typical" : "strong";
      const latest = demoFacts(random, DATA_YEAR + 1, profile, DATA_YEAR - 15);
      return {
        companyId: crypto.randomUUID(),
        applicationId: crypto.randomUUID(),
        recognitionId: crypto.randomUUID(),
        creditCode: `BENCH${String(i).padStart(13, "0")}`,
        ruleSet,
        base: JSON.stringify(base),
        report: JSON.stringify({ compliance: latest.compliance, financials: { [String(DATA_YEAR)]: latest.financials![String(DATA_YEAR)] }, ip: latest.ip }),
      };
    });
    await db.sql.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO company (id, credit_code, name_zh, region_code, city_code, province_code, industry_code)
         SELECT id, code, '基准企业' || code, '350100', '350100', '350000', 'C34' FROM unnest($1::uuid[], $2::text[]) AS v(id, code)`,
        [rows.map((r) => r.companyId), rows.map((r) => r.creditCode)],
      );
      await tx.query(
        `INSERT INTO application (id, company_id, programme_id, tier, year, status, facts, rule_set_id, city_code, province_code, updated_at)
         SELECT id, company_id, $4, tier::"Tier", ${DATA_YEAR - 1}, 'recognised', facts, rule_set_id, '350100', '350000', now()
         FROM unnest($1::uuid[], $2::uuid[], $3::jsonb[], $5::uuid[], $6::text[]) AS v(id, company_id, facts, rule_set_id, tier)`,
        [
          rows.map((r) => r.applicationId),
          rows.map((r) => r.companyId),
          rows.map((r) => r.base),
          programme.id,
          rows.map((r) => r.ruleSet.id),
          rows.map((r) => r.ruleSet.tier),
        ],
      );
      await tx.query(
        `INSERT INTO recognition (id, certificate_no, company_id, programme_id, application_id, rule_set_id, tier, year, status, valid_from, valid_until, province_code, city_code, industry_code)
         SELECT id, 'BENCH-' || code, company_id, $5, application_id, rule_set_id, tier::"Tier", ${DATA_YEAR - 1}, 'active', '${DATA_YEAR - 1}-10-01', '${DATA_YEAR + 2}-09-30', '350000', '350100', 'C34'
         FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $6::uuid[], $7::text[]) AS v(id, code, company_id, application_id, rule_set_id, tier)`,
        [
          rows.map((r) => r.recognitionId),
          rows.map((r) => r.creditCode),
          rows.map((r) => r.companyId),
          rows.map((r) => r.applicationId),
          programme.id,
          rows.map((r) => r.ruleSet.id),
          rows.map((r) => r.ruleSet.tier),
        ],
      );
      await tx.query(
        `INSERT INTO annual_report (id, recognition_id, company_id, data_year, facts)
         SELECT gen_random_uuid(), recognition_id, company_id, ${DATA_YEAR}, facts FROM unnest($1::uuid[], $2::uuid[], $3::jsonb[]) AS v(recognition_id, company_id, facts)`,
        [rows.map((r) => r.recognitionId), rows.map((r) => r.companyId), rows.map((r) => r.report)],
      );
    });
    process.stdout.write(`\r  ${(offset + n).toLocaleString("en")} / ${missing.toLocaleString("en")}`);
  }
  await db.sql.exec("ANALYZE annual_report; ANALYZE recognition; ANALYZE application;");
  console.log(`\n  prepared in ${((performance.now() - prepared) / 1000).toFixed(1)} s`);
}
