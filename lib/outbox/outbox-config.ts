/**
 * The outbox's settings, read from the environment each time (tests change them):
 * OUTBOX_MAX_ATTEMPTS (default 8) failures before a message is dead; OUTBOX_RETRY_BASE_SECONDS
 * (default 30) the first wait, doubled after each failure up to OUTBOX_RETRY_MAX_SECONDS
 * (default 6 hours); PUBLIC_URL (else NEXTAUTH_URL) the portal's address for links in emails;
 * PORTAL_NAME; SMTP_URL and SMTP_FROM.
 */
export interface OutboxConfig {
  maxAttempts: number;
  retryBaseSeconds: number;
  retryMaxSeconds: number;
  publicUrl: string;
  portalName: { zh: string; en: string };
  smtpUrl: string | null;
  from: string;
}

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1, not "${value}"`);
  return n;
}

export function outboxConfig(env: Record<string, string | undefined> = process.env): OutboxConfig {
  const publicUrl = (env.PUBLIC_URL?.trim() || env.NEXTAUTH_URL?.trim() || "http://localhost:3000").replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]+/.test(publicUrl)) throw new Error(`PUBLIC_URL must be an http(s) address, not "${publicUrl}"`);
  return {
    maxAttempts: positiveInteger("OUTBOX_MAX_ATTEMPTS", env.OUTBOX_MAX_ATTEMPTS, 8),
    retryBaseSeconds: positiveInteger("OUTBOX_RETRY_BASE_SECONDS", env.OUTBOX_RETRY_BASE_SECONDS, 30),
    retryMaxSeconds: positiveInteger("OUTBOX_RETRY_MAX_SECONDS", env.OUTBOX_RETRY_MAX_SECONDS, 6 * 3_600),
    publicUrl,
    portalName: { zh: env.PORTAL_NAME_ZH?.trim() || "优质中小企业梯度培育平台", en: env.PORTAL_NAME_EN?.trim() || "SME Registry" },
    smtpUrl: env.SMTP_URL?.trim() || null,
    from: env.SMTP_FROM?.trim() || "noreply@sme-registry.local",
  };
}

/** The wait before attempt `failures + 1`: base · 2^(failures − 1), capped. */
export function retryDelaySeconds(failures: number, config: Pick<OutboxConfig, "retryBaseSeconds" | "retryMaxSeconds">): number {
  const exponent = Math.min(Math.max(failures - 1, 0), 30);
  return Math.min(config.retryBaseSeconds * 2 ** exponent, config.retryMaxSeconds);
}

/** A link as it must appear in an email: absolute, on the portal's public address. */
export function absoluteLink(link: string, publicUrl: string): string {
  if (/^https?:\/\//i.test(link)) return link;
  return `${publicUrl}${link.startsWith("/") ? "" : "/"}${link}`;
}
