import { Client } from "pg";

/** Whether the PostgreSQL server the integration tests use (TEST_POSTGRES_URL or the local one) answers. */
export async function postgresReachable(): Promise<boolean> {
  const client = new Client({
    connectionString: process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
    connectionTimeoutMillis: 3000,
  });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
