/**
 * `npm test`: every suite, in order of speed, with one closing tally.
 * - typecheck; the audit of shipped dependencies against the vendored advisory snapshot and,
 *   where the registry offers it, npm audit (high/critical advisories fail it);
 * - lint: ESLint with Next.js's rules and the layer rules (docs/decisions/010), Prettier's check;
 * - unit and component tests (Vitest);
 * - integration tests on the embedded PGlite, then on a PostgreSQL server (required when CI is
 *   set or REQUIRE_POSTGRES=1; otherwise skipped with a notice if none is reachable);
 * - end-to-end tests in Debian's Chromium against a production build (Playwright).
 * Each suite writes a JSON report; the last line is "N passed, N failed, N skipped".
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, existsSync } from "node:fs";
import { postgresReachable } from "./support/postgres-reachable";

const reports = "test-results";
mkdirSync(reports, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures: string[] = [];
const only = process.argv.slice(2);
const wanted = (suite: string) => only.length === 0 || only.includes(suite);

function run(label: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n=== ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  const ok = result.status === 0;
  if (!ok) failures.push(label);
  return ok;
}

function countVitest(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
}

function countPlaywright(file: string) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  totals.passed += report.stats.expected + report.stats.flaky;
  totals.failed += report.stats.unexpected;
  totals.skipped += report.stats.skipped;
}

const vitest = ["vitest", "run", "--reporter=default", "--reporter=json"];

if (wanted("typecheck")) run("typecheck", "npx", ["tsc", "--noEmit", "-p", "."]);
if (wanted("lint")) {
  run("lint (ESLint: Next.js rules and the layer rules)", "npx", ["eslint", "--max-warnings", "0", "."]);
  run("formatting (Prettier)", "npx", ["prettier", "--check", "."]);
}
if (wanted("audit")) run("dependency audit (offline advisory snapshot, then npm audit --omit=dev)", "npx", ["tsx", "scripts/audit-deps.ts"]);

if (wanted("unit")) {
  run("unit and component tests", "npx", [...vitest, `--outputFile=${reports}/unit.json`, "--project", "unit", "--project", "component"]);
  countVitest(`${reports}/unit.json`);
}

if (wanted("integration")) {
  run("integration tests on PGlite", "npx", [...vitest, `--outputFile=${reports}/integration-pglite.json`, "--project", "integration"], {
    TEST_DATABASE: "pglite",
  });
  countVitest(`${reports}/integration-pglite.json`);

  const required = process.env.CI === "true" || process.env.REQUIRE_POSTGRES === "1";
  if (await postgresReachable()) {
    run("integration tests on PostgreSQL", "npx", [...vitest, `--outputFile=${reports}/integration-postgres.json`, "--project", "integration"], {
      TEST_DATABASE: "postgres",
      TEST_RUN_ID: String(process.pid),
    });
    countVitest(`${reports}/integration-postgres.json`);
  } else if (required) {
    console.error("PostgreSQL is required here (CI) but not reachable at TEST_POSTGRES_URL or 127.0.0.1:5432");
    failures.push("integration tests on PostgreSQL (server not reachable)");
  } else {
    console.log("\nNo PostgreSQL server reachable: the PostgreSQL run of the integration tests is skipped.");
  }
}

if (wanted("e2e")) {
  if (run("production build", "npm", ["run", "build"])) {
    run("end-to-end tests in Chromium", "npx", ["playwright", "test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/e2e.json` });
    countPlaywright(`${reports}/e2e.json`);
  }
}

console.log("");
if (failures.length > 0) console.log(`Failed suites: ${failures.join("; ")}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length > 0 || totals.failed > 0 ? 1 : 0);
