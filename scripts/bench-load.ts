/**
 * `npm run bench:load`: many simulated users against the production build on PostgreSQL for a
 * fixed time — the public searching the register, companies saving drafts, officials deciding
 * files — then prints throughput, latency percentiles and errors, and checks that every write
 * the portal acknowledged is in the database. It runs one phase per number of deciding officials
 * (10, 20, 40), each beside the same searches and saves, and prints per phase the decision p95
 * against the save p95, the share of sampled active backends waiting on a lock (pg_stat_activity
 * once a second) and the audit sequencer's rows/s and lag (run here once a second, as the job
 * would be); then checks the whole audit log and times each step of a decision in-process.
 *
 * Needs a build (`npm run build`) and a PostgreSQL server (TEST_POSTGRES_URL or local). Options
 * (env): LOAD_SECONDS (30 per phase), LOAD_PUBLIC (20), LOAD_COMPANIES (20), LOAD_OFFICIALS
 * (10,20,40: one phase per number).
 */
import { spawn, spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { builtServerActions } from "./support/built-server-actions";
import { HttpSession, percentile } from "./support/http-session";
import { startActivitySampler, startSequencerLoop, summariseActivity } from "./support/load-monitor";
import { stopProcessGroup } from "./support/process-group";
import { createScratchDatabase } from "./support/scratch-database";

const port = Number(process.env.LOAD_PORT ?? 3400);
const seconds = Number(process.env.LOAD_SECONDS ?? 30);
const officialPhases = (process.env.LOAD_OFFICIALS ?? "10,20,40").split(",").map(Number);
const counts = { public: Number(process.env.LOAD_PUBLIC ?? 20), company: Number(process.env.LOAD_COMPANIES ?? 20), official: Math.max(...officialPhases) };
const origin = `http://127.0.0.1:${port}`;
const password = "Load#2026-test";
const scratch = await createScratchDatabase(`sme_load_${process.pid}`);
process.env.DATABASE_URL = scratch.url;
// The sequencer signs tree heads in this process; a throwaway key for a throwaway database.
process.env.AUDIT_SIGNING_KEY = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
const env = {
  ...process.env,
  DATABASE_URL: scratch.url,
  NEXTAUTH_SECRET: "load-test-secret-0123456789abcdef",
  NEXTAUTH_URL: origin,
  NEXT_TELEMETRY_DISABLED: "1",
};

function must(args: string[]) {
  const result = spawnSync("npx", ["tsx", ...args], { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed`);
}

const actions = builtServerActions();
const saveDraft = actions.find((a) => a.key === "lib/actions/company/save-draft.ts#saveDraftAction");
const decide = actions.find((a) => a.key === "lib/actions/review/decide-application.ts#decideApplicationAction");
if (!saveDraft || !decide) throw new Error("the build does not expose the save-draft and decide actions: run npm run build first");

let server: ReturnType<typeof spawn> | undefined;
let exitCode = 1;
try {
  console.log("preparing: migrate, seed, load accounts and files …");
  must(["scripts/db-migrate.ts"]);
  must(["scripts/seed.ts", "--companies", "3000"]);
  const { prepareLoadData } = await import("./support/load-data");
  const data = await prepareLoadData({ companies: counts.company, officials: counts.official, files: 5000, password });

  server = spawn("npx", ["tsx", "server.ts", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  for (let i = 0; i < 240; i++) {
    const up = await fetch(`${origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 500));
  }

  const companies = await Promise.all(
    data.companies.map(async (c) => {
      const session = new HttpSession(origin);
      await session.signIn(c.email, password);
      return { ...c, session, version: 1, acked: 0 };
    }),
  );
  const officials = await Promise.all(
    data.officials.map(async (email) => {
      const session = new HttpSession(origin);
      await session.signIn(email, password);
      return session;
    }),
  );

  const decided: string[] = [];
  const queue = [...data.files];
  const searchTerms = ["科技", "智能", "精密", "新材料", "电子", "机械", "生物", "91350100"];
  // The seeded history enters the log first, so the phases measure only what they write.
  const { sequenceAudit } = await import("@/lib/services/audit/sequence-audit");
  const { database } = await import("@/lib/db/client");
  const db = await database();
  for (let run = await sequenceAudit(db.prisma, {}); run.more; run = await sequenceAudit(db.prisma, {}));
  const activity = await startActivitySampler(scratch.url);
  const sequencer = startSequencerLoop();
  let totalErrors = 0;
  const rates: string[] = [];

  for (const officialCount of officialPhases) {
    const latencies: Record<string, number[]> = { search: [], save: [], decide: [] };
    const errors: Record<string, number> = { search: 0, save: 0, decide: 0 };
    const deadline = Date.now() + seconds * 1000;

    async function timed(kind: string, work: () => Promise<boolean>) {
      const started = performance.now();
      let ok = false;
      try {
        ok = await work();
      } catch {
        ok = false;
      }
      latencies[kind]!.push(performance.now() - started);
      if (!ok) errors[kind]! += 1;
    }

    const publicUser = async (i: number) => {
      const session = new HttpSession(origin);
      for (let n = 0; Date.now() < deadline; n++) {
        const q = encodeURIComponent(searchTerms[(i + n) % searchTerms.length]!);
        await timed("search", async () => (await session.request(`/register?q=${q}&page=${1 + (n % 3)}`)).status === 200);
      }
    };
    const companyUser = async (c: (typeof companies)[number]) => {
      for (let n = c.acked / 1000 + 1; Date.now() < deadline; n++) {
        await timed("save", async () => {
          const result = await c.session.callAction(saveDraft, [
            { applicationId: c.applicationId, expectedVersion: c.version, facts: { equityFinancing: { "2025": n * 1000 } } },
          ]);
          if (!result.ok) return false;
          c.version += 1;
          c.acked = n * 1000;
          return true;
        });
      }
    };
    const official = async (session: HttpSession) => {
      while (Date.now() < deadline) {
        const file = queue.shift();
        if (!file) break;
        await timed("decide", async () => {
          const result = await session.callAction(decide, [{ applicationId: file, action: "approve", expectedVersion: 1, reason: "符合条件", sections: [] }]);
          if (result.ok) decided.push(file);
          return result.ok;
        });
      }
    };

    const started = Date.now();
    await Promise.all([
      ...Array.from({ length: counts.public }, (_, i) => publicUser(i)),
      ...companies.map(companyUser),
      ...officials.slice(0, officialCount).map(official),
    ]);
    const ended = Date.now();
    const elapsed = (ended - started) / 1000;

    console.log(
      `\nload: ${counts.public} public + ${counts.company} companies + ${officialCount} officials = ${counts.public + counts.company + officialCount} concurrent users for ${elapsed.toFixed(1)} s on PostgreSQL`,
    );
    console.log("kind     requests   req/s    p50 ms   p95 ms   p99 ms   errors");
    const p95: Record<string, number> = {};
    for (const kind of ["search", "save", "decide"]) {
      const sorted = [...latencies[kind]!].sort((a, b) => a - b);
      totalErrors += errors[kind]!;
      p95[kind] = percentile(sorted, 95);
      console.log(
        `${kind.padEnd(8)} ${String(sorted.length).padStart(8)} ${(sorted.length / elapsed).toFixed(1).padStart(7)} ${percentile(sorted, 50).toFixed(0).padStart(9)} ${percentile(sorted, 95).toFixed(0).padStart(8)} ${percentile(sorted, 99).toFixed(0).padStart(8)} ${String(errors[kind]).padStart(8)}`,
      );
    }
    const ratio = p95.decide! / Math.max(1, p95.save!);
    console.log(`decision p95 / save p95: ${ratio.toFixed(2)} (target ≤ 2)`);
    const a = summariseActivity(activity.samples, started, ended);
    console.log(
      `backends waiting on a lock: ${(100 * a.lockShare).toFixed(1)}% of ${a.active} sampled active backends (${a.samples} samples); most seen waits: ${a.top.join(", ") || "none"}`,
    );
    const q = sequencer.summarise(started, ended);
    console.log(
      `audit sequencer: ${q.sequenced} rows in ${q.runs} runs, ${q.rowsPerSecond.toFixed(1)} rows/s, run p95 ${q.runP95Ms.toFixed(0)} ms; lag: at most ${q.maxPending} rows pending, oldest ${q.maxOldestSeconds.toFixed(1)} s`,
    );
    rates.push(`${officialCount} officials ${(latencies.decide!.length / elapsed).toFixed(1)}/s`);
  }
  console.log(`\ndecisions/s by deciding officials: ${rates.join(", ")}`);
  await activity.stop();
  await sequencer.stop();

  const { verifyAcknowledgedWrites } = await import("./support/load-data");
  const lost = await verifyAcknowledgedWrites(
    companies.map((c) => ({ applicationId: c.applicationId, acked: c.acked })),
    decided,
  );
  console.log(`acknowledged writes: ${companies.reduce((n, c) => n + c.version - 1, 0)} saves, ${decided.length} decisions; lost: ${lost.length}`);
  for (const problem of lost.slice(0, 10)) console.log(`  lost: ${problem}`);

  // Everything written is in the signed log once the sequencer has caught up, and it verifies.
  const { verifyAuditLog } = await import("@/lib/services/audit/verify-log");
  await new Promise((r) => setTimeout(r, 2_500));
  for (let run = await sequenceAudit(db.prisma, {}); run.more; run = await sequenceAudit(db.prisma, {}));
  const audit = await verifyAuditLog(db.sql);
  console.log(
    `audit log: ${audit.intact ? "intact" : `BROKEN (${audit.problem!.kind}: ${audit.problem!.detail})`}, ${audit.leaves} entries under ${audit.heads} signed tree heads, ${audit.pending.count} pending`,
  );

  const { measureDecisionSteps } = await import("./support/decision-steps");
  const steps = await measureDecisionSteps(data.officials[0]!, queue.splice(0, 50));
  console.log(`\na decision's steps, in-process, ${steps.decisions} decisions one at a time: ${steps.msPerDecision.toFixed(1)} ms each`);
  for (const s of steps.steps) console.log(`  ${s.step.padEnd(34)} ${s.msPerDecision.toFixed(2).padStart(7)} ms  (${s.queriesPerDecision.toFixed(1)} queries)`);
  console.log(`  ${"the rest (BEGIN/COMMIT, client, email hand-off)".padEnd(34)} ${steps.overheadMs.toFixed(2).padStart(7)} ms`);

  exitCode = totalErrors === 0 && lost.length === 0 && audit.intact ? 0 : 1;
  console.log(exitCode === 0 ? "PASS: zero errors, zero lost writes, audit log intact" : "FAIL");
} finally {
  if (server) stopProcessGroup(server);
  await new Promise((r) => setTimeout(r, 1000));
  await scratch.drop().catch(() => undefined);
}
process.exit(exitCode);
