import { describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/actions/form-data";

describe("form data to object", () => {
  it("nests dotted names and collects repeated names", () => {
    const form = new FormData();
    form.append("financials.2025.revenue", "100");
    form.append("sections", "financials");
    form.append("sections", "rd-ip");
    form.append("reason", "缺少附件");
    expect(formDataToObject(form)).toEqual({ financials: { "2025": { revenue: "100" } }, sections: ["financials", "rd-ip"], reason: "缺少附件" });
  });

  it("ignores names that would reach the object prototype", () => {
    const form = new FormData();
    form.append("__proto__.polluted", "yes");
    form.append("a.constructor", "x");
    const result = formDataToObject(form);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result).not.toHaveProperty("polluted");
  });

  it("drops a name that would nest inside a field already holding a value, instead of failing", () => {
    const form = new FormData();
    form.append("reason", "缺少附件");
    form.append("reason.detail", "x");
    form.append("sections", "a");
    form.append("sections", "b");
    form.append("sections.0", "c");
    form.append("file", new File(["%PDF"], "a.pdf"));
    form.append("file.name", "evil");
    form.append("", "");
    form.append(".", "");
    const result = formDataToObject(form);
    expect(result).toMatchObject({ reason: "缺少附件", sections: ["a", "b"], "": "" });
    expect(result.file).toBeInstanceOf(File);
  });
});
