/**
 * How code that has just queued messages asks for them to be delivered, without importing the
 * delivery (and its email renderer) into the Next.js bundle: the worker of this process — started
 * by server.ts, or by a test — installs itself here on globalThis, which the bundle and the
 * server share (as the database is shared, lib/db/database-holder.ts). With nothing installed,
 * the messages simply wait in the outbox for a worker.
 */
export type DeliveryHook = (ids?: readonly string[]) => Promise<void>;

const holder = globalThis as unknown as { __smeOutboxDelivery?: DeliveryHook };

export function installDeliveryHook(hook: DeliveryHook | undefined): void {
  holder.__smeOutboxDelivery = hook;
}

/** Asks the worker to deliver now (the given messages, or whatever is due); never throws. */
export async function requestDelivery(ids?: readonly string[]): Promise<void> {
  const hook = holder.__smeOutboxDelivery;
  if (!hook) return;
  await hook(ids).catch((error: unknown) => console.error("outbox delivery request failed", error));
}
