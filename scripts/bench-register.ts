/**
 * Public register benchmark: `npm run bench:register -- [--db pglite|postgres] [--companies N]
 *   [--connections 20] [--seconds 20] [--port 3290] [--reuse-data DIR_OR_URL]`
 *
 * 1. A database seeded at scale: PGlite in a fresh temporary folder, or (with --db postgres) a
 *    fresh database on the server named by DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres),
 *    migrated and seeded at the benchmark scale, `scripts/seed.ts --scale national` (about 150,000
 *    recognitions and 500,000 applications; --companies N changes the number of portal firms).
 *    --reuse-data skips seeding and uses an existing PGlite folder or PostgreSQL URL.
 * 2. The production build (NEXT_DIST_DIR, default .next-bench; built first if missing), started
 *    on 127.0.0.1 only.
 * 3. autocannon, N concurrent connections for S seconds each, on the /register page and on
 *    /api/v1/register, with a rotating mix of searches (name parts, credit-code prefixes,
 *    filters, deep pages); req/s and latency p50/p95/p99 from every response's own time.
 *    Each is measured with the caches (the default: the search cache and, for the HTML page, the
 *    public page cache of server.ts) and without them (REGISTER_CACHE_SECONDS=0 and
 *    PUBLIC_PAGE_CACHE_SECONDS=0: every request is rendered and reaches the database);
 *    --cache on|off|both picks. Beside them, once, the sign-in page, which reads nothing from the
 *    database: the rate any page of the build renders at.
 * 4. One full CSV export of the whole register, timed, with its row count.
 * --keep leaves the seeded database for a later --reuse-data; --server URL measures a portal
 * already running on this machine. Every request goes to this machine's loopback address; the
 * run stops by itself.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createScratchDatabase } from "./support/scratch-database";
import { existsSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: "pglite" },
    companies: { type: "string" },
    connections: { type: "string", default: "20" },
    seconds: { type: "string", default: "20" },
    port: { type: "string", default: "3290" },
    "reuse-data": { type: "string" },
    server: { type: "string" },
    keep: { type: "boolean", default: false },
    cache: { type: "string", default: "both" },
  },
});
const PORT = Number(values.port);
// --server measures a portal already running on this machine (loopback only), skipping set-up.
const BASE = values.server ? values.server.replace(/\/$/, "") : `http://127.0.0.1:${PORT}`;
if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(BASE))
  throw new Error("the benchmark only targets this machine (127.0.0.1, localhost, [::1])");
const CONNECTIONS = Number(values.connections);
const SECONDS = Number(values.seconds);
const DIST = process.env.NEXT_DIST_DIR || ".next-bench";

const log = (message: string) => console.log(`[bench-register] ${message}`);

function run(args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync("npx", args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`npx ${args.join(" ")} failed`);
}

async function prepareDatabase(): Promise<{ env: NodeJS.ProcessEnv; cleanup: () => Promise<void> }> {
  const base: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: DIST,
    // Pages read the session (the header shows who is signed in); next-auth needs a secret in production.
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "bench-register-secret-not-for-production-0123456789",
    NEXTAUTH_URL: BASE,
  };
  delete base.DATABASE_URL;
  delete base.PGLITE_DATA_DIR;
  const reuse = values["reuse-data"];
  if (values.db === "postgres") {
    if (reuse) return { env: { ...base, DATABASE_URL: reuse }, cleanup: async () => undefined };
    const scratch = await createScratchDatabase(`sme_bench_${Date.now().toString(36)}`, process.env.DATABASE_URL || undefined);
    const env = { ...base, DATABASE_URL: scratch.url };
    if (values.keep) log(`keeping the database: --reuse-data ${scratch.url}`);
    return { env, cleanup: async () => (values.keep ? undefined : scratch.drop()) };
  }
  if (reuse) return { env: { ...base, PGLITE_DATA_DIR: reuse }, cleanup: async () => undefined };
  const dir = mkdtempSync(path.join(tmpdir(), "sme-bench-"));
  if (values.keep) log(`keeping the data folder: --reuse-data ${dir}`);
  return { env: { ...base, PGLITE_DATA_DIR: dir }, cleanup: async () => (values.keep ? undefined : rmSync(dir, { recursive: true, force: true })) };
}

async function waitForServer(server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error("the server exited");
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error("the server did not start within 3 minutes");
}

/** Waits until nothing answers on the port, so the next server measured is the new one. */
async function untilStopped(): Promise<void> {
  for (let i = 0; i < 60; i++) {
    try {
      await fetch(`${BASE}/api/health`);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the previous server did not stop");
}

/**
 * A rotating mix of several hundred realistic searches: parts of names, credit-code prefixes,
 * every province by tier, years with later pages, sorts; wide enough that the cache is not
 * simply answering the same few questions.
 */
async function searchPaths(prefix: string): Promise<string[]> {
  const sample = (await (await fetch(`${BASE}/api/v1/register?pageSize=100&sort=name`)).json()) as {
    rows: { companyName: string; creditCode: string; provinceCode: string }[];
  };
  const names = sample.rows.flatMap((r) => [r.companyName.slice(2, 5), r.companyName.slice(0, 4)]);
  const codes = sample.rows.map((r) => r.creditCode.slice(0, 10));
  const provinces = [...new Set(sample.rows.map((r) => r.provinceCode))];
  const params = [
    "",
    "tier=little_giant",
    "status=active&sort=validUntil&dir=asc",
    "industry=C35&sort=name",
    "page=200",
    ...provinces.flatMap((p) => ["innovative", "specialized", "little_giant"].map((tier) => `tier=${tier}&province=${p}`)),
    ...provinces.map((p) => `province=${p}&status=expired`),
    ...[2019, 2020, 2021, 2022, 2023, 2024, 2025].flatMap((year) => [1, 2, 5, 10, 20].map((page) => `year=${year}&page=${page}`)),
    ...names.map((n) => `q=${encodeURIComponent(n)}`),
    ...codes.map((c) => `q=${c}`),
  ];
  return [...new Set(params)].map((p) => (p ? `${prefix}?${p}` : prefix));
}

interface Figures {
  target: string;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

const tableRow = (f: Figures, cache: string) => `| ${f.target} | ${cache} | ${f.requests} | ${f.errors} | ${f.rps} | ${f.p50} | ${f.p95} | ${f.p99} |`;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function measure(target: string, paths: string[]): Promise<Figures> {
  let next = 0;
  const times: number[] = [];
  let errors = 0;
  const statuses = new Map<number, number>();
  const instance = autocannon({
    url: BASE,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) }],
  });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    times.push(responseTime);
    statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
    if (statusCode >= 400) errors += 1;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  if (errors > 0) log(`${target}: status codes ${JSON.stringify(Object.fromEntries(statuses))}`);
  return {
    target,
    requests: times.length,
    errors: errors + result.errors + result.timeouts,
    rps: Math.round((times.length / SECONDS) * 10) / 10,
    p50: Math.round(percentile(times, 50)),
    p95: Math.round(percentile(times, 95)),
    p99: Math.round(percentile(times, 99)),
  };
}

async function timeExport(): Promise<{ rows: number; seconds: number; megabytes: number }> {
  const started = performance.now();
  const response = await fetch(`${BASE}/api/v1/register/export?format=csv`);
  if (!response.ok || !response.body) throw new Error(`export failed: ${response.status}`);
  let newlines = 0;
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (const byte of chunk) if (byte === 10) newlines += 1;
  }
  return { rows: newlines - 1, seconds: (performance.now() - started) / 1000, megabytes: bytes / 1_048_576 };
}

const { env, cleanup } = values.server ? { env: process.env, cleanup: async () => undefined } : await prepareDatabase();
let server: ChildProcess | null = null;
try {
  // A reused database gets any migration newer than it (idempotent).
  if (values["reuse-data"] && !values.server) run(["tsx", "scripts/db-migrate.ts"], env);
  if (!values["reuse-data"] && !values.server) {
    log(`${values.db}: migrating and seeding the national scale${values.companies ? ` with ${values.companies} portal firms` : ""}`);
    const started = Date.now();
    run(["tsx", "scripts/db-migrate.ts"], env);
    run(["tsx", "scripts/seed.ts", "--scale", "national", ...(values.companies ? ["--companies", values.companies] : [])], env);
    log(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  if (!values.server && !existsSync(path.join(DIST, "BUILD_ID"))) {
    log(`building into ${DIST}`);
    run(["next", "build"], env);
  }
  const modes = values.server ? ["as running"] : values.cache === "both" ? ["on", "off"] : [values.cache!];
  const rows: string[] = [];
  let total = 0;
  for (const mode of modes) {
    if (!values.server) {
      const serverLog = openSync(path.join(tmpdir(), `sme-bench-server-${PORT}.log`), "w");
      log(`server output: ${path.join(tmpdir(), `sme-bench-server-${PORT}.log`)} (caches ${mode})`);
      const cacheEnv = mode === "off" ? { REGISTER_CACHE_SECONDS: "0", PUBLIC_PAGE_CACHE_SECONDS: "0" } : {};
      server = spawn("npx", ["tsx", "server.ts", "-p", String(PORT), "-H", "127.0.0.1"], {
        env: { ...env, ...cacheEnv, NODE_ENV: "production" },
        stdio: ["ignore", serverLog, serverLog],
        detached: true,
      });
      await waitForServer(server);
    }
    total = ((await (await fetch(`${BASE}/api/v1/register?pageSize=20`)).json()) as { total: number }).total;
    log(`server up; the register holds ${total} recognitions`);
    // Warm up both routes once so the first measurement is not a cold start.
    await Promise.all([fetch(`${BASE}/register`), fetch(`${BASE}/api/v1/register`)]);
    const paths = { html: await searchPaths("/register"), json: await searchPaths("/api/v1/register") };
    log(`${paths.json.length} distinct searches`);
    for (const f of [await measure("/register (HTML)", paths.html), await measure("/api/v1/register (JSON)", paths.json)]) {
      rows.push(tableRow(f, mode));
    }
    if (mode === modes[0]) {
      // The sign-in page reads nothing from the database: what any page of this build costs to
      // render on this machine, the ceiling the register page is measured against.
      const f = await measure("/signin (HTML, no database work)", ["/signin"]);
      rows.push(tableRow(f, "n/a"));
    }
    if (server?.pid) {
      // SIGKILL: a graceful stop would wait for this script's own keep-alive connections.
      process.kill(-server.pid, "SIGKILL");
      await untilStopped();
    }
  }
  if (!values.server) {
    server = spawn("npx", ["tsx", "server.ts", "-p", String(PORT), "-H", "127.0.0.1"], {
      env: { ...env, NODE_ENV: "production" },
      stdio: "ignore",
      detached: true,
    });
    await waitForServer(server);
  }
  const exported = await timeExport();
  console.log(`\nRegister benchmark — ${values.server ? values.server : values.db}, ${total} recognitions, ${CONNECTIONS} connections × ${SECONDS} s`);
  console.log("| target | caches | requests | errors | req/s | p50 ms | p95 ms | p99 ms |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const row of rows) console.log(row);
  console.log(`\nFull CSV export: ${exported.rows} rows, ${exported.megabytes.toFixed(1)} MB in ${exported.seconds.toFixed(1)} s`);
} finally {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  await cleanup();
}
