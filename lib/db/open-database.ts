import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { pgliteAdapter } from "./pglite-adapter";
import { Pool } from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import type { DatabaseConfig } from "./database-config";
import { pgliteRunner, pgPoolRunner, type SqlRunner } from "./sql-runner";

export interface Database {
  prisma: PrismaClient;
  sql: SqlRunner;
  kind: DatabaseConfig["kind"];
  close(): Promise<void>;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === "postgres") {
    // Parallel query is off by default: the portal's queries are short and many run at once, and
    // starting workers cost more than they saved (a register count: 66-133 ms with two workers,
    // 12-16 ms without, at 150,000 titles on a 2-core server).
    const pool = new Pool({
      connectionString: config.url,
      max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
      options: `-c max_parallel_workers_per_gather=${config.parallelWorkers ?? 0}`,
    });
    // An idle client that loses its server (a restart) must not crash the process; the pool
    // replaces it on the next checkout.
    pool.on("error", () => undefined);
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    return {
      prisma,
      sql: pgPoolRunner(pool),
      kind: "postgres",
      close: async () => {
        await prisma.$disconnect();
        await pool.end().catch(() => undefined);
      },
    };
  }
  const client = config.dataDir ? await PGlite.create({ dataDir: config.dataDir }) : await PGlite.create();
  const prisma = new PrismaClient({ adapter: pgliteAdapter(client) });
  return {
    prisma,
    sql: pgliteRunner(client),
    kind: "pglite",
    close: async () => {
      await prisma.$disconnect();
      await client.close();
    },
  };
}
