import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/load-messages";
import {
  CHANGE_REPORT_ISSUES,
  changeReportDecisionSchema,
  changeReportInputSchema,
  newNameOf,
  parsePayload,
  payloadOf,
} from "@/lib/domain/change-reports/change-report-input";
import { companyProfileInputSchema, PROFILE_ISSUES } from "@/lib/domain/company-profile/profile-input";

const DOC = "3f1c9a52-8d4e-4b7a-9c1e-2b3d4e5f6a7b";
const base = { effectiveOn: "2026-05-20", documentIds: DOC };

/** The first error code the schema gives each field. */
function codes(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string> = {};
  for (const issue of result.error!.issues) out[issue.path.map(String).join(".")] ??= issue.message;
  return out;
}

describe("the change report form", () => {
  it("accepts a rename with a new Chinese name, an optional English name and at least one document", () => {
    const parsed = changeReportInputSchema.parse({ kind: "rename", newNameZh: " 福州新材料科技有限公司 ", newNameEn: "", ...base });
    expect(parsed).toMatchObject({ kind: "rename", newNameZh: "福州新材料科技有限公司", newNameEn: null, documentIds: [DOC], details: null });
  });

  it("reads one or many documentIds fields as a list", () => {
    const two = changeReportInputSchema.parse({
      kind: "move",
      newRegionCode: "140100",
      effectiveOn: "2026-05-20",
      documentIds: [DOC, DOC.replace("3f", "4f")],
    });
    expect(two.documentIds).toHaveLength(2);
  });

  it("names each wrong field with its own code", () => {
    expect(codes(changeReportInputSchema, { kind: "rename", newNameZh: "X", newNameEn: "名字", effectiveOn: "2026-02-30" })).toEqual({
      newNameZh: "nameZh",
      newNameEn: "nameEn",
      effectiveOn: "date",
      documentIds: "documents",
    });
    expect(codes(changeReportInputSchema, { kind: "move", newRegionCode: "1401", ...base })).toEqual({ newRegionCode: "region" });
    expect(codes(changeReportInputSchema, { kind: "merger", description: "  ", ...base })).toEqual({ description: "required" });
    expect(codes(changeReportInputSchema, { kind: "relocation", ...base })).toEqual({ kind: "kind" });
    expect(codes(changeReportInputSchema, { kind: "rename", newNameZh: "新名称公司", ...base, documentIds: Array(11).fill(DOC) })).toEqual({
      documentIds: "tooManyDocuments",
    });
    expect(codes(changeReportInputSchema, { kind: "rename", newNameZh: "新名称公司", ...base, documentIds: "not-a-uuid" })).toEqual({
      "documentIds.0": "documents",
    });
  });

  it("a refusal needs a reason; an acceptance does not", () => {
    const id = DOC;
    expect(changeReportDecisionSchema.safeParse({ changeReportId: id, decision: "accept", version: "1" }).success).toBe(true);
    expect(codes(changeReportDecisionSchema, { changeReportId: id, decision: "refuse", reason: "  ", version: "1" })).toEqual({ reason: "reason" });
    expect(codes(changeReportDecisionSchema, { changeReportId: "x", decision: "approve", version: "0" })).toEqual({
      changeReportId: "invalid",
      decision: "required",
      version: "invalid",
    });
  });

  it("every code the schemas give has words in Chinese and English, here and in the translations", async () => {
    const [zh, en] = await Promise.all([loadMessages("zh-CN"), loadMessages("en")]);
    const issues = (messages: Record<string, unknown>, ns: string) => (messages[ns] as { issues: Record<string, string> }).issues;
    for (const [code, words] of Object.entries(CHANGE_REPORT_ISSUES)) {
      expect(words.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(words.en).toMatch(/[A-Za-z]/);
      expect(issues(zh, "changeReports")[code], code).toBe(words.zh);
      expect(issues(en, "changeReports")[code], code).toBe(words.en);
    }
    for (const [code, words] of Object.entries(PROFILE_ISSUES)) {
      expect(issues(zh, "companyProfile")[code], code).toBe(words.zh);
      expect(issues(en, "companyProfile")[code], code).toBe(words.en);
    }
  });

  it("keeps the firm as it was beside what it asks for, and reads an old free-text report as one that takes no effect", () => {
    const before = { nameZh: "旧名称有限公司", nameEn: null, regionCode: "350102", cityCode: "350100", provinceCode: "350000" };
    const rename = payloadOf(changeReportInputSchema.parse({ kind: "rename", newNameZh: "新名称有限公司", ...base }), before);
    expect(newNameOf(parsePayload("rename", rename))).toEqual({ nameZh: "新名称有限公司", nameEn: null });
    expect(parsePayload("other", { kind: "other", legacyKind: "relocation" })).toEqual({ kind: "other", legacyKind: "relocation" });
    expect(parsePayload("rename", null)).toEqual({ kind: "other" });
    expect(newNameOf(parsePayload("merger", { description: "吸收合并", newNameZh: null }))).toBeNull();
  });
});

describe("the company profile form", () => {
  const good = { contactName: "陈晓东", contactPhone: "13800001111", contactEmail: "Chen@Example.cn", industryCode: "C34" };

  it("accepts a mobile or a landline with its area code, and lower-cases the email", () => {
    expect(companyProfileInputSchema.parse(good).contactEmail).toBe("chen@example.cn");
    expect(companyProfileInputSchema.safeParse({ ...good, contactPhone: "0591-87654321" }).success).toBe(true);
  });

  it("names each wrong field", () => {
    expect(codes(companyProfileInputSchema, { contactName: "", contactPhone: "12345", contactEmail: "chen@", industryCode: "Z99" })).toEqual({
      contactName: "required",
      contactPhone: "phone",
      contactEmail: "email",
      industryCode: "industry",
    });
    expect(codes(companyProfileInputSchema, { ...good, contactPhone: "1380000111" })).toEqual({ contactPhone: "phone" });
    expect(codes(companyProfileInputSchema, { ...good, contactName: "名".repeat(51) })).toEqual({ contactName: "tooLong" });
  });
});
