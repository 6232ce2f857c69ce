import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { chinaDate, systemNow } from "@/lib/calendar/today";
import { registerRowsSql, toRegisterRow, type RegisterRowRecord } from "./register-rows";

export const recognitionIdSchema = z.string().uuid();

/**
 * What the certificate's QR code opens: the title as the register holds it now — valid,
 * expired, revoked or given up — so a printed certificate cannot outlive its title.
 */
export async function verifyRecognition(recognitionId: string, now = systemNow()) {
  if (!recognitionIdSchema.safeParse(recognitionId).success) return null;
  const db = await prisma();
  const [row] = await db.$queryRaw<RegisterRowRecord[]>(registerRowsSql(Prisma.sql`r.id = ${recognitionId}::uuid`, Prisma.sql`r.id`));
  return row ? toRegisterRow(row, chinaDate(now)) : null;
}

/**
 * What a person types from a printed certificate: its number, as printed ("XJR-2024-013878");
 * spaces around it and lower-case letters are forgiven. Anything else is not a certificate number.
 */
export const certificateNoSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}\-_/.]*$/u)
  .transform((no) => no.toUpperCase());

/** The recognition a certificate number belongs to, or null (also for text that is not a number). */
export async function recognitionIdByCertificate(input: string): Promise<string | null> {
  const parsed = certificateNoSchema.safeParse(input);
  if (!parsed.success) return null;
  const db = await prisma();
  const found = await db.recognition.findFirst({ where: { certificateNo: { in: [...new Set([input.trim(), parsed.data])] } }, select: { id: true } });
  return found?.id ?? null;
}
