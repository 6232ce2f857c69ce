export interface Bilingual {
  zh: string;
  en: string;
}

export type DomainErrorKind = "invalid" | "unauthenticated" | "forbidden" | "not-found" | "conflict";

const STATUS: Record<DomainErrorKind, 400 | 401 | 403 | 404 | 409> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
};

/**
 * An outcome a person must be told about (not a bug): services throw it, and the one action
 * wrapper and the API routes turn it into a status and a message in the person's language.
 */
export class DomainError extends Error {
  readonly status: 400 | 401 | 403 | 404 | 409;
  constructor(
    readonly kind: DomainErrorKind,
    readonly bilingual: Bilingual,
    readonly details: Record<string, unknown> = {},
  ) {
    super(bilingual.en);
    this.name = "DomainError";
    this.status = STATUS[kind];
  }
}

export const forbidden = () => new DomainError("forbidden", { zh: "您无权执行此操作。", en: "You are not allowed to do this." });

/** Records outside the caller's jurisdiction are reported as missing, not as forbidden. */
export const notFound = (what: Bilingual = { zh: "记录", en: "record" }) =>
  new DomainError("not-found", { zh: `${what.zh}不存在或您无权查看。`, en: `The ${what.en} does not exist or you may not see it.` });

export const staleVersion = () =>
  new DomainError("conflict", {
    zh: "该记录已被他人修改，请刷新后重试。",
    en: "This record was changed by someone else. Please reload and try again.",
  });
