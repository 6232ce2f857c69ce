import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { chinaDate } from "../calendar/today";
import { REGISTER_ROW_SELECT, toRegisterRow } from "./register-rows";

export const recognitionIdSchema = z.string().uuid();

/**
 * What the certificate's QR code opens: the title as the register holds it now — valid,
 * expired, revoked or given up — so a printed certificate cannot outlive its title.
 */
export async function verifyRecognition(recognitionId: string, now = new Date()) {
  if (!recognitionIdSchema.safeParse(recognitionId).success) return null;
  const db = await prisma();
  const row = await db.recognition.findUnique({ where: { id: recognitionId }, select: REGISTER_ROW_SELECT });
  return row ? toRegisterRow(row, chinaDate(now)) : null;
}
