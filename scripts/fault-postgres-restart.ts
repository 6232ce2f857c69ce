/**
 * Fault test: restart the PostgreSQL server while the production build serves requests, and check
 * that the portal reports errors only briefly and recovers by itself, without being restarted.
 * `npm run test:faults` (needs a build: `npm run build`, root access to pg_ctlcluster, and a local
 * PostgreSQL server; it restarts that server, so run nothing else against it meanwhile).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readdirSync } from "node:fs";
import { stopProcessGroup } from "./support/process-group";
import { createScratchDatabase } from "./support/scratch-database";

const port = Number(process.env.FAULT_PORT ?? 3300);
const scratch = await createScratchDatabase(`sme_fault_${process.pid}`);
const env = {
  ...process.env,
  DATABASE_URL: scratch.url,
  NEXTAUTH_SECRET: "fault-test-secret-0123456789abcdef",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
};

function must(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

async function probe(path: string): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

let server: ChildProcess | undefined;
let exitCode = 1;
try {
  must("npx", ["tsx", "scripts/db-migrate.ts"]);
  must("npx", ["tsx", "scripts/seed.ts", "--companies", "300", "--no-national-batches"]);
  server = spawn("npx", ["tsx", "server.ts", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  for (let i = 0; i < 120 && !(await probe("/api/health")); i++) await new Promise((r) => setTimeout(r, 500));
  if (!(await probe("/api/health"))) throw new Error(`the portal did not come up on port ${port}`);

  const started = Date.now();
  const samples: { at: number; ok: boolean }[] = [];
  let restarted = false;
  while (Date.now() - started < 30_000) {
    const at = Date.now() - started;
    if (!restarted && at > 5_000) {
      restarted = true;
      const version = readdirSync("/etc/postgresql")[0]!;
      console.log(`restarting PostgreSQL ${version} at ${(at / 1000).toFixed(1)} s`);
      spawn("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "restart"], { stdio: "inherit" });
    }
    const results = await Promise.all(["/api/health", "/signin"].map(probe));
    samples.push({ at, ok: results.every(Boolean) });
    await new Promise((r) => setTimeout(r, 100));
  }

  const failures = samples.filter((s) => !s.ok);
  const lastFailure = failures.at(-1)?.at ?? 0;
  const tail = samples.filter((s) => s.at > 25_000);
  const recovered = tail.length > 0 && tail.every((s) => s.ok);
  const alive = server.exitCode === null;
  console.log(`requests: ${samples.length}, failed: ${failures.length}`);
  console.log(
    `errors from ${((failures[0]?.at ?? 0) / 1000).toFixed(1)} s to ${(lastFailure / 1000).toFixed(1)} s; recovered by itself: ${recovered}; server process still running: ${alive}`,
  );
  exitCode = recovered && alive && samples.some((s) => s.ok && s.at > lastFailure) ? 0 : 1;
  console.log(exitCode === 0 ? "PASS: the portal recovered from the database restart without a restart of its own" : "FAIL");
} finally {
  if (server) stopProcessGroup(server);
  for (let i = 0; i < 30; i++) {
    const ready = spawnSync("pg_isready", ["-h", "127.0.0.1", "-q"]).status === 0;
    if (ready) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  await scratch.drop().catch(() => undefined);
}
process.exit(exitCode);
