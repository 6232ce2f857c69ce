import { isDemoClock, systemNow } from "@/lib/calendar/today";
import { database } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/**
 * Liveness and database reachability, for load balancers and the test harness; with a
 * demonstration clock (docs/decisions/030), the portal's time, so a test knows where it stands.
 */
export async function GET() {
  try {
    const db = await database();
    await db.sql.query("SELECT 1");
    const clock = !isDemoClock() ? {} : { clock: { now: systemNow().toISOString(), demonstration: true } };
    return Response.json({ status: "ok", database: db.kind, ...clock });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
