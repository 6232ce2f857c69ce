import type { Tx } from "../db-types";

/**
 * A re-review is an ordinary application linked to the title it re-examines. The schema has no
 * column for the link, so it is the "rereview_started" event's evidence ({ applicationId }) on
 * the title's history (see the report of issue 6).
 */
export async function rereviewApplicationId(tx: Tx, recognitionId: string): Promise<string | null> {
  const event = await tx.recognitionEvent.findFirst({
    where: { recognitionId, kind: "rereview_started" },
    orderBy: { createdAt: "desc" },
    select: { evidence: true },
  });
  const id = (event?.evidence as { applicationId?: unknown } | null)?.applicationId;
  return typeof id === "string" ? id : null;
}

/** The title an application re-reviews, if it is a re-review. */
export async function recognitionForRereview(tx: Tx, applicationId: string): Promise<string | null> {
  const event = await tx.recognitionEvent.findFirst({
    where: { kind: "rereview_started", evidence: { path: ["applicationId"], equals: applicationId } },
    select: { recognitionId: true },
  });
  return event?.recognitionId ?? null;
}
