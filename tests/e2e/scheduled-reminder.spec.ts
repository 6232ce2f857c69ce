import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { startMailCapture } from "../../scripts/support/e2e-mail-capture";
import { linkIn, mailsTo, waitForMail } from "./support/mailbox";
import { expect, test } from "./support/test";

/**
 * Issue 14's first promise, as a newcomer runs the portal: `npm run demo` (on the build the suite
 * already made, so --no-build) with a real SMTP server and a demonstration clock set just before
 * 01:00 Beijing time on 31 March 2027, 30 days before the annual data deadline of 30 April. The
 * default schedule ("0 1 * * *") runs the jobs by itself; nobody presses a button, and the firm
 * holding a specialized title has the reminder in its mailbox within a minute of 01:00.
 */
const CLOCK_START = "2027-03-31T00:59:00+08:00";
const SCHEDULED = Date.parse("2027-03-31T01:00:00+08:00");
const FIRM = "specialized@demo.sme.cn";
const REMINDER = /请报送2026年度运营数据/;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

test.describe.configure({ timeout: 8 * 60_000 });

let demo: ChildProcess | undefined;
const scratch: string[] = [];
test.afterAll(() => {
  // The demo script, its server and their npx wrappers are one process group.
  if (demo?.pid) {
    try {
      process.kill(-demo.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

test("npm run demo on a demonstration clock: the 30-day annual data reminder arrives by email within a minute of the scheduled 01:00, with no one pressing a button", async ({
  browser,
}) => {
  const mailDir = mkdtempSync(path.join(tmpdir(), "sme-clock-mail-"));
  const dataDir = mkdtempSync(path.join(tmpdir(), "sme-clock-db-"));
  scratch.push(mailDir, dataDir);
  const mail = await startMailCapture(mailDir);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PGLITE_DATA_DIR: dataDir,
    UPLOAD_DIR: mkdtempSync(path.join(tmpdir(), "sme-clock-uploads-")),
    SMTP_URL: mail.url,
    SMTP_FROM: "SME Registry <noreply@sme-registry.test>",
    NEXTAUTH_URL: origin,
    NEXTAUTH_SECRET: "e2e-clock-secret-not-for-production-0123456789",
    DEMO_CLOCK_START: CLOCK_START,
  };
  scratch.push(env.UPLOAD_DIR!);
  // What `npm run demo` reads, as a newcomer has it: the default schedule, the worker on, PGlite.
  for (const name of ["DATABASE_URL", "JOBS_CRON", "WORKER", "OUTBOX_POLL_SECONDS", "DEMO_CLOCK_OFFSET_MS", "PORT"]) delete env[name];
  demo = spawn("npm", ["run", "demo", "--", "--no-build", "--port", String(port)], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  demo.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  demo.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));

  try {
    // Migrations, the demo seed (with the national batches) and the server's start.
    let clock: { now: string } | undefined;
    await expect
      .poll(
        async () => {
          const health = await fetch(`${origin}/api/health`).catch(() => null);
          if (!health?.ok) return false;
          clock = ((await health.json()) as { clock?: { now: string } }).clock;
          return true;
        },
        { timeout: 5 * 60_000, intervals: [2_000], message: `the demo did not start:\n${log.slice(-3000)}` },
      )
      .toBe(true);
    // Where the portal's clock stands against the real one; the demonstration clock started with the server.
    expect(clock, "the health check reports the demonstration clock").toBeDefined();
    const offset = Date.parse(clock!.now) - Date.now();
    const scheduledReal = SCHEDULED - offset;
    expect(scheduledReal, "the server came up before the scheduled minute").toBeGreaterThan(Date.now());
    expect(
      mailsTo(FIRM, mailDir).filter((m) => REMINDER.test(m.subject)),
      "no reminder before the scheduled time",
    ).toEqual([]);

    const reminder = await waitForMail(FIRM, REMINDER, scheduledReal - Date.now() + 90_000, mailDir);
    const lateBy = Date.parse(reminder.receivedAt) - scheduledReal;
    expect(lateBy, `arrived ${lateBy} ms after the scheduled time`).toBeGreaterThanOrEqual(0);
    expect(lateBy, `arrived ${lateBy} ms after the scheduled time`).toBeLessThan(60_000);
    // One reminder per title the firm holds (the subject names the certificate), none twice.
    const subjects = mailsTo(FIRM, mailDir)
      .filter((m) => REMINDER.test(m.subject))
      .map((m) => m.subject);
    expect(new Set(subjects).size, subjects.join("\n")).toBe(subjects.length);
    // Both languages, the deadline 30 days on, and an absolute link to the firm's annual data page.
    expect(reminder.text).toContain("2027-04-30");
    expect(reminder.text).toMatch(/Please submit your 2026 operating data/);
    const link = linkIn(reminder, "/company/annual-reports");
    expect(link.startsWith(`${origin}/`)).toBe(true);

    const context = await browser.newContext({ baseURL: origin, locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto(link);
    await expect(page).toHaveURL(/\/signin/);
    await page.getByLabel("邮箱").fill(FIRM);
    await page.getByLabel("密码").fill("Company#2026");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/company\/annual-reports\?recognition=.+&year=2026/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Every page says the portal runs on a demonstration clock, and which day it is there.
    await expect(page.getByTestId("demo-clock")).toContainText("2027-03-31");

    // The run is on record as the schedule's, with what it did.
    await context.close();
    const adminContext = await browser.newContext({ baseURL: origin, locale: "zh-CN" });
    const admin = await adminContext.newPage();
    await admin.goto("/signin");
    await admin.getByLabel("邮箱").fill("admin@demo.gov.cn");
    await admin.getByLabel("密码").fill("Admin#2026");
    await admin.getByRole("button", { name: "登录" }).click();
    await expect(admin).not.toHaveURL(/\/signin/);
    await admin.goto("/admin/jobs");
    const run = admin.getByRole("row").filter({ hasText: "年度数据报送提醒" }).first();
    await expect(run).toContainText("计划任务");
    await expect(run).toContainText(/发送提醒 [1-9]\d*/);
    await adminContext.close();

    // SIGTERM to the server, as a process manager stops it: the worker lets go and the portal
    // exits cleanly at once, and the demo command with it.
    const serverPid = Number(/listening on .*, pid (\d+)/.exec(log)?.[1]);
    expect(serverPid, log.slice(-2000)).toBeGreaterThan(0);
    const exited = new Promise<number | null>((resolve) => demo!.once("exit", (code) => resolve(code)));
    process.kill(serverPid, "SIGTERM");
    const code = await Promise.race([exited, new Promise<"hung">((resolve) => setTimeout(() => resolve("hung"), 15_000))]);
    expect(code, log.slice(-2000)).toBe(0);
    demo = undefined;
  } finally {
    await mail.close();
  }
});
