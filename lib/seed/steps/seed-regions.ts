import type { PrismaClient } from "@/generated/prisma/client";
import { CHINA_PROVINCES } from "@/lib/regions";
import { insertInChunks } from "../insert-in-chunks";

export async function seedRegions(db: PrismaClient): Promise<number> {
  const rows = CHINA_PROVINCES.flatMap((province) => [
    { code: province.code, nameZh: province.nameZh, nameEn: province.nameEn, level: "province" as const, parentCode: null },
    ...province.cities.flatMap((city) => [
      { code: city.code, nameZh: city.nameZh, nameEn: city.nameEn, level: "city" as const, parentCode: province.code },
      ...city.counties.map((county) => ({ code: county.code, nameZh: county.nameZh, nameEn: county.nameEn, level: "county" as const, parentCode: city.code })),
    ]),
  ]);
  // Parents before children: the tree has a foreign key to itself.
  for (const level of ["province", "city", "county"] as const) {
    await insertInChunks(
      rows.filter((r) => r.level === level),
      (chunk) => db.region.createMany({ data: chunk, skipDuplicates: true }),
    );
  }
  return rows.length;
}
