import { describe, expect, it } from "vitest";
import { allowedClaimDecisions, checkClaimDecision, standingOf } from "@/lib/domain/claims/claim-standing";
import { claimDecisionSchema, claimInputSchema } from "@/lib/domain/claims/claim-input";
import { parseClaimFilters } from "@/lib/domain/claims/list-filters";

describe("a claim's standing", () => {
  it("a pending claim with no earlier pending claim for the firm is decided; with one, it waits", () => {
    expect(standingOf("pending", 0)).toBe("pending");
    expect(standingOf("pending", 1)).toBe("waiting");
    expect(standingOf("approved", 0)).toBe("approved");
    expect(standingOf("refused", 3)).toBe("refused");
  });

  it("only the first pending claim may be approved or refused", () => {
    expect(allowedClaimDecisions("pending")).toEqual(["approve", "refuse"]);
    for (const standing of ["waiting", "approved", "refused"] as const) expect(allowedClaimDecisions(standing)).toEqual([]);
  });

  it("refuses a decision on a waiting or decided claim, and a refusal without a reason, saying why", () => {
    expect(checkClaimDecision("pending", "approve", null)).toEqual({ ok: true, to: "approved" });
    expect(checkClaimDecision("pending", "refuse", "名称不符")).toEqual({ ok: true, to: "refused" });
    expect(checkClaimDecision("pending", "refuse", null)).toMatchObject({ ok: false, code: "missing-reason" });
    expect(checkClaimDecision("waiting", "approve", null)).toMatchObject({ ok: false, code: "waiting" });
    const decided = checkClaimDecision("approved", "refuse", "x");
    expect(decided).toMatchObject({ ok: false, code: "decided" });
    if (!decided.ok) expect(decided.message.zh).toContain("已通过");
  });
});

describe("the claim schemas", () => {
  const good = {
    creditCode: "91350100MA0000001X",
    contactName: "王建华",
    contactEmail: " Wang@Example.CN ",
    contactPhone: "13800138000",
    password: "copper kettle harbour",
    passwordConfirm: "copper kettle harbour",
    proofDocumentId: "00000000-0000-4000-8000-000000000000",
  };
  const codes = (value: unknown) => {
    const result = claimInputSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message]);
  };

  it("takes a complete claim and normalises the email", () => {
    expect(claimInputSchema.parse(good).contactEmail).toBe("wang@example.cn");
  });

  it("names each bad field by its code", () => {
    expect(codes({ ...good, proofDocumentId: "" })).toEqual([["proofDocumentId", "proof"]]);
    expect(codes({ ...good, proofDocumentId: undefined })).toEqual([["proofDocumentId", "proof"]]);
    expect(codes({ ...good, contactPhone: "12345" })).toEqual([["contactPhone", "phone"]]);
    expect(codes({ ...good, passwordConfirm: "other words here" })).toEqual([["passwordConfirm", "passwordMismatch"]]);
    expect(codes({ ...good, password: "short", passwordConfirm: "short" })).toEqual([["password", "passwordShort"]]);
    expect(codes({ ...good, creditCode: "  " })).toEqual([["creditCode", "required"]]);
  });

  it("a refusal needs a reason; an approval does not", () => {
    const id = good.proofDocumentId;
    expect(claimDecisionSchema.safeParse({ claimId: id, decision: "approve", version: "1" }).success).toBe(true);
    const refused = claimDecisionSchema.safeParse({ claimId: id, decision: "refuse", reason: "  ", version: "1" });
    expect(refused.success ? [] : refused.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["reason", "reason"]]);
  });

  it("reads the queue's filters from the address, falling back on anything unreadable", () => {
    expect(parseClaimFilters({})).toEqual({ status: "pending", page: 1, size: 20 });
    expect(parseClaimFilters({ status: "refused", page: "3", size: "50" })).toEqual({ status: "refused", page: 3, size: 50 });
    expect(parseClaimFilters({ status: "<script>", page: "-1", size: "7" })).toEqual({ status: "pending", page: 1, size: 20 });
  });
});
