import "server-only";
import QRCode from "qrcode";
import { z } from "zod";
import { hasPermission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/roles";
import { isTwoFactorRequired, requiredTwoFactorRoles, spendSecondFactor, TWO_FACTOR_REQUIRED_KEY } from "@/lib/auth/second-factor";
import { newTotpSecret, openTotpSecret, otpauthUri, recoveryCodeHash, sealTotpSecret, verifyTotp } from "@/lib/auth/totp";
import { systemNow } from "@/lib/calendar/today";
import { prisma } from "@/lib/db/client";
import {
  mayUseTwoFactor,
  newRecoveryCodes,
  parseSecondFactor,
  requiredRolesSchema,
  TWO_FACTOR_ROLES,
  type TwoFactorRole,
} from "@/lib/domain/accounts/two-factor";
import { DomainError, forbidden } from "@/lib/errors/domain-error";
import { appendAudit } from "../audit/append-audit";
import { writeNationalSetting } from "../settings/national-setting";

export interface TwoFactorStatus {
  /** The role may enrol at all (officials, administrators, experts). */
  available: boolean;
  enabled: boolean;
  required: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
}

const codeField = z.string({ error: "请输入验证码。 / Enter the code." }).trim().min(1, { error: "请输入验证码。 / Enter the code." }).max(40);
export const confirmTwoFactorSchema = z.object({ code: codeField });
export const setRequiredRolesSchema = z.object({
  roles: z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), requiredRolesSchema),
});

const wrongCode = () =>
  new DomainError(
    "invalid",
    {
      zh: "验证码不正确或已使用，请输入身份验证器中当前显示的6位数字。",
      en: "The code is wrong or was already used. Enter the 6 digits your authenticator app shows now.",
    },
    { field: "code" },
  );

function mustBeAvailable(actor: Actor) {
  if (!mayUseTwoFactor(actor.role))
    throw new DomainError("forbidden", { zh: "企业账号不使用双重验证。", en: "Company accounts do not use two-factor sign-in." });
}

export async function twoFactorStatus(actor: Actor): Promise<TwoFactorStatus> {
  const db = await prisma();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { totpEnabledAt: true, totpRecoveryHashes: true } });
  return {
    available: mayUseTwoFactor(actor.role),
    enabled: user.totpEnabledAt !== null,
    required: await isTwoFactorRequired(actor.role),
    enabledAt: user.totpEnabledAt,
    recoveryCodesLeft: user.totpRecoveryHashes.length,
  };
}

export interface TwoFactorEnrolment {
  secret: string;
  uri: string;
  qrSvg: string;
}

/**
 * The secret to scan, kept pending (sealed) until a first code proves the app has it. Reloading
 * the page shows the same pending secret rather than a new one the person may already have scanned.
 */
export async function startTwoFactorEnrolment(actor: Actor): Promise<TwoFactorEnrolment> {
  mustBeAvailable(actor);
  const db = await prisma();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true, totpEnabledAt: true, totpPendingSecret: true } });
  if (user.totpEnabledAt) throw new DomainError("conflict", { zh: "双重验证已启用。", en: "Two-factor sign-in is already on." });
  let secret = user.totpPendingSecret ? openTotpSecret(user.totpPendingSecret) : null;
  if (!secret) {
    secret = newTotpSecret();
    await db.user.update({ where: { id: actor.id }, data: { totpPendingSecret: sealTotpSecret(secret) }, select: { id: true } });
  }
  const uri = otpauthUri(secret, user.email);
  return { secret, uri, qrSvg: await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 1 }) };
}

/** Turns two-factor on with the first code from the app; returns the recovery codes, shown this once. */
export async function confirmTwoFactorEnrolment(
  actor: Actor,
  input: z.infer<typeof confirmTwoFactorSchema>,
  now: Date = systemNow(),
): Promise<{ recoveryCodes: string[] }> {
  mustBeAvailable(actor);
  const factor = parseSecondFactor(input.code);
  if (factor?.kind !== "totp") throw wrongCode();
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const [user] = await tx.$queryRaw<{ totp_pending_secret: string | null; totp_enabled_at: Date | null }[]>`
      SELECT totp_pending_secret, totp_enabled_at FROM app_user WHERE id = ${actor.id}::uuid FOR UPDATE`;
    if (user?.totp_enabled_at) throw new DomainError("conflict", { zh: "双重验证已启用。", en: "Two-factor sign-in is already on." });
    if (!user?.totp_pending_secret) throw new DomainError("conflict", { zh: "请先打开本页获取二维码。", en: "Open this page first to get the QR code." });
    const step = await verifyTotp(openTotpSecret(user.totp_pending_secret), factor.code, now, null);
    if (step === null) throw wrongCode();
    const recoveryCodes = newRecoveryCodes();
    await tx.user.update({
      where: { id: actor.id },
      data: {
        totpSecret: user.totp_pending_secret,
        totpPendingSecret: null,
        totpEnabledAt: now,
        totpLastStep: step,
        totpRecoveryHashes: recoveryCodes.map(recoveryCodeHash),
      },
      select: { id: true },
    });
    await appendAudit(tx, actor, { action: "account.two-factor-on", entityType: "user", entityId: actor.id, fromStatus: "off", toStatus: "on" });
    return { recoveryCodes };
  });
}

/** New recovery codes (the old ones stop working), on a current code from the app. */
export async function regenerateRecoveryCodes(
  actor: Actor,
  input: z.infer<typeof confirmTwoFactorSchema>,
  now: Date = systemNow(),
): Promise<{ recoveryCodes: string[] }> {
  mustBeAvailable(actor);
  if (parseSecondFactor(input.code)?.kind !== "totp") throw wrongCode();
  const db = await prisma();
  return db.$transaction(async (tx) => {
    if ((await spendSecondFactor(tx, actor.id, input.code, now)) !== "totp") throw wrongCode();
    const recoveryCodes = newRecoveryCodes();
    await tx.user.update({ where: { id: actor.id }, data: { totpRecoveryHashes: recoveryCodes.map(recoveryCodeHash) }, select: { id: true } });
    await appendAudit(tx, actor, { action: "account.two-factor-recovery-codes", entityType: "user", entityId: actor.id });
    return { recoveryCodes };
  });
}

/** Turns two-factor off with a code or a recovery code — not where the person's role requires it. */
export async function disableTwoFactor(actor: Actor, input: z.infer<typeof confirmTwoFactorSchema>, now: Date = systemNow()): Promise<{ enabled: false }> {
  mustBeAvailable(actor);
  const db = await prisma();
  return db.$transaction(async (tx) => {
    if (await isTwoFactorRequired(actor.role, tx)) {
      throw new DomainError("conflict", { zh: "您的角色必须使用双重验证，不能关闭。", en: "Your role requires two-factor sign-in; it cannot be turned off." });
    }
    if (!(await spendSecondFactor(tx, actor.id, input.code, now))) throw wrongCode();
    await tx.user.update({
      where: { id: actor.id },
      data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null, totpRecoveryHashes: [] },
      select: { id: true },
    });
    await appendAudit(tx, actor, { action: "account.two-factor-off", entityType: "user", entityId: actor.id, fromStatus: "on", toStatus: "off" });
    return { enabled: false as const };
  });
}

export interface RequiredRolesSetting {
  roles: TwoFactorRole[];
  choices: readonly TwoFactorRole[];
}

export async function readRequiredTwoFactorRoles(actor: Actor): Promise<RequiredRolesSetting> {
  if (!hasPermission(actor, "two-factor:require")) throw forbidden();
  return { roles: await requiredTwoFactorRoles(), choices: TWO_FACTOR_ROLES };
}

/**
 * Which roles must sign in with a second factor. Takes effect at each person's next sign-in: a
 * session already open goes on until it ends (within the idle limit of 30 minutes for officials).
 */
export async function setRequiredTwoFactorRoles(actor: Actor, input: z.infer<typeof setRequiredRolesSchema>): Promise<{ roles: TwoFactorRole[] }> {
  if (!hasPermission(actor, "two-factor:require")) throw forbidden();
  const roles = TWO_FACTOR_ROLES.filter((role) => input.roles.includes(role));
  const db = await prisma();
  return db.$transaction(async (tx) => {
    const before = await requiredTwoFactorRoles(tx);
    await writeNationalSetting(tx, actor, {
      key: TWO_FACTOR_REQUIRED_KEY,
      value: roles,
      action: "setting.two-factor-required",
      fromStatus: before.join(",") || "none",
      toStatus: roles.join(",") || "none",
    });
    return { roles };
  });
}
