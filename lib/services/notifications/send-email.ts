import { prisma } from "@/lib/db/client";
import { requestDelivery } from "@/lib/outbox/delivery-hook";
import { queueEmail } from "@/lib/outbox/queue-email";
import type { NotificationMessage } from "./notify";

/**
 * Called after a transaction that wrote notifications: their emails are already in the outbox
 * (written by the same transaction, docs/decisions/017), so this only asks the worker to deliver
 * them now instead of at its next round. The arguments are kept for the callers' sake.
 */
export async function sendEmails(_to: string[], _message: NotificationMessage): Promise<void> {
  await requestDelivery();
}

/**
 * An email that is not a notification's copy (the recipient may have no account): queued in the
 * outbox on its own, then handed to the worker for delivery at once. Delivery failures stay in
 * the outbox to be retried; they never reach the caller.
 */
export async function sendEmailDirectly(to: string[], message: NotificationMessage): Promise<void> {
  const ids = await queueEmail(await prisma(), to, message);
  if (ids.length > 0) await requestDelivery(ids);
}
