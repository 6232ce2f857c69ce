/**
 * `npm run test:fuzz [-- --rounds 5]`: explores new draws of the property-based tests.
 * `npm test` replays one fixed seed (tests/support/fast-check-seed.ts) so a commit is judged the
 * same way every run; this command runs every test file that uses fast-check again and again with
 * fresh random seeds, the integration ones on PGlite and, when reachable, on PostgreSQL. A failure
 * prints fast-check's seed; `FC_SEED=<seed> npx vitest run <file>` replays it.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { postgresReachable } from "./support/postgres-reachable";

const args = process.argv.slice(2);
const roundsAt = args.indexOf("--rounds");
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
if (!Number.isInteger(rounds) || rounds < 1) throw new Error("--rounds must be a whole number of at least 1");

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) && readFileSync(path, "utf8").includes('from "fast-check"') ? [path] : [];
  });
}

const unit = [...testFiles("tests/unit"), ...testFiles("tests/component")];
const integration = testFiles("tests/integration");
const databases = (await postgresReachable()) ? ["pglite", "postgres"] : ["pglite"];
const failed: string[] = [];

for (let round = 1; round <= rounds; round++) {
  const runs: Array<[string, string[], Record<string, string>]> = [
    ["unit and component", unit, {}],
    ...databases.map((db): [string, string[], Record<string, string>] => [
      `integration on ${db}`,
      integration,
      { TEST_DATABASE: db, TEST_RUN_ID: `fuzz${process.pid}r${round}` },
    ]),
  ];
  for (const [label, files, env] of runs) {
    if (files.length === 0) continue;
    console.log(`\n=== round ${round}/${rounds}: ${label} (${files.length} files, random seeds)`);
    const result = spawnSync("npx", ["vitest", "run", ...files], { stdio: "inherit", env: { ...process.env, ...env, FC_SEED: "random" } });
    if (result.status !== 0) failed.push(`round ${round}: ${label}`);
  }
}

console.log(failed.length === 0 ? `\n${rounds} rounds of fresh draws, no counterexample` : `\ncounterexamples in: ${failed.join("; ")}`);
process.exitCode = failed.length === 0 ? 0 : 1;
