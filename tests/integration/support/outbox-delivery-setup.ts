import { deliverUntilIdle } from "@/lib/outbox/deliver-outbox";
import { installDeliveryHook } from "@/lib/outbox/delivery-hook";

/**
 * Integration tests run no worker: a request for delivery is served here, in process, before the
 * service returns, so a test that sets SMTP_URL sees its mail as soon as the call is done.
 * Without SMTP_URL the messages wait in the outbox, as in a portal without email.
 */
installDeliveryHook(async (ids) => {
  if (process.env.SMTP_URL) await deliverUntilIdle({ ids });
});
