import { databaseConfig } from "./database-config";
import { holdDatabase, openedDatabase } from "./database-holder";
import { openDatabase, type Database } from "./open-database";

export function database(): Promise<Database> {
  return openedDatabase() ?? holdDatabase(openDatabase(databaseConfig()));
}

export async function prisma() {
  return (await database()).prisma;
}

/** Tests install their own fresh database with this. */
export function useDatabase(db: Database): void {
  holdDatabase(Promise.resolve(db));
}
