import { describe, expect, it } from "vitest";
import { acknowledgement } from "@/lib/services/batches/objection-acknowledgement";

const TITLE = { zh: "福建省2026年专精特新中小企业名单", en: "Fujian 2026 specialized SMEs" };

describe("the objector's acknowledgement", () => {
  it("goes to an email address with the reference and where to follow it", () => {
    const ack = acknowledgement(" wang@example.cn ", "26-7K3QX9", TITLE, "福州某科技有限公司");
    expect(ack?.to).toBe("wang@example.cn");
    expect(ack?.message.title.zh).toContain("26-7K3QX9");
    expect(ack?.message.body?.en).toContain("reference 26-7K3QX9");
    expect(ack?.message.link).toMatch(/\/notices\/objections\/status$/);
  });

  it.each(["13800138000", "wang at example", "王建华"])("is not sent when the contact %j is not an email address", (contact) => {
    expect(acknowledgement(contact, "26-7K3QX9", TITLE, "福州某科技有限公司")).toBeNull();
  });
});
