import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { chinaDate } from "../calendar/today";
import { registerRowsSql, toRegisterRow, type RegisterRowRecord } from "./register-rows";

export const recognitionIdSchema = z.string().uuid();

/**
 * What the certificate's QR code opens: the title as the register holds it now — valid,
 * expired, revoked or given up — so a printed certificate cannot outlive its title.
 */
export async function verifyRecognition(recognitionId: string, now = new Date()) {
  if (!recognitionIdSchema.safeParse(recognitionId).success) return null;
  const db = await prisma();
  const [row] = await db.$queryRaw<RegisterRowRecord[]>(registerRowsSql(Prisma.sql`r.id = ${recognitionId}::uuid`, Prisma.sql`r.id`));
  return row ? toRegisterRow(row, chinaDate(now)) : null;
}
