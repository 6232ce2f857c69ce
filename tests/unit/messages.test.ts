import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/load-messages";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("translations", () => {
  it("Chinese and English have exactly the same keys", async () => {
    const [zh, en] = await Promise.all([loadMessages("zh-CN"), loadMessages("en")]);
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it("no message is empty", async () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const messages = await loadMessages(locale);
      const empty = keys(messages).filter((key) => {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        return typeof value === "string" && value.trim() === "";
      });
      expect(empty, `${locale} empty keys`).toEqual([]);
    }
  });
});
