import { DomainError } from "@/lib/errors/domain-error";

/** The claim page for a firm, with its credit code filled in. */
export const claimHref = (creditCode: string) => `/claim?creditCode=${encodeURIComponent(creditCode)}`;

/**
 * Sign-up's answer for a credit code already on the register whose firm has no user (it came
 * from an imported published list): not "ask your administrator" — there is none — but an
 * offer to claim the firm (docs/decisions/027). Said openly, like creditCodeTaken: a firm's
 * registration is a matter of the firm, not of a person.
 */
export const creditCodeClaimable = (creditCode: string) =>
  new DomainError(
    "conflict",
    {
      zh: "该企业已在登记册中（例如来自已公布的名单），但尚无人管理其账号。如您代表该企业，请提交认领申请并上传营业执照或授权书。",
      en: "This firm is already on the register (for example from a published list) but nobody administers it yet. If you act for it, claim it with its business licence or an authorisation letter.",
    },
    { field: "creditCode", reason: "claimable", claimHref: claimHref(creditCode) },
  );
