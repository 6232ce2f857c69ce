import { prisma } from "@/lib/db/client";

/** Past job runs, newest first, a page at a time. */
export async function listJobRuns(page: { page: number; size: number }) {
  const db = await prisma();
  const [total, rows] = await Promise.all([
    db.jobRun.count(),
    db.jobRun.findMany({
      select: { id: true, job: true, startedAt: true, finishedAt: true, status: true, result: true, trigger: true },
      orderBy: [{ startedAt: "desc" }, { id: "asc" }],
      skip: (page.page - 1) * page.size,
      take: page.size,
    }),
  ]);
  return { total, rows };
}
