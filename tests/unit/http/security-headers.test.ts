import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy";
import { isCrossSiteRequest } from "@/lib/http/same-origin";

describe("content security policy", () => {
  const policy = contentSecurityPolicy("abc123", { development: false, https: false });
  it("lets scripts run only with the response's nonce, never inline or eval in production", () => {
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
  it("forbids framing the portal, plugins and foreign form targets", () => {
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("form-action 'self'");
  });
  it("upgrades insecure requests only behind TLS", () => {
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { development: false, https: true })).toContain("upgrade-insecure-requests");
  });
});

describe("cross-site request guard", () => {
  it.each([
    ["POST", "https://evil.example", "portal.gov.cn", true],
    ["DELETE", "null", "portal.gov.cn", true],
    ["POST", "not a url", "portal.gov.cn", true],
    ["POST", "https://portal.gov.cn", "portal.gov.cn", false],
    ["POST", null, "portal.gov.cn", false],
    ["GET", "https://evil.example", "portal.gov.cn", false],
  ] as const)("%s from origin %s to %s refused: %s", (method, origin, host, refused) => {
    expect(isCrossSiteRequest(method, origin, host)).toBe(refused);
  });
});
