import type { Permission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require-permission";
import { isRecordId } from "@/lib/domain/record-id";
import type { Actor } from "@/lib/auth/roles";
import { notFound } from "@/lib/errors/domain-error";
import type { Tx } from "../db-types";

export const RECOGNITION_WORD = { zh: "认定记录", en: "recognition" } as const;

export const RECOGNITION_SCOPE_SELECT = {
  id: true,
  certificateNo: true,
  companyId: true,
  programmeId: true,
  applicationId: true,
  ruleSetId: true,
  tier: true,
  year: true,
  status: true,
  version: true,
  validFrom: true,
  validUntil: true,
  provinceCode: true,
  cityCode: true,
  flaggedAt: true,
  flagReason: true,
  rereviewRightLost: true,
} as const;

/**
 * Loads a recognition only if the caller may see it; another firm's or another jurisdiction's
 * record is "not found", so ids cannot be probed.
 */
export async function loadRecognitionInScope(tx: Tx, actor: Actor, recognitionId: string, permission: Permission = "recognition:read") {
  requirePermission(actor, permission);
  if (!isRecordId(recognitionId)) throw notFound(RECOGNITION_WORD);
  const recognition = await tx.recognition.findUnique({ where: { id: recognitionId }, select: RECOGNITION_SCOPE_SELECT });
  if (!recognition) throw notFound(RECOGNITION_WORD);
  requirePermission(actor, permission, recognition, RECOGNITION_WORD);
  return recognition;
}

export type ScopedRecognition = Awaited<ReturnType<typeof loadRecognitionInScope>>;
