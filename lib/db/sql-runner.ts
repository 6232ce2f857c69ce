import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";

/** The few raw operations that migrations, backups and health checks need, for either engine. */
export interface SqlRunner {
  /** Runs one or more statements with no parameters. */
  exec(sql: string): Promise<void>;
  query<T extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `work` on one connection inside a transaction; rolls back if it throws. */
  transaction<T>(work: (tx: Omit<SqlRunner, "transaction">) => Promise<T>): Promise<T>;
}

export function pgliteRunner(client: PGlite): SqlRunner {
  return {
    exec: async (sql) => {
      await client.exec(sql);
    },
    query: async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) => (await client.query<T>(sql, params)).rows,
    transaction: (work) =>
      client.transaction((tx) =>
        work({
          exec: async (sql) => {
            await tx.exec(sql);
          },
          query: async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) => (await tx.query<T>(sql, params)).rows,
        }),
      ),
  };
}

export function pgPoolRunner(pool: Pool): SqlRunner {
  return {
    exec: async (sql) => {
      await pool.query(sql);
    },
    query: async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) => (await pool.query<T>(sql, params)).rows,
    transaction: async (work) => {
      const connection = await pool.connect();
      try {
        await connection.query("BEGIN");
        const result = await work({
          exec: async (sql) => {
            await connection.query(sql);
          },
          query: async <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) => (await connection.query<T>(sql, params)).rows,
        });
        await connection.query("COMMIT");
        return result;
      } catch (error) {
        await connection.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
  };
}
