import { prisma } from "@/lib/db/client";

export async function regionName(code: string | null, locale: string): Promise<string | null> {
  if (!code) return null;
  const region = await (await prisma()).region.findUnique({ where: { code }, select: { nameZh: true, nameEn: true } });
  if (!region) return code;
  return locale === "en" ? region.nameEn : region.nameZh;
}
