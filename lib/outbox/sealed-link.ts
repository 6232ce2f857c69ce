import { isSealed, seal, unseal } from "@/lib/auth/seal";

/**
 * A link that opens an account (an invitation, a password reset, an email verification) must
 * reach the person by email, so the outbox holds it until the mail is sent; the token table
 * keeps only a hash (docs/decisions/022). So that the outbox is not a second, readable copy of
 * the secret, the link is sealed (lib/auth/seal.ts) and the sealed text is erased once sent.
 */
const INFO = "outbox-sealed-link";

export const isSealedLink = isSealed;

export const sealLink = (link: string, secret?: string): string => seal(link, INFO, secret);

export const unsealLink = (sealed: string, secret?: string): string => (isSealed(sealed) ? unseal(sealed, INFO, secret) : sealed);
