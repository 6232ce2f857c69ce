import type { Database } from "./open-database";

// One database per process: PGlite allows one opener of its data folder, and a pg pool is
// meant to be shared. Kept on globalThis so Next.js dev reloads reuse it, and so the production
// server's page cache (server.ts, loaded outside Next.js's bundle) reads through the same one
// rather than opening a second.
const holder = globalThis as unknown as { __smeDatabase?: Promise<Database> };

/** The database this process has opened, if anything has opened it yet. */
export function openedDatabase(): Promise<Database> | undefined {
  return holder.__smeDatabase;
}

export function holdDatabase(db: Promise<Database>): Promise<Database> {
  holder.__smeDatabase = db;
  return db;
}
