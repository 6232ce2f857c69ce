/**
 * Fault test: SIGKILL the production server in the middle of the two big writes — announcing a
 * batch of thousands of firms, and importing a published list of tens of thousands of rows — then
 * check that each happened entirely or not at all, restart, repeat, and check that the repeat
 * completes exactly once and a further repeat adds nothing.
 *
 * Both are designed as ONE transaction each (lib/services/batches/announce-batch.ts,
 * lib/services/imports/import-published-list.ts), not as idempotent chunks: a kill before COMMIT
 * must leave nothing. Repeating is safe because the announcement is a guarded status change
 * (batch status and version) and the import skips firms already on their batch (backed by the
 * unique batch_entry(batch_id, company_id) and certificate numbers).
 *
 * `npm run test:faults:kill` (part of `npm run test:faults`). Needs a production build (its
 * folder: NEXT_DIST_DIR, default .next) and PostgreSQL (TEST_POSTGRES_URL or local); works in a
 * scratch database it drops afterwards. Options (env): FAULT_PORT (3170), FAULT_BATCH_FIRMS
 * (5000), FAULT_IMPORT_ROWS (30000). Runs with `--conditions=react-server` because it prepares
 * the batch through the batch services, which are marked server-only.
 */
import { spawnSync, type ChildProcess } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { performance } from "node:perf_hooks";
import { builtServerActions } from "./support/built-server-actions";
import { HttpSession } from "./support/http-session";
import { killDuringTransaction, outcomeOf } from "./support/kill-mid-transaction";
import { exited, killProcessGroup, startProductionServer } from "./support/production-server";
import { createScratchDatabase } from "./support/scratch-database";

const port = Number(process.env.FAULT_PORT ?? 3170);
const firms = Number(process.env.FAULT_BATCH_FIRMS ?? 5_000);
const importRows = Number(process.env.FAULT_IMPORT_ROWS ?? 30_000);
const origin = `http://127.0.0.1:${port}`;
const scratch = await createScratchDatabase(`sme_fault_kill_${process.pid}`);
process.env.DATABASE_URL = scratch.url;
process.env.AUDIT_SIGNING_KEY = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
const env = {
  ...process.env,
  DATABASE_URL: scratch.url,
  NEXTAUTH_SECRET: "fault-kill-secret-0123456789abcdef",
  NEXTAUTH_URL: origin,
  NEXT_TELEMETRY_DISABLED: "1",
};

const announce = builtServerActions().find((a) => a.key === "lib/actions/batches/announce-batch.ts#announceBatchAction");
if (!announce) throw new Error("the build does not expose the announce action: run npm run build first (with this NEXT_DIST_DIR)");

const violations: string[] = [];
function check(ok: boolean, what: string) {
  console.log(`  ${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) violations.push(what);
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Starts `work`, kills the server inside its transaction, and reports what the client and PostgreSQL saw. */
async function killDuring(server: ChildProcess, at: RegExp, work: () => Promise<unknown>) {
  let settled = false;
  const started = performance.now();
  const answer = work()
    .then(
      (response) => ({ answered: true as const, response }),
      (error: unknown) => ({ answered: false as const, error: String((error as { cause?: unknown }).cause ?? error) }),
    )
    .finally(() => (settled = true));
  const killed = await killDuringTransaction(server, scratch.url, at, () => settled);
  const killedAfterMs = performance.now() - started;
  const outcome = await answer;
  await exited(server);
  if (!killed) {
    check(false, "the kill landed inside the transaction (it finished first: raise the size)");
    return null;
  }
  console.log(
    `  killed the server ${seconds(killedAfterMs)} after the request, the transaction open for ${seconds(killed.openForMs)}, at: ${killed.statement} …`,
  );
  check(killed.openAfterKill, "the server's transaction was still open right after the kill");
  check(!outcome.answered, `the request got no answer${outcome.answered ? "" : ` (${outcome.error})`}`);
  const end = await outcomeOf(killed, scratch.url);
  console.log(`  PostgreSQL ended the orphaned transaction ${seconds(end.lingeredMs)} after the kill: ${end.status}`);
  return { killedAfterMs, ...end };
}

let server: ChildProcess | undefined;
let exitCode = 1;
try {
  console.log(`preparing: migrate, seed, a batch of ${firms.toLocaleString("en")} firms on notice …`);
  for (const args of [["scripts/db-migrate.ts"], ["scripts/seed.ts", "--companies", "300", "--no-national-batches"]]) {
    if (spawnSync("npx", ["tsx", ...args], { stdio: ["ignore", "ignore", "inherit"], env }).status !== 0) throw new Error(`${args.join(" ")} failed`);
  }
  const data = await import("./support/kill-fault-data");
  const { batchId, size } = await data.prepareAnnounceableBatch({ firms, officialEmail: "fujian@demo.gov.cn" });
  const { csv, codes } = data.generatedPublishedList(importRows);

  server = await startProductionServer(port, env);
  const official = new HttpSession(origin);
  await official.signIn("fujian@demo.gov.cn", "Province#2026");
  const admin = new HttpSession(origin);
  await admin.signIn("admin@demo.gov.cn", "Admin#2026");
  const callAnnounce = async (expectedVersion: number) => official.callAction(announce, [{ batchId, expectedVersion }]);
  const importRequest = (mode: "dry-run" | "commit") => {
    const form = new FormData();
    form.append("mode", mode);
    form.append("file", new Blob([csv], { type: "text/csv" }), "published-list.csv");
    return admin.request("/admin/imports/run", { method: "POST", headers: { Origin: origin }, body: form, timeoutMs: 600_000 });
  };
  type Report = { ok: boolean; report?: { committed: boolean; recognitionsToCreate: number; alreadyPresent: number; errors: unknown[] } };
  const importOnce = async (mode: "dry-run" | "commit") => {
    const started = performance.now();
    const body = (await (await importRequest(mode)).json()) as Report;
    return { ...body, ms: performance.now() - started };
  };

  console.log(`\n1. announcing a batch of ${size.toLocaleString("en")} firms (server action, as the Fujian official); SIGKILL mid-transaction`);
  const v0 = (await data.batchState(batchId)).version;
  const announceKill = await killDuring(
    server,
    /INSERT INTO recognition_event|UPDATE application|INSERT INTO review|INSERT INTO audit_log|INSERT INTO notification/i,
    () => callAnnounce(v0),
  );
  const afterKill = await data.announceCounts(batchId);
  console.log(
    `  after the kill: batch ${afterKill.status}, ${afterKill.recognitions} recognitions, ${afterKill.entryEvents} entry events, ${afterKill.recognisedApplications} applications recognised`,
  );
  const none =
    afterKill.recognitions === 0 &&
    afterKill.entryEvents === 0 &&
    afterKill.recognisedApplications === 0 &&
    afterKill.status === "notice" &&
    afterKill.version === v0;
  const all =
    afterKill.recognitions === size && afterKill.entryEvents === size && afterKill.recognisedApplications === size && afterKill.status === "announced";
  check(none || all, `all or nothing (${none ? "nothing" : all ? "all" : "PARTIAL"})`);

  server = await startProductionServer(port, env);
  console.log("  restarted the server; the official presses announce again");
  const repeatStarted = performance.now();
  const repeat = await callAnnounce((await data.batchState(batchId)).version);
  const repeatMs = performance.now() - repeatStarted;
  check(none ? repeat.ok : repeat.status === 409, `the repeat ${none ? `announced (${seconds(repeatMs)})` : "was refused: already announced"}`);
  const announced = await data.announceCounts(batchId);
  const again = await callAnnounce(announced.version);
  const stale = await callAnnounce(v0);
  check(
    !again.ok && again.status === 409 && !stale.ok && stale.status === 409,
    `announcing once more is refused (${again.status}, with the old version ${stale.status})`,
  );
  const final = await data.announceCounts(batchId);
  console.log(
    `  final: batch ${final.status}, ${final.recognitions} recognitions of ${final.distinctFirms} firms, ${final.entryEvents} entry events, ${final.recognisedApplications} applications recognised`,
  );
  check(
    final.status === "announced" && [final.recognitions, final.distinctFirms, final.entryEvents, final.recognisedApplications].every((n) => n === size),
    `exactly once: every count is ${size}`,
  );

  console.log(
    `\n2. importing a published list of ${importRows.toLocaleString("en")} rows (/admin/imports/run, as the national administrator); SIGKILL mid-import`,
  );
  const dry = await importOnce("dry-run");
  check(
    dry.ok && dry.report?.recognitionsToCreate === importRows && dry.report.errors.length === 0,
    `the dry run plans ${dry.report?.recognitionsToCreate} titles, no errors (${seconds(dry.ms)})`,
  );
  const importKill = await killDuring(server, /INSERT INTO "recognition_event"/, () => importRequest("commit"));
  const afterImportKill = await data.importCounts(codes);
  console.log(
    `  after the kill: ${afterImportKill.companies} firms, ${afterImportKill.entries} list entries, ${afterImportKill.recognitions} recognitions, ${afterImportKill.entryEvents} entry events, ${afterImportKill.batches} batches`,
  );
  const counts = (c: typeof afterImportKill) => [c.companies, c.entries, c.recognitions, c.distinctRecognitions, c.entryEvents];
  const importNone = counts(afterImportKill).every((n) => n === 0) && afterImportKill.batches === 0;
  const importAll = counts(afterImportKill).every((n) => n === importRows);
  check(importNone || importAll, `all or nothing (${importNone ? "nothing" : importAll ? "all" : "PARTIAL"})`);

  server = await startProductionServer(port, env);
  console.log("  restarted the server; the administrator runs the dry run and the import again");
  const dryAgain = await importOnce("dry-run");
  check(
    dryAgain.ok && dryAgain.report?.recognitionsToCreate === (importNone ? importRows : 0),
    `the dry run plans ${dryAgain.report?.recognitionsToCreate} titles, ${dryAgain.report?.alreadyPresent} already present`,
  );
  const commit = await importOnce("commit");
  check(
    commit.ok && commit.report?.committed === true && commit.report.recognitionsToCreate === (importNone ? importRows : 0),
    `the import committed ${commit.report?.recognitionsToCreate} titles (${seconds(commit.ms)})`,
  );
  const imported = await data.importCounts(codes);
  const twice = await importOnce("commit");
  check(
    twice.ok && twice.report?.recognitionsToCreate === 0 && twice.report.alreadyPresent === importRows,
    `importing once more adds nothing (${twice.report?.alreadyPresent} already present)`,
  );
  const importFinal = await data.importCounts(codes);
  console.log(
    `  final: ${importFinal.companies} firms, ${importFinal.entries} list entries, ${importFinal.recognitions} recognitions (${importFinal.distinctRecognitions} distinct), ${importFinal.entryEvents} entry events, ${importFinal.batches} batches`,
  );
  check(
    counts(importFinal).every((n) => n === importRows) && importFinal.batches === 6 && JSON.stringify(imported) === JSON.stringify(importFinal),
    `exactly once: every count is ${importRows}, six batches`,
  );

  console.log("\n3. the audit sequencer (npm run audit:verify) SIGKILLed while its transaction is open");
  const { auditSequenceKill } = await import("./support/audit-sequencer-kill");
  const sequencerKill = await auditSequenceKill(scratch.url, env);
  console.log(
    `  ${sequencerKill.killed ? `killed with its lock held, ${sequencerKill.leavesAtKill} leaves committed before` : "finished before it could be killed"}; then ${sequencerKill.afterRestart} entries sequenced by the next run`,
  );
  check(
    sequencerKill.consistentAfterKill,
    "after the kill the leaves, the newest tree head and the sequencer's count agree (nothing half written, no lock left)",
  );
  check(
    sequencerKill.verified,
    `the next run completes it and the whole log verifies (${sequencerKill.leaves} entries${sequencerKill.problem ? `; ${sequencerKill.problem}` : ""})`,
  );

  console.log("\nsummary");
  console.log(
    `  announce: ${size.toLocaleString("en")} firms; killed ${announceKill ? seconds(announceKill.killedAfterMs) : "-"} into the request (the repeat, on a fresh server, took ${seconds(repeatMs)}); after the kill ${afterKill.recognitions} recognitions (${announceKill?.status ?? "-"}); after the repeat ${final.recognitions}; a further repeat refused`,
  );
  console.log(
    `  import:   ${importRows.toLocaleString("en")} rows in 6 batches; killed ${importKill ? seconds(importKill.killedAfterMs) : "-"} into the request (the repeat took ${seconds(commit.ms)}); after the kill ${afterImportKill.recognitions} recognitions (${importKill?.status ?? "-"}); after the repeat ${importFinal.recognitions}; a further import added 0`,
  );
  exitCode = violations.length === 0 ? 0 : 1;
  console.log(
    exitCode === 0
      ? "PASS: both operations were all-or-nothing under SIGKILL and completed exactly once when repeated"
      : `FAIL: ${violations.length} violation(s)`,
  );
} finally {
  if (server) {
    killProcessGroup(server);
    await exited(server);
  }
  await scratch.drop().catch(() => undefined);
}
process.exit(exitCode);
