import { describe, expect, it } from "vitest";
import { documentHeaders } from "@/app/api/documents/document-headers";
import { displayFileName, documentsEditable } from "@/lib/domain/documents/document-rules";
import { assertStorageKey } from "@/lib/storage/file-storage";
import { sniffFileType } from "@/lib/storage/sniff-file-type";

const bytes = (...values: (number | string)[]) => new Uint8Array(values.flatMap((v) => (typeof v === "string" ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe("the type of an upload comes from its first bytes", () => {
  it.each([
    ["a PDF", bytes("%PDF-1.4"), "application/pdf"],
    ["a PNG", bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a), "image/png"],
    ["a JPEG", bytes(0xff, 0xd8, 0xff, 0xe0), "image/jpeg"],
    ["a WebP", bytes("RIFF", 0, 0, 0, 0, "WEBP"), "image/webp"],
  ])("recognises %s", (_name, content, type) => {
    expect(sniffFileType(content)?.mimeType).toBe(type);
  });

  it.each([
    ["a Windows executable", bytes("MZ", 0x90, 0)],
    ["an HTML page", bytes("<!DOCTYPE html><script>")],
    ["an SVG (it can carry script)", bytes("<svg xmlns=")],
    ["a RIFF that is not WebP (AVI)", bytes("RIFF", 0, 0, 0, 0, "AVI ")],
    ["an empty file", bytes()],
    ["a PDF signature not at the start", bytes(" %PDF-1.4")],
  ])("refuses %s", (_name, content) => {
    expect(sniffFileType(content)).toBeNull();
  });
});

describe("stored files", () => {
  it("only generated keys reach the disk", () => {
    expect(() => assertStorageKey("0b9a4a8e-9a4e-4a55-8f43-6a9f0f5e2c11.pdf")).not.toThrow();
    for (const key of ["../etc/passwd", "0b9a4a8e-9a4e-4a55-8f43-6a9f0f5e2c11.html", "a/b.pdf"]) expect(() => assertStorageKey(key)).toThrow();
  });

  it("a shown name keeps the person's name but not folders, quotes or the claimed extension", () => {
    expect(displayFileName("C:\\docs\\营业执照.exe", "pdf")).toBe("营业执照.pdf");
    expect(displayFileName('../"x"<y>.png', "png")).toBe("xy.png");
    expect(displayFileName("", "jpg")).toBe("document.jpg");
  });

  it("evidence changes in a draft, and after a return only in reopened sections", () => {
    expect(documentsEditable("draft", null, "market")).toBe(true);
    expect(documentsEditable("returned", ["financials"], "financials")).toBe(true);
    expect(documentsEditable("returned", ["financials"], "market")).toBe(false);
    expect(documentsEditable("returned", ["documents"], "market")).toBe(true);
    expect(documentsEditable("municipal_review", ["documents"], "documents")).toBe(false);
  });

  it("is served with its stored type, no sniffing, and a policy that runs no script", () => {
    const headers = documentHeaders({ fileName: "营业执照.pdf", mimeType: "application/pdf", sha256: "ab", size: 10 }, true);
    expect(headers.get("content-type")).toBe("application/pdf");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("content-security-policy")).toContain("script-src 'none'");
    expect(headers.get("content-disposition")).toBe(`attachment; filename="____.pdf"; filename*=UTF-8''${encodeURIComponent("营业执照.pdf")}`);
    expect(documentHeaders({ fileName: "a.png", mimeType: "image/png", sha256: "ab", size: 1 }, false).get("content-security-policy")).toContain("sandbox");
  });
});
