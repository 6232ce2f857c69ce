/**
 * Starts the production build for the end-to-end tests on a brand-new embedded database
 * (or, with E2E_DATABASE_URL, a PostgreSQL database), migrated and seeded with the demo data.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startMailCapture } from "./support/e2e-mail-capture";

const port = process.argv[2] ?? "3100";
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  // The public address; tests/e2e/secure-cookies.spec.ts runs a second server as if behind a TLS proxy.
  NEXTAUTH_URL: process.env.E2E_NEXTAUTH_URL ?? `http://127.0.0.1:${port}`,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production-0123456789",
  UPLOAD_DIR: mkdtempSync(path.join(tmpdir(), "sme-e2e-uploads-")),
  // The worker starts as in production, but the daily jobs must not change the data mid-run.
  JOBS_CRON: process.env.E2E_JOBS_CRON ?? "off",
};
// Emails go to a real SMTP server whose messages the specs read (tests/e2e/support/mailbox.ts).
const mail = await startMailCapture(process.env.E2E_MAIL_DIR ?? path.join(tmpdir(), `sme-e2e-mail-${port}`));
env.SMTP_URL = mail.url;
env.SMTP_FROM = "SME Registry <noreply@sme-registry.test>";
env.OUTBOX_POLL_SECONDS = "1";
if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;
else env.PGLITE_DATA_DIR = mkdtempSync(path.join(tmpdir(), "sme-e2e-db-"));

// The national batches (19,000 firms) are left out to keep start-up short; nothing here needs them.
for (const args of [["scripts/db-migrate.ts"], ["scripts/seed.ts", "--no-national-batches"]]) {
  const result = spawnSync("npx", ["tsx", ...args], { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const server = spawn("npx", ["tsx", "server.ts", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => void mail.close().finally(() => process.exit(code ?? 0)));
