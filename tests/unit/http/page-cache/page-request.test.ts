import { describe, expect, it } from "vitest";
import { pageRequestKey, type PageRequest } from "@/lib/http/page-cache/page-request";

const PATHS = ["/register"];
const get = (url: string, headers: PageRequest["headers"] = {}): PageRequest => ({ method: "GET", url, headers });

describe("pageRequestKey", () => {
  it("keys an anonymous GET of a listed page by language, scheme, path and query", () => {
    expect(pageRequestKey(get("/register?q=%E7%A7%91&page=2"), PATHS)).toBe("zh-CN|http|/register?q=%E7%A7%91&page=2");
    expect(pageRequestKey(get("/register", { "accept-language": "en-GB,en;q=0.9" }), PATHS)).toBe("en|http|/register");
    expect(pageRequestKey(get("/register", { "x-forwarded-proto": "https" }), PATHS)).toBe("zh-CN|https|/register");
  });

  it("follows the language cookie over the browser's language, as the portal does", () => {
    expect(pageRequestKey(get("/register", { "accept-language": "zh-CN", cookie: "a=1; NEXT_LOCALE=en" }), PATHS)).toBe("en|http|/register");
    // An unknown value in the cookie is ignored, as i18n/request.ts ignores it.
    expect(pageRequestKey(get("/register", { "accept-language": "en", cookie: "NEXT_LOCALE=fr" }), PATHS)).toBe("en|http|/register");
  });

  it("renders for anyone signed in, whatever the cookie's prefix or chunk", () => {
    for (const cookie of ["next-auth.session-token=x", "__Secure-next-auth.session-token=x", "a=b; next-auth.session-token.0=x"]) {
      expect(pageRequestKey(get("/register", { cookie }), PATHS)).toBeNull();
    }
    // next-auth's CSRF and callback cookies are not a session.
    expect(pageRequestKey(get("/register", { cookie: "next-auth.csrf-token=abc; next-auth.callback-url=%2F" }), PATHS)).toBe("zh-CN|http|/register");
  });

  it("renders other pages, other methods and the router's own requests", () => {
    expect(pageRequestKey(get("/register/batches"), PATHS)).toBeNull();
    expect(pageRequestKey(get("/registers"), PATHS)).toBeNull();
    expect(pageRequestKey({ method: "HEAD", url: "/register", headers: {} }, PATHS)).toBeNull();
    expect(pageRequestKey({ method: "POST", url: "/register", headers: {} }, PATHS)).toBeNull();
    expect(pageRequestKey(get("/register?_rsc=abc"), PATHS)).toBeNull();
    for (const name of ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"]) {
      expect(pageRequestKey(get("/register", { [name]: "1" }), PATHS)).toBeNull();
    }
  });

  it("does not trip over malformed cookies", () => {
    expect(pageRequestKey(get("/register", { cookie: "junk; =; NEXT_LOCALE=%E0%A4%A" }), PATHS)).toBe("zh-CN|http|/register");
  });
});
