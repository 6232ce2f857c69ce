/**
 * The quick start: migrate the database (embedded PGlite in ./data unless DATABASE_URL is set),
 * seed the demo data on first run, build, and start the portal on http://localhost:3000.
 *   --reset      wipe the embedded database and seed again
 *   --port N     listen on another port (or PORT=N)
 *   --no-build   start on the build already made (`npm run build`), e.g. a second time
 * DEMO_CLOCK_START=<instant> runs the portal on a demonstration clock (docs/decisions/030).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { demoClockProblem } from "@/lib/calendar/today";
import { databaseConfig } from "@/lib/db/database-config";

const { values: options } = parseArgs({
  options: { reset: { type: "boolean" }, port: { type: "string", short: "p" }, "no-build": { type: "boolean" } },
});
const reset = options.reset === true;
const port = options.port ?? process.env.PORT ?? "3000";
if (!/^\d{2,5}$/.test(port)) {
  console.error(`✖ --port "${port}" is not a port number`);
  process.exit(1);
}
const clockProblem = demoClockProblem();
if (clockProblem) {
  console.error(`✖ ${clockProblem}`);
  process.exit(1);
}
if (options["no-build"] && !existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
  console.error("✖ --no-build needs a build: run `npm run build` first, or leave --no-build out");
  process.exit(1);
}
const dataDir = path.join(process.cwd(), "data");
mkdirSync(dataDir, { recursive: true });

// A local secret for signing sessions, made once and kept beside the embedded database.
const secretFile = path.join(dataDir, "auth-secret");
if (!process.env.NEXTAUTH_SECRET && !existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString("hex"), { mode: 0o600 });
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? readFileSync(secretFile, "utf8").trim(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
};

const database = databaseConfig(env);
if (reset && database.kind === "pglite" && database.dataDir) rmSync(database.dataDir, { recursive: true, force: true });

function step(label: string, command: string, args: string[]) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

step("Applying database migrations", "npx", ["tsx", "scripts/db-migrate.ts"]);
step("Seeding demo data (skipped when already seeded)", "npx", ["tsx", "scripts/seed.ts", "--if-empty"]);
if (!options["no-build"]) step("Building the portal", "npx", ["next", "build"]);
console.log(`\n▶ Starting the portal at http://localhost:${port}\n`);
const server = spawn("npx", ["tsx", "server.ts", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
