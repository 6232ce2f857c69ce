import "server-only";
import { isoOf, systemNow } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import { verifyRecognition } from "../register/verify-recognition";
import { renderCertificate } from "./render-certificate";

/** The certificate PDF of a recognition, or null when there is no such recognition. */
export async function certificateFor(
  recognitionId: string,
  origin: string,
  now = systemNow(),
): Promise<{ pdf: Buffer; certificateNo: string; verifyUrl: string } | null> {
  const row = await verifyRecognition(recognitionId, now);
  if (!row) return null;
  const db = await prisma();
  const batch = row.batchId ? await db.batch.findUnique({ where: { id: row.batchId }, select: { authorityCode: true, announcedOn: true } }) : null;
  const authorityCode = batch ? batch.authorityCode : row.tier === "little_giant" ? null : row.provinceCode;
  const verifyUrl = `${origin.replace(/\/$/, "")}/verify/${row.id}`;
  // Issued on the day the list was announced; a title from an imported list without a batch dates from its validity.
  const issuedOn = batch?.announcedOn ? isoOf(batch.announcedOn) : row.validFrom;
  const pdf = await renderCertificate({ row, authorityCode, verifyUrl, issuedOn });
  return { pdf, certificateNo: row.certificateNo, verifyUrl };
}
