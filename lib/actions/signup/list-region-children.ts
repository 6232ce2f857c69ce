"use server";

import { z } from "zod";
import { prisma } from "@/lib/db/client";

const parentSchema = z.string().regex(/^\d{6}$/);

export interface RegionOption {
  code: string;
  nameZh: string;
  nameEn: string;
}

/**
 * The cities of a province or the counties of a city, for the sign-up form's cascading selects.
 * Public data (the GB/T 2260 region table), so no session is needed.
 */
export async function listRegionChildrenAction(parentCode: unknown): Promise<RegionOption[]> {
  const parsed = parentSchema.safeParse(parentCode);
  if (!parsed.success) return [];
  const db = await prisma();
  return db.region.findMany({ where: { parentCode: parsed.data }, select: { code: true, nameZh: true, nameEn: true }, orderBy: { code: "asc" } });
}
