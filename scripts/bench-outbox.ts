/**
 * Outbox benchmark on PostgreSQL: `npm run bench:outbox [-- --emails 5000 --firms 5000]` (with
 * NODE_ENV=production, as the server runs: React's development build renders emails several times slower).
 *
 * Creates a fresh database `sme_bench_outbox_<pid>` on the local server (TEST_POSTGRES_URL or
 * postgresql://postgres@127.0.0.1:5432/postgres), migrates it, makes N firms with one user each,
 * and drops it at the end. Prints:
 * - enqueue: the statement announcing a batch writes (announce-batch.ts: one INSERT … SELECT into
 *   notification over the batch's firms' users), which the trigger turns into the outbox rows too;
 *   beside it the same INSERT with the trigger off (notifications only), and a bare one multi-row
 *   INSERT of the same outbox rows (the floor for writing them at all). Target < 2 s.
 * - delivery: emails/s from the outbox to an SMTP server in this process (smtp-server, messages
 *   read and dropped), one text for all (a batch announcement: rendered once) and a distinct text
 *   per message (rendered each time).
 */
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import { SMTPServer } from "smtp-server";
import { useDatabase } from "@/lib/db/client";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open-database";
import { deliverUntilIdle } from "@/lib/outbox/deliver-outbox";
import { closeSmtpTransports } from "@/lib/outbox/smtp-transport";

const { values } = parseArgs({
  options: { emails: { type: "string", default: "5000" }, firms: { type: "string", default: "5000" }, distinct: { type: "string", default: "1000" } },
});
const FIRMS = Number(values.firms);
const EMAILS = Number(values.emails);
const DISTINCT = Number(values.distinct);

const admin = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `sme_bench_outbox_${process.pid}`;
const withAdmin = async (sql: string) => {
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};
await withAdmin(`CREATE DATABASE "${name}"`);
const url = new URL(admin);
url.pathname = `/${name}`;
const db = await openDatabase({ kind: "postgres", url: url.toString() });
useDatabase(db);

let received = 0;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, _session, callback) {
    stream.resume();
    stream.on("end", () => {
      received += 1;
      callback();
    });
  },
});
await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", () => resolve()));
const port = (smtp.server.address() as { port: number }).port;

const seconds = (start: number) => (performance.now() - start) / 1_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  await applyMigrations(db.sql, await readMigrations());
  await db.sql.exec(`
    INSERT INTO region (code, name_zh, name_en, level) VALUES ('350000', '福建省', 'Fujian', 'province');
    INSERT INTO region (code, name_zh, name_en, level, parent_code) VALUES ('350100', '福州市', 'Fuzhou', 'city', '350000');
  `);
  await db.sql.query(
    `INSERT INTO company (id, credit_code, name_zh, region_code, province_code, city_code, industry_code, contact_name, contact_email, contact_phone)
     SELECT gen_random_uuid(), lpad(i::text, 18, '0'), '福州基准企业' || i, '350100', '350000', '350100', 'C34', '联系人', 'firm' || i || '@bench.example', '13800138000'
       FROM generate_series(1, $1::int) AS i`,
    [FIRMS],
  );
  await db.sql.query(
    `INSERT INTO app_user (id, email, password_hash, name, role, company_id)
     SELECT gen_random_uuid(), c.contact_email, 'x', c.contact_name, 'company', c.id FROM company c`,
  );
  await db.sql.exec(`CREATE TABLE bench_entry AS SELECT id AS company_id FROM company; ANALYZE`);

  const announce = `INSERT INTO notification (id, user_id, kind, title_zh, title_en, link)
    SELECT gen_random_uuid(), u.id, 'recognition.announced', '您的企业已列入《2026年第一批专精特新中小企业名单》', 'Your firm is on "2026 specialized SMEs, first batch"', '/company'
      FROM bench_entry e JOIN app_user u ON u.company_id = e.company_id AND u.disabled_at IS NULL`;
  const bare = `INSERT INTO outbox (id, channel, recipient, user_id, kind, title_zh, title_en, link)
    SELECT gen_random_uuid(), 'email', r.email, r.id, 'recognition.announced', '您的企业已列入《2026年第一批专精特新中小企业名单》', 'Your firm is on "2026 specialized SMEs, first batch"', '/company'
      FROM unnest($1::text[], $2::uuid[]) AS r(email, id)`;
  const users = await db.sql.query<{ email: string; id: string }>(`SELECT email, id FROM app_user`);
  const timings = { withOutbox: [] as number[], notificationsOnly: [] as number[], bareOutbox: [] as number[] };
  for (let round = 0; round < 5; round += 1) {
    await db.sql.exec(`TRUNCATE notification, outbox`);
    let start = performance.now();
    await db.sql.transaction(async (tx) => tx.query(announce));
    timings.withOutbox.push(seconds(start));

    await db.sql.exec(`TRUNCATE notification, outbox`);
    start = performance.now();
    await db.sql.transaction(async (tx) => {
      await tx.exec(`ALTER TABLE notification DISABLE TRIGGER notification_outbox`);
      await tx.query(announce);
      await tx.exec(`ALTER TABLE notification ENABLE TRIGGER notification_outbox`);
    });
    timings.notificationsOnly.push(seconds(start));

    await db.sql.exec(`TRUNCATE notification, outbox`);
    start = performance.now();
    await db.sql.transaction(async (tx) => tx.query(bare, [users.map((u) => u.email), users.map((u) => u.id)]));
    timings.bareOutbox.push(seconds(start));
  }
  const [{ outbox } = { outbox: 0 }] = await db.sql.query<{ outbox: number }>(`SELECT count(*)::int AS outbox FROM outbox`);
  console.log(`enqueue, ${FIRMS.toLocaleString("en")} firms (median of 5, one transaction each):`);
  console.log(`  notifications + outbox (trigger)   ${median(timings.withOutbox).toFixed(3)} s   (target < 2 s)`);
  console.log(`  notifications only (trigger off)   ${median(timings.notificationsOnly).toFixed(3)} s`);
  console.log(`  bare multi-row INSERT into outbox  ${median(timings.bareOutbox).toFixed(3)} s   (${outbox} rows)`);

  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.PUBLIC_URL = "https://sme.example.gov.cn";
  for (const [label, sql] of [
    [
      "one text for all (batch announcement)",
      `INSERT INTO outbox (id, recipient, user_id, kind, title_zh, title_en, link) SELECT gen_random_uuid(), email, id, 'recognition.announced', '列入名单', 'On the list', '/company' FROM app_user LIMIT ${EMAILS}`,
    ],
    [
      `a distinct text per message (${DISTINCT})`,
      `INSERT INTO outbox (id, recipient, user_id, kind, title_zh, title_en, body_zh, body_en, link) SELECT gen_random_uuid(), email, id, 'recognition.expired', '称号到期 ' || email, 'Title expired ' || email, '正文', 'Body', '/company/recognitions' FROM app_user LIMIT ${DISTINCT}`,
    ],
  ] as const) {
    await db.sql.exec(`TRUNCATE notification, outbox`);
    await db.sql.exec(sql);
    received = 0;
    const start = performance.now();
    const report = await deliverUntilIdle({ limit: 200 });
    const took = seconds(start);
    console.log(`delivery, ${label}: ${report.sent} sent (${received} received) in ${took.toFixed(2)} s = ${Math.round(report.sent / took)} emails/s`);
  }
} finally {
  closeSmtpTransports();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await db.close();
  await withAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
