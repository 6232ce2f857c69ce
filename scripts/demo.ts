/**
 * The quick start: migrate the database (embedded PGlite in ./data unless DATABASE_URL is set),
 * seed the demo data on first run, build, and start the portal on http://localhost:3000.
 * Pass --reset to wipe the embedded database and seed again.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";

const reset = process.argv.includes("--reset");
const port = process.env.PORT ?? "3000";
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

if (reset && !env.DATABASE_URL) rmSync(path.join(dataDir, "pglite"), { recursive: true, force: true });

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
step("Building the portal", "npx", ["next", "build"]);
console.log(`\n▶ Starting the portal at http://localhost:${port}\n`);
const server = spawn("npx", ["tsx", "server.ts", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
