import { hasPermission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { safeReturnPath } from "@/lib/http/safe-return-path";

export interface NotificationRow {
  id: string;
  kind: string;
  title: { zh: string; en: string };
  body: { zh: string; en: string } | null;
  link: string | null;
  readAt: Date | null;
  createdAt: Date;
}

export interface NotificationPage {
  rows: NotificationRow[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

/**
 * Links in notifications name the application (/applications/:id); a company user reads it on
 * its own status page. Any other link is shown only if it stays on the portal.
 */
export function linkFor(actor: Pick<Actor, "role">, link: string | null): string | null {
  if (!link) return null;
  const application = /^\/applications\/([0-9a-f-]{36})$/.exec(link);
  if (application && hasPermission(actor, "application:edit")) return `/company/applications/${application[1]}/status`;
  const path = safeReturnPath(link, undefined, "");
  return path === "" ? null : path;
}

/** The signed-in person's own notifications, newest first; only ever their own rows. */
export async function listNotifications(actor: Actor, options: { page?: number; pageSize?: number; unreadOnly?: boolean } = {}): Promise<NotificationPage> {
  const pageSize = Math.min(Math.max(options.pageSize ?? 20, 1), 100);
  const db = await prisma();
  const where = { userId: actor.id, ...(options.unreadOnly ? { readAt: null } : {}) };
  const [total, unread] = await Promise.all([db.notification.count({ where }), db.notification.count({ where: { userId: actor.id, readAt: null } })]);
  const last = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1)), last);
  const rows = await db.notification.findMany({
    where,
    select: { id: true, kind: true, titleZh: true, titleEn: true, bodyZh: true, bodyEn: true, link: true, readAt: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return {
    rows: rows.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: { zh: n.titleZh, en: n.titleEn },
      body: n.bodyZh || n.bodyEn ? { zh: n.bodyZh ?? n.bodyEn ?? "", en: n.bodyEn ?? n.bodyZh ?? "" } : null,
      link: linkFor(actor, n.link),
      readAt: n.readAt,
      createdAt: n.createdAt,
    })),
    total,
    unread,
    page,
    pageSize,
  };
}

export async function unreadNotificationCount(actor: Pick<Actor, "id">): Promise<number> {
  const db = await prisma();
  return db.notification.count({ where: { userId: actor.id, readAt: null } });
}
