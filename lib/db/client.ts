import { databaseConfig } from "./database-config";
import { openDatabase, type Database } from "./open-database";

// One database per process: PGlite allows one opener of its data folder, and a pg pool is
// meant to be shared. Kept on globalThis so Next.js dev reloads reuse it.
const holder = globalThis as unknown as { __smeDatabase?: Promise<Database> };

export function database(): Promise<Database> {
  holder.__smeDatabase ??= openDatabase(databaseConfig());
  return holder.__smeDatabase;
}

export async function prisma() {
  return (await database()).prisma;
}

/** Tests install their own fresh database with this. */
export function useDatabase(db: Database): void {
  holder.__smeDatabase = Promise.resolve(db);
}
