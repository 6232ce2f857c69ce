import { describe, expect, it } from "vitest";
import {
  DEFAULT_TOKEN_HOURS,
  isTokenSecret,
  newTokenSecret,
  tokenHash,
  tokenLifetimeHours,
  tokenVerdict,
  type StoredToken,
} from "@/lib/domain/accounts/account-token";
import { isSealedLink, sealLink, unsealLink } from "@/lib/outbox/sealed-link";

const now = new Date("2026-12-03T02:00:00Z");
const token = (over: Partial<StoredToken> = {}): StoredToken => ({
  purpose: "password-reset",
  expiresAt: new Date(now.getTime() + 60_000),
  usedAt: null,
  revokedAt: null,
  ...over,
});

describe("account token secrets", () => {
  it("are 43 url-safe characters, different each time, and only such strings pass the parser", () => {
    const a = newTokenSecret();
    const b = newTokenSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(isTokenSecret(a)).toBe(true);
    for (const bad of ["", a.slice(1), `${a}x`, `${a.slice(1)}=`, `${a.slice(1)}/`, null, 42]) expect(isTokenSecret(bad)).toBe(false);
  });

  it("are stored as their SHA-256, which does not contain the secret", () => {
    const secret = newTokenSecret();
    expect(tokenHash(secret)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash(secret)).toBe(tokenHash(secret));
    expect(tokenHash(secret)).not.toContain(secret);
  });
});

describe("tokenVerdict", () => {
  it("tells each refusal apart, in the order a person can act on", () => {
    expect(tokenVerdict(token(), "password-reset", now)).toBe("valid");
    expect(tokenVerdict(null, "password-reset", now)).toBe("unknown");
    expect(tokenVerdict(token(), "invitation", now)).toBe("wrong-purpose");
    expect(tokenVerdict(token({ usedAt: now, expiresAt: new Date(0) }), "password-reset", now)).toBe("used");
    expect(tokenVerdict(token({ revokedAt: now }), "password-reset", now)).toBe("revoked");
    expect(tokenVerdict(token({ expiresAt: now }), "password-reset", now)).toBe("expired");
  });
});

describe("tokenLifetimeHours", () => {
  it("defaults per purpose and follows a positive setting only", () => {
    expect(tokenLifetimeHours("invitation", {})).toBe(72);
    expect(tokenLifetimeHours("password-reset", {})).toBe(DEFAULT_TOKEN_HOURS["password-reset"]);
    expect(tokenLifetimeHours("invitation", { INVITATION_TTL_HOURS: "24" })).toBe(24);
    for (const bad of ["0", "-3", "soon", ""]) expect(tokenLifetimeHours("invitation", { INVITATION_TTL_HOURS: bad })).toBe(72);
  });
});

describe("sealed outbox links", () => {
  it("hide the link, open again under the same secret, and refuse another secret", () => {
    const link = `/invitation/${newTokenSecret()}`;
    const sealed = sealLink(link, "secret-one");
    expect(isSealedLink(sealed)).toBe(true);
    expect(sealed).not.toContain(link.slice("/invitation/".length));
    expect(sealLink(link, "secret-one")).not.toBe(sealed);
    expect(unsealLink(sealed, "secret-one")).toBe(link);
    expect(() => unsealLink(sealed, "secret-two")).toThrow(/NEXTAUTH_SECRET/);
    expect(unsealLink("/company", "secret-one")).toBe("/company");
  });
});
