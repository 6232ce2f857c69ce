import { createHash } from "node:crypto";
import { DomainError } from "@/lib/errors/domain-error";
import type { Tx } from "../db-types";
import { formTokenExpiry } from "@/lib/http/spam-guard";
import { wallClock } from "@/lib/calendar/today";

/**
 * Spent objection-form tokens, in the database rather than one instance's memory so that a token
 * spent on one instance is spent on all. Only the token's SHA-256 is kept, until the token would
 * have expired anyway.
 */
const digest = (token: string) => createHash("sha256").update(token).digest("hex");

export const formTokenSpent = () =>
  new DomainError(
    "conflict",
    {
      zh: "此表单已提交过。如需再提出异议，请刷新页面后重新填写。",
      en: "This form has already been sent. To lodge another objection, reload the page and fill it in again.",
    },
    { field: "", reason: "token-used" },
  );

/** Whether the token has already lodged an objection (an early answer; spendFormToken decides). */
export async function isFormTokenSpent(db: Tx, token: string): Promise<boolean> {
  return (await db.usedFormToken.count({ where: { tokenHash: digest(token) } })) > 0;
}

/**
 * Marks the token spent inside the transaction that lodges the objection, so the two commit
 * together; of two submissions of one token at once, the second waits on the first's row and is
 * refused. Records past their expiry are cleared on the way.
 */
export async function spendFormToken(tx: Tx, token: string, now = wallClock()): Promise<void> {
  await tx.usedFormToken.deleteMany({ where: { expiresAt: { lt: now } } });
  const { count } = await tx.usedFormToken.createMany({ data: [{ tokenHash: digest(token), expiresAt: formTokenExpiry(token) }], skipDuplicates: true });
  if (count === 0) throw formTokenSpent();
}
