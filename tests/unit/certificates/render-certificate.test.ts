import { createRequire } from "node:module";
import path from "node:path";
import jsQR from "jsqr";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import type { RegisterRow } from "@/lib/services/register/register-rows";
import { findCjkFont } from "@/lib/services/certificates/certificate-font";
import { renderCertificate } from "@/lib/services/certificates/render-certificate";

const ROW: RegisterRow = {
  id: "6f1c2a0e-3b7d-4c1e-9a55-0d2b8e4f7a10",
  certificateNo: "FJCX-2025-000123",
  companyName: "福州星海精密机械有限公司",
  companyNameEn: null,
  creditCode: "91350100M000100Y43",
  tier: "innovative",
  year: 2025,
  provinceCode: "350000",
  provinceName: { zh: "福建省", en: "Fujian" },
  cityCode: "350100",
  cityName: { zh: "福州市", en: "Fuzhou" },
  industryCode: "C34",
  industryName: { zh: "通用设备制造业", en: "General equipment" },
  validFrom: "2025-09-15",
  validUntil: "2028-09-14",
  status: "active",
  batchId: null,
  batchTitle: { zh: "福建省2025年创新型中小企业名单", en: "Fujian 2025 innovative SMEs" },
};
const VERIFY_URL = `http://127.0.0.1:3000/verify/${ROW.id}`;

// pdf.js reads the glyph data of the standard fonts (Helvetica) from its own package.
const standardFontDataUrl = `${path.join(path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

async function openPdf(pdf: Buffer) {
  const document = await getDocument({ data: new Uint8Array(pdf), standardFontDataUrl, useSystemFonts: false, isEvalSupported: false }).promise;
  return { document, page: await document.getPage(1) };
}

interface NodeCanvasFactory {
  create: (width: number, height: number) => { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D };
}

/** The page's text, one entry per printed line, as a reader (or a screen reader) gets it. */
async function lines(pdf: Buffer): Promise<string[]> {
  const content = await (await openPdf(pdf)).page.getTextContent();
  const out: string[] = [];
  let current = "";
  for (const item of content.items) {
    if (!("str" in item)) continue;
    current += item.str;
    if (item.hasEOL) {
      out.push(current.trim());
      current = "";
    }
  }
  if (current.trim()) out.push(current.trim());
  return out.filter(Boolean);
}

/** The QR code as drawn on the page: the page rendered to pixels and decoded. */
async function qrOnPage(pdf: Buffer): Promise<string | null> {
  const { document, page } = await openPdf(pdf);
  const viewport = page.getViewport({ scale: 2 });
  // In Node pdf.js draws on its own canvas (@napi-rs/canvas), which it hands out through the document.
  const { canvas, context } = (document.canvasFactory as NodeCanvasFactory).create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvas, canvasContext: context, viewport }).promise;
  const image = context.getImageData(0, 0, Math.ceil(viewport.width), Math.ceil(viewport.height));
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

describe.runIf(findCjkFont())("the certificate PDF", () => {
  it("prints every line in a font that has its characters, a firm without an English name included", async () => {
    const pdf = await renderCertificate({ row: ROW, authorityCode: "350000", verifyUrl: VERIFY_URL, issuedOn: "2025-09-15", seal: null });
    const text = await lines(pdf);
    expect(text).toContain("福州星海精密机械有限公司");
    // Nothing but Chinese, Latin and the punctuation the lines use: no mojibake anywhere.
    const stray = text.join("\n").replace(/[\p{Script=Han}\u0020-\u007e\u3000-\u303f\uff01-\uff5e“”·—–\n]/gu, "");
    expect(stray).toBe("");
    // The name is printed once, not again in a Latin font under itself.
    expect(text.filter((l) => l.includes("星海"))).toHaveLength(1);
    expect(text).toContain("经认定为2025年度创新型中小企业");
    expect(text).toContain("发证日期：2025年9月15日");
    expect(text).toContain("Issued on 2025-09-15");
    expect(text).toContain("Certificate no. FJCX-2025-000123");
    expect(text).toContain("Unified social credit code 91350100M000100Y43");
  });

  it("prints the English name when the firm has one", async () => {
    const pdf = await renderCertificate({
      row: { ...ROW, companyNameEn: "Fuzhou Xinghai Precision Machinery Co., Ltd." },
      authorityCode: "350000",
      verifyUrl: VERIFY_URL,
      issuedOn: "2025-09-15",
      seal: null,
    });
    expect(await lines(pdf)).toContain("Fuzhou Xinghai Precision Machinery Co., Ltd.");
  });

  it("carries a QR code that decodes to the verification page", async () => {
    const pdf = await renderCertificate({ row: ROW, authorityCode: "350000", verifyUrl: VERIFY_URL, issuedOn: "2025-09-15", seal: null });
    expect(await qrOnPage(pdf)).toBe(VERIFY_URL);
  });

  it("stamps the authority's seal when one is configured, and prints the same text", async () => {
    const seal = await QRCode.toBuffer("seal", { type: "png", width: 200 });
    const without = await renderCertificate({ row: ROW, authorityCode: "350000", verifyUrl: VERIFY_URL, issuedOn: "2025-09-15", seal: null });
    const withSeal = await renderCertificate({ row: ROW, authorityCode: "350000", verifyUrl: VERIFY_URL, issuedOn: "2025-09-15", seal });
    const images = async (pdf: Buffer) => (await (await openPdf(pdf)).page.getOperatorList()).fnArray.filter((fn) => fn === OPS.paintImageXObject).length;
    expect(await images(withSeal)).toBe((await images(without)) + 1);
    expect(await lines(withSeal)).toEqual(await lines(without));
  });
});
