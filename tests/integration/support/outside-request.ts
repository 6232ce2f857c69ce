/**
 * Stands in for `next-intl/server` when handlers are called directly: outside Next.js's server
 * runtime there is no request to read the locale from, which the handlers already expect
 * (`getLocale().catch(() => "zh-CN")`). Install with
 * `vi.mock("next-intl/server", () => import("./support/outside-request"))`.
 */
export function getLocale(): Promise<string> {
  return Promise.reject(new Error("no request scope"));
}
