import { describe, expect, it } from "vitest";
import { linkFor } from "@/lib/services/notifications/list-notifications";

const id = "3f0c2b8e-1d2a-4c5b-9e7f-0a1b2c3d4e5f";

describe("notification links", () => {
  it("an application link opens the company's status page for a company user", () => {
    expect(linkFor({ role: "company" }, `/applications/${id}`)).toBe(`/company/applications/${id}/status`);
    expect(linkFor({ role: "municipal" }, `/applications/${id}`)).toBe(`/applications/${id}`);
  });

  it.each(["//evil.example", "/\\evil.example", "/\t/evil.example", "/.//evil.example", "https://evil.example/", "javascript:alert(1)"])(
    "a link off the portal is not shown: %j",
    (link) => {
      expect(linkFor({ role: "provincial" }, link)).toBeNull();
    },
  );

  it("no link is no link", () => {
    expect(linkFor({ role: "provincial" }, null)).toBeNull();
    expect(linkFor({ role: "provincial" }, "")).toBeNull();
  });
});
