import { describe, expect, it } from "vitest";
import { docTexts } from "@/app/api-docs/doc-texts";
import { loadMessages } from "@/i18n/load-messages";
import { openApiDocument } from "@/lib/api/openapi-document";

const docOf = async (locale: "zh-CN" | "en") =>
  ((await loadMessages(locale)) as { eligibility: { apiDocs: { doc: Record<string, string> } } }).eligibility.apiDocs.doc;

describe("the API documentation page's texts", () => {
  const texts = docTexts(openApiDocument());

  it("has every text of the OpenAPI document in English exactly as the document says it", async () => {
    const en = await docOf("en");
    expect(texts.length).toBeGreaterThan(20);
    expect(Object.fromEntries(texts.map((t) => [t.key, en[t.key]]))).toEqual(Object.fromEntries(texts.map((t) => [t.key, t.en])));
  });

  it("has every one in Chinese, and no catalogue entry the document no longer has", async () => {
    const zh = await docOf("zh-CN");
    for (const t of texts) expect(zh[t.key], t.key).toMatch(/[\u4e00-\u9fff]/);
    expect(Object.keys(zh).sort()).toEqual(texts.map((t) => t.key).sort());
  });
});
