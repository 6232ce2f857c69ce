import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/http/safe-return-path";

const ORIGIN = "https://portal.example.cn";

/** Addresses a browser would resolve to another origin, or to no page of ours: all fall back. */
const HOSTILE: string[] = [
  "//evil.example",
  "//evil.example/company",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\\/evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "\t//evil.example",
  " //evil.example",
  "\u0000//evil.example",
  "\u001f//evil.example",
  "/\t\\evil.example",
  "/.//evil.example",
  "/x/..//evil.example",
  "/./\\evil.example",
  "https://evil.example",
  "https://evil.example/company",
  "http://portal.example.cn/company",
  "https://portal.example.cn:8443/company",
  "https://portal.example.cn.evil.example/",
  "https://portal.example.cn@evil.example/",
  "https://user:pass@portal.example.cn/company",
  "http:/\\evil.example",
  "javascript:alert(1)",
  "JavaScript:alert(document.cookie)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "mailto:a@evil.example",
  "ftp://evil.example",
  "//evil.example%2F@portal.example.cn",
  "/" + "a".repeat(2048),
];

/** Paths on the portal, returned as the browser would see them (parsed, never the raw text). */
const SAME_ORIGIN: [string, string][] = [
  ["/company", "/company"],
  ["/company/applications/3f0c?tab=files#documents", "/company/applications/3f0c?tab=files#documents"],
  ["/register?q=%E7%A6%8F%E5%B7%9E", "/register?q=%E7%A6%8F%E5%B7%9E"],
  ["https://portal.example.cn/staff/batches", "/staff/batches"],
  ["company", "/company"],
  ["?page=2", "/?page=2"],
  ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ["/%5Cevil.example", "/%5Cevil.example"],
  ["/%09/evil.example", "/%09/evil.example"],
  ["/a/../staff", "/staff"],
  ["/福州", "/%E7%A6%8F%E5%B7%9E"],
];

describe("safe return path", () => {
  it.each(HOSTILE)("an address that leaves the portal falls back: %j", (value) => {
    expect(safeReturnPath(value, ORIGIN)).toBe("/dashboard");
    // Without the portal's origin only relative paths can be ours.
    expect(safeReturnPath(value)).toBe("/dashboard");
  });

  it.each(SAME_ORIGIN)("a path on the portal is kept: %j → %j", (value, expected) => {
    expect(safeReturnPath(value, ORIGIN)).toBe(expected);
  });

  it("what is returned never starts with two slashes or a backslash, whatever the input", () => {
    for (const value of [...HOSTILE, ...SAME_ORIGIN.map(([v]) => v)]) {
      const path = safeReturnPath(value, ORIGIN);
      expect(path.startsWith("/")).toBe(true);
      expect(path).not.toMatch(/^\/[/\\]/);
      expect(new URL(path, ORIGIN).origin).toBe(ORIGIN);
    }
  });

  it("missing, empty, non-text and list values fall back; a list's first value is judged", () => {
    for (const value of [undefined, null, "", 42, {}, ["//evil.example", "/company"]]) expect(safeReturnPath(value, ORIGIN)).toBe("/dashboard");
    expect(safeReturnPath(["/company", "//evil.example"], ORIGIN)).toBe("/company");
    expect(safeReturnPath("//evil.example", ORIGIN, "/")).toBe("/");
  });

  it("a scheme-relative address resolves as the browser would: on the portal only when the scheme is the portal's", () => {
    expect(safeReturnPath("https:evil.example", ORIGIN)).toBe("/evil.example");
    expect(safeReturnPath("https:/evil.example", ORIGIN)).toBe("/evil.example");
    expect(safeReturnPath("https:evil.example", "http://portal.example.cn")).toBe("/dashboard");
    expect(safeReturnPath("https:/evil.example", "http://portal.example.cn")).toBe("/dashboard");
  });

  it("without an origin an absolute address is refused even if it names the portal", () => {
    expect(safeReturnPath("https://portal.example.cn/company")).toBe("/dashboard");
    expect(safeReturnPath("/company")).toBe("/company");
  });
});
