import { prisma } from "@/lib/db/client";

/** The provinces of the Region table, for the move form's first select. */
export async function listProvinces() {
  const db = await prisma();
  return db.region.findMany({ where: { level: "province" }, select: { code: true, nameZh: true, nameEn: true }, orderBy: { code: "asc" } });
}
