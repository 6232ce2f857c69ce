import { databaseConfig } from "@/lib/db/database-config";
import { installDeliveryHook } from "@/lib/outbox/delivery-hook";
import { closeSmtpTransports } from "@/lib/outbox/smtp-transport";
import { startGraphileWorker } from "./graphile-runner";
import { startPollingWorker } from "./polling-runner";
import { workerSettings } from "./worker-settings";

export interface RunningWorker {
  kind: "graphile-worker" | "polling";
  /** Wakes delivery (of these messages, or whatever is due) without waiting for it. */
  deliverNow(ids?: readonly string[]): Promise<void>;
  /** Takes no more work, gives back claimed messages not yet sent, waits for what is running. */
  stop(): Promise<void>;
}

/**
 * Starts this instance's worker for the database it uses (graphile-worker on PostgreSQL, the
 * polling loop on PGlite) and lets code in this process wake it (lib/outbox/delivery-hook).
 * Returns null when WORKER=off.
 */
export async function startWorker(env: Record<string, string | undefined> = process.env): Promise<RunningWorker | null> {
  const settings = workerSettings(env);
  if (!settings.enabled) return null;
  const config = databaseConfig(env);
  const worker =
    config.kind === "postgres"
      ? await startGraphileWorker({ connectionString: config.url, jobsCron: settings.jobsCron })
      : startPollingWorker({ jobsCron: settings.jobsCron, pollSeconds: settings.pollSeconds });
  installDeliveryHook((ids) => worker.deliverNow(ids));
  return {
    ...worker,
    stop: async () => {
      installDeliveryHook(undefined);
      await worker.stop();
      closeSmtpTransports();
    },
  };
}
