/**
 * Demo data: `npm run db:seed -- [--companies N] [--scale national] [--no-national-batches] [--if-empty] [--seed S]`.
 * `--scale national` is the benchmark register: 215,000 portal firms (unless --companies says
 * otherwise) and every province's 2025 lists with the applications behind them, about 150,000
 * recognitions and 500,000 applications.
 * Without --if-empty the demo tables are emptied first (the audit log is append-only, so a
 * database that already has audit entries is refused: start from a fresh one instead).
 */
import { parseArgs } from "node:util";
import { databaseConfig } from "@/lib/db/database-config";
import { openDatabase } from "@/lib/db/open-database";
import { DEFAULT_SEED_OPTIONS, seedDemo } from "@/lib/seed/seed-demo";
import { DEMO_ACCOUNTS } from "@/lib/seed/demo-accounts";

const { values } = parseArgs({
  options: {
    companies: { type: "string" },
    scale: { type: "string" },
    seed: { type: "string" },
    "if-empty": { type: "boolean", default: false },
    "no-national-batches": { type: "boolean", default: false },
  },
});

function printAccounts() {
  console.log("\nDemo accounts (email / password):");
  for (const account of DEMO_ACCOUNTS) {
    console.log(`  ${account.descriptionEn.padEnd(30)} ${account.email.padEnd(28)} ${account.password}`);
  }
  console.log("");
}

if (values.scale !== undefined && values.scale !== "national") {
  console.error(`Unknown --scale "${values.scale}": the one scale is "national".`);
  process.exit(2);
}
const national = values.scale === "national";
const db = await openDatabase(databaseConfig());
try {
  const existing = await db.prisma.company.count();
  if (existing > 0) {
    if (values["if-empty"]) {
      console.log(`The database already has demo data (${existing} companies); seeding skipped.`);
      printAccounts();
      process.exit(0);
    }
    console.error("The database already has data. Seed a fresh database (npm run demo -- --reset for the embedded one).");
    process.exit(1);
  }
  const started = Date.now();
  const report = await seedDemo(
    db.prisma,
    {
      ...DEFAULT_SEED_OPTIONS,
      companies: values.companies ? Number(values.companies) : national ? 215_000 : DEFAULT_SEED_OPTIONS.companies,
      provincialHistory: national,
      seed: values.seed ? Number(values.seed) : DEFAULT_SEED_OPTIONS.seed,
      nationalBatches: !values["no-national-batches"],
    },
    (message) => console.log(`  ${message}`),
  );
  console.log(
    `Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${report.companies} companies, ${report.applications} applications, ${report.recognitions} recognitions, ${report.batches} batches.`,
  );
  printAccounts();
} finally {
  await db.close();
}
