import { provinceOf } from "@/lib/regions/province-of";
import type { Tx } from "@/lib/services/db-types";
import type { NotificationMessage } from "@/lib/services/notifications/notify";
import { sealLink } from "./sealed-link";

/**
 * Queues an email that is not a copy of an in-app notification (sign-up messages, an objector's
 * receipt): one outbox row per address, in the caller's transaction when it passes one.
 * Notifications reach the outbox by themselves (the notification table's trigger).
 * `secretLink`: the link carries an account token; it is stored sealed and erased once sent.
 */
export async function queueEmail(tx: Tx, to: readonly string[], message: NotificationMessage, options: { secretLink?: boolean } = {}): Promise<string[]> {
  const addresses = [...new Set(to.map((address) => address.trim()).filter(Boolean))];
  if (addresses.length === 0) return [];
  const users = await tx.user.findMany({
    where: { email: { in: addresses } },
    select: { id: true, email: true, jurisdictionCode: true, company: { select: { provinceCode: true } } },
  });
  const userOf = new Map(users.map((user) => [user.email, user]));
  // As the notification trigger does: the firm's province, or the official's (docs/decisions/017).
  const provinceCodeOf = (recipient: string) => {
    const user = userOf.get(recipient);
    return user?.company?.provinceCode ?? (user?.jurisdictionCode ? (provinceOf(user.jurisdictionCode)?.code ?? null) : null);
  };
  const rows = await tx.outbox.createManyAndReturn({
    data: addresses.map((recipient) => ({
      channel: "email",
      recipient,
      userId: userOf.get(recipient)?.id ?? null,
      provinceCode: provinceCodeOf(recipient),
      kind: message.kind,
      titleZh: message.title.zh,
      titleEn: message.title.en,
      bodyZh: message.body?.zh ?? null,
      bodyEn: message.body?.en ?? null,
      link: message.link ? (options.secretLink ? sealLink(message.link) : message.link) : null,
    })),
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
