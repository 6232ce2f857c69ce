import "server-only";
import { mayUseTwoFactor, parseSecondFactor, requiredRolesSchema, type TwoFactorRole } from "@/lib/domain/accounts/two-factor";
import type { Role } from "@/lib/domain/roles";
import type { Tx } from "@/lib/services/db-types";
import { readNationalSetting } from "@/lib/services/settings/national-setting";
import { openTotpSecret, recoveryCodeHash, verifyTotp } from "./totp";

/** The national_setting row naming the roles that must sign in with a second factor. */
export const TWO_FACTOR_REQUIRED_KEY = "two-factor.requiredRoles";

export async function requiredTwoFactorRoles(tx?: Tx): Promise<TwoFactorRole[]> {
  return (await readNationalSetting(TWO_FACTOR_REQUIRED_KEY, requiredRolesSchema, [], tx)).value;
}

export async function isTwoFactorRequired(role: Role, tx?: Tx): Promise<boolean> {
  return mayUseTwoFactor(role) && (await requiredTwoFactorRoles(tx)).includes(role);
}

/**
 * Checks a typed second factor against the account, in the caller's transaction, and spends it:
 * a TOTP code moves the last accepted step on (the same code, or an older one, fails next time);
 * a recovery code is removed. The account row is locked first, so two sign-ins with one code
 * cannot both pass.
 */
export async function spendSecondFactor(tx: Tx, userId: string, typed: unknown, now: Date): Promise<"totp" | "recovery" | null> {
  const factor = parseSecondFactor(typed);
  if (!factor) return null;
  const [user] = await tx.$queryRaw<{ totp_secret: string | null; totp_last_step: number | null; totp_recovery_hashes: string[] }[]>`
    SELECT totp_secret, totp_last_step, totp_recovery_hashes FROM app_user WHERE id = ${userId}::uuid FOR UPDATE`;
  if (!user?.totp_secret) return null;
  if (factor.kind === "totp") {
    const step = await verifyTotp(openTotpSecret(user.totp_secret), factor.code, now, user.totp_last_step);
    if (step === null) return null;
    await tx.user.update({ where: { id: userId }, data: { totpLastStep: step }, select: { id: true } });
    return "totp";
  }
  const hash = recoveryCodeHash(factor.code);
  if (!user.totp_recovery_hashes.includes(hash)) return null;
  await tx.user.update({ where: { id: userId }, data: { totpRecoveryHashes: user.totp_recovery_hashes.filter((h) => h !== hash) }, select: { id: true } });
  return "recovery";
}
