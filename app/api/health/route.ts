import { database } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the test harness. */
export async function GET() {
  try {
    const db = await database();
    await db.sql.query("SELECT 1");
    return Response.json({ status: "ok", database: db.kind });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
