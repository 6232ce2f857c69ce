import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "../db-types";

export interface NotificationMessage {
  kind: string;
  title: { zh: string; en: string };
  body?: { zh: string; en: string };
  link?: string;
}

/** Who should hear about something: users matching any of these filters. */
export type Audience = Prisma.UserWhereInput[];

/**
 * Writes an in-app notification for every active user in the audience, inside the caller's
 * transaction. The notification table's trigger queues each one's email in the outbox in the same
 * statement (unless the person turned that kind off), so the email is sent if and only if the
 * change commits (docs/decisions/017). Returns the addresses, for callers that log or count them.
 */
export async function notify(tx: Tx, audience: Audience, message: NotificationMessage): Promise<string[]> {
  if (audience.length === 0) return [];
  const users = await tx.user.findMany({ where: { OR: audience, disabledAt: null }, select: { id: true, email: true } });
  if (users.length === 0) return [];
  await tx.notification.createMany({
    data: users.map((user) => ({
      userId: user.id,
      kind: message.kind,
      titleZh: message.title.zh,
      titleEn: message.title.en,
      bodyZh: message.body?.zh ?? null,
      bodyEn: message.body?.en ?? null,
      link: message.link ?? null,
    })),
  });
  return users.map((user) => user.email);
}
