import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listNotifications, unreadNotificationCount } from "@/lib/services/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/services/notifications/mark-read";
import { notify } from "@/lib/services/notifications/notify";
import { freshDatabase, type FreshDatabase } from "./support/fresh-database";
import { createActor, createCompany, FUJIAN, FUZHOU, seedRegions } from "./support/fixtures";

let db: FreshDatabase;

beforeAll(async () => {
  db = await freshDatabase();
  await seedRegions(db);
});
afterAll(async () => db.destroy());

const APPLICATION = "0b9a4a8e-9a4e-4a55-8f43-6a9f0f5e2c11";

async function inboxOf(count: number) {
  const company = await createCompany(db, FUZHOU, FUJIAN);
  const actor = await createActor(db, "company", null, company.id);
  for (let i = 0; i < count; i++) {
    await notify(db.prisma, [{ id: actor.id }], {
      kind: "application.returned",
      title: { zh: `通知${i}`, en: `Notice ${i}` },
      body: { zh: "理由：缺材料", en: "Reason: missing" },
      link: `/applications/${APPLICATION}`,
    });
  }
  return actor;
}

describe("the inbox", () => {
  it("lists only the person's own notifications, newest first, a page at a time", async () => {
    const actor = await inboxOf(25);
    const other = await inboxOf(3);
    const first = await listNotifications(actor, { page: 1, pageSize: 20 });
    expect(first).toMatchObject({ total: 25, unread: 25, page: 1 });
    expect(first.rows).toHaveLength(20);
    const second = await listNotifications(actor, { page: 2, pageSize: 20 });
    expect(second.rows).toHaveLength(5);
    const ids = new Set([...first.rows, ...second.rows].map((r) => r.id));
    expect(ids.size).toBe(25);
    expect((await listNotifications(other)).total).toBe(3);
    // Asking past the end shows the last page.
    expect((await listNotifications(actor, { page: 99, pageSize: 20 })).page).toBe(2);
  });

  it("sends a company user to its own status page for an application link", async () => {
    const actor = await inboxOf(1);
    const [row] = (await listNotifications(actor)).rows;
    expect(row?.link).toBe(`/company/applications/${APPLICATION}/status`);
    const official = await createActor(db, "municipal", FUZHOU);
    await notify(db.prisma, [{ id: official.id }], { kind: "x", title: { zh: "a", en: "a" }, link: `/applications/${APPLICATION}` });
    expect((await listNotifications(official)).rows[0]?.link).toBe(`/applications/${APPLICATION}`);
  });

  it("marks one as read, then all; someone else's ids change nothing", async () => {
    const actor = await inboxOf(3);
    const other = await inboxOf(2);
    const theirs = (await listNotifications(other)).rows.map((r) => r.id);
    expect(await markNotificationsRead(actor, { notificationIds: theirs })).toEqual({ updated: 0 });
    expect(await unreadNotificationCount(other)).toBe(2);

    const [one] = (await listNotifications(actor)).rows;
    expect(await markNotificationsRead(actor, { notificationIds: [one!.id] })).toEqual({ updated: 1 });
    expect(await unreadNotificationCount(actor)).toBe(2);
    expect((await listNotifications(actor, { unreadOnly: true })).total).toBe(2);
    expect(await markNotificationsRead(actor, { all: true })).toEqual({ updated: 2 });
    expect(await unreadNotificationCount(actor)).toBe(0);
    expect(await unreadNotificationCount(other)).toBe(2);
  });
});
