import { expect, test } from "./support/test";
import { signIn } from "./support/sign-in";

test("pages carry a nonce-based Content-Security-Policy and still run their scripts", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/signin");
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response?.headers()["x-frame-options"]).toBe("DENY");
  expect(response?.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response?.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // A scripted sign-in proves hydration works under the policy.
  await signIn(page, "company@demo.sme.cn", "Company#2026");
  expect(violations).toEqual([]);
});

test("a cross-site POST to the portal's API is refused before it reaches the route", async ({ request }) => {
  const refused = await request.post("/api/health", { headers: { Origin: "https://evil.example" }, data: {} });
  expect(refused.status()).toBe(403);
});
