import { z } from "zod";
import type { Actor } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { DomainError } from "@/lib/errors/domain-error";
import { OPTIONAL_TOPICS, isOptionalTopic, type OptionalTopic } from "@/lib/domain/notifications/notification-topics";

export interface NotificationPreferences {
  /** Each optional topic and whether it is emailed. */
  topics: { kind: OptionalTopic; label: { zh: string; en: string }; email: boolean }[];
}

/** The caller's own choices; everything not listed is essential and always emailed. */
export async function notificationPreferences(actor: Pick<Actor, "id">): Promise<NotificationPreferences> {
  const db = await prisma();
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { emailOptOut: true } });
  const off = new Set(user?.emailOptOut ?? []);
  return { topics: OPTIONAL_TOPICS.map((topic) => ({ kind: topic.kind, label: topic.label, email: !off.has(topic.kind) })) };
}

// A form sends the ticked boxes only: the topics to keep emailing.
export const preferencesSchema = z.object({
  email: z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.string().max(100)).max(OPTIONAL_TOPICS.length)),
});

/**
 * Stores which optional topics the caller no longer wants by email. An essential kind cannot be
 * turned off: naming one is refused and nothing is changed.
 */
export async function updateNotificationPreferences(actor: Pick<Actor, "id">, input: z.infer<typeof preferencesSchema>): Promise<NotificationPreferences> {
  const unknown = input.email.filter((kind) => !isOptionalTopic(kind));
  if (unknown.length > 0) {
    throw new DomainError(
      "invalid",
      {
        zh: "只能选择可关闭的通知类型；截止日期、决定、补正、邀请等通知总会发送。",
        en: "Only optional kinds can be chosen; deadlines, decisions, corrections and invitations are always sent.",
      },
      { field: "email", kinds: unknown },
    );
  }
  const keep = new Set(input.email);
  const db = await prisma();
  await db.user.update({ where: { id: actor.id }, data: { emailOptOut: OPTIONAL_TOPICS.map((topic) => topic.kind).filter((kind) => !keep.has(kind)) } });
  return notificationPreferences(actor);
}
