import { spawnSync } from "node:child_process";
import { cp, rename, stat } from "node:fs/promises";
import type { DatabaseConfig } from "../database-config";

/**
 * Backups of either engine. PostgreSQL: pg_dump's custom format and pg_restore, which bring back
 * schema, data, the migration history and the audit log's triggers (created after the data is
 * loaded, so restored rows keep their original hashes). PGlite: a copy of its data folder, taken
 * while no process has it open (stop the portal first: PGlite allows a single opener).
 */
export async function backupDatabase(config: DatabaseConfig, target: string): Promise<void> {
  if (config.kind === "postgres") {
    run("pg_dump", ["--format=custom", "--no-owner", "--file", target, config.url]);
    return;
  }
  if (!config.dataDir) throw new Error("an in-memory PGlite database has nothing to back up");
  await cp(config.dataDir, target, { recursive: true, errorOnExist: true, force: false });
}

export async function restoreDatabase(config: DatabaseConfig, source: string): Promise<void> {
  if (config.kind === "postgres") {
    run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname", config.url, source]);
    return;
  }
  if (!config.dataDir) throw new Error("cannot restore into an in-memory PGlite database");
  await stat(source);
  // The current folder is kept beside the restored one rather than deleted: a restore is undoable.
  const previous = `${config.dataDir}.before-restore-${Date.now()}`;
  await rename(config.dataDir, previous).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await cp(source, config.dataDir, { recursive: true });
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.error) throw new Error(`${command} could not be started: ${result.error.message} (install the PostgreSQL client tools)`);
  if (result.status !== 0) throw new Error(`${command} failed (exit ${result.status}): ${result.stderr.trim()}`);
}
