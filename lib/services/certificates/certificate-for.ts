import "server-only";
import { prisma } from "@/lib/db/client";
import { verifyRecognition } from "../register/verify-recognition";
import { renderCertificate } from "./render-certificate";

/** The certificate PDF of a recognition, or null when there is no such recognition. */
export async function certificateFor(recognitionId: string, origin: string, now = new Date()): Promise<{ pdf: Buffer; certificateNo: string; verifyUrl: string } | null> {
  const row = await verifyRecognition(recognitionId, now);
  if (!row) return null;
  const db = await prisma();
  const batch = row.batchId ? await db.batch.findUnique({ where: { id: row.batchId }, select: { authorityCode: true } }) : null;
  const authorityCode = batch ? batch.authorityCode : row.tier === "little_giant" ? null : row.provinceCode;
  const verifyUrl = `${origin.replace(/\/$/, "")}/verify/${row.id}`;
  const pdf = await renderCertificate({ row, authorityCode, verifyUrl });
  return { pdf, certificateNo: row.certificateNo, verifyUrl };
}
