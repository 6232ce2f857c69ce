import { describe, expect, it } from "vitest";
import { findUnstorableText } from "@/lib/domain/unstorable-text";

describe("text PostgreSQL cannot store", () => {
  it("finds a NUL or a lone surrogate in a value or a key, and names its path", () => {
    expect(findUnstorableText({ a: { b: ["ok", "x\u0000"] } })).toBe("a.b.1");
    expect(findUnstorableText({ ["k\ud800"]: 1 })).toBe("k\ud800");
    expect(findUnstorableText("\udc00")).toBe("");
    const form = new FormData();
    form.append("reason", "ok");
    form.append("evidence", new File(["x"], "a\u0000.pdf"));
    expect(findUnstorableText(form)).toBe("evidence");
  });

  it("lets ordinary text through: CJK, astral characters (surrogate pairs), bidi and zero-width marks", () => {
    expect(findUnstorableText({ name: "福州𠜎公司🏭", note: "\u202eevil\u202c\u200b", list: [1, null, true] })).toBeNull();
  });
});
