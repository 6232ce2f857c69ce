import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/auth-options";

const baseUrl = "https://portal.example.cn";
const redirect = (url: string) => authOptions.callbacks!.redirect!({ url, baseUrl });

describe("next-auth's redirect callback", () => {
  it.each([
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/.//evil.example",
    "https://evil.example/company",
    "javascript:alert(1)",
    "https://portal.example.cn@evil.example",
  ])("sends an address off the portal to the portal's home: %j", async (url) => {
    expect(await redirect(url)).toBe(`${baseUrl}/`);
  });

  it("keeps paths and absolute addresses on the portal", async () => {
    expect(await redirect("/company?tab=1#x")).toBe(`${baseUrl}/company?tab=1#x`);
    expect(await redirect(`${baseUrl}/staff`)).toBe(`${baseUrl}/staff`);
  });
});
