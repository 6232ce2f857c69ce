import "server-only";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { PUBLIC_STATUS_LABELS, TIER_LABELS, AUTHORITY_MIIT } from "@/lib/domain/register/labels";
import type { RegisterRow } from "../register/register-rows";
import { regionNames } from "../register/register-rows";
import { findCjkFont } from "./certificate-font";
import { certificateSeal } from "./certificate-seal";

export interface CertificateInput {
  row: RegisterRow;
  /** Issuing authority's province code; null for MIIT. */
  authorityCode: string | null;
  /** Absolute URL of the verification page the QR code opens. */
  verifyUrl: string;
  /** The day the title was granted (the batch's announcement), ISO. */
  issuedOn: string;
  /** The authority's seal (PNG or JPEG), when one is configured. */
  seal?: Buffer | null;
}

// Helvetica, a standard PDF font, encodes WinAnsi only: any other character would print as
// mojibake, so a line with one goes to the CJK font (which also has the Latin glyphs).
const WIN_ANSI = /^[\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*$/;

const chineseDate = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/**
 * The certificate of one recognition as a bilingual A4 PDF with a QR code to /verify. Every line
 * is set in a font that has its characters. Without a CJK font on the machine the lines that
 * need one are left out and the rest still print, with a note, rather than printing boxes.
 */
export async function renderCertificate(input: CertificateInput): Promise<Buffer> {
  const { row } = input;
  const font = findCjkFont();
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: `Certificate ${row.certificateNo}`, Author: "SME Registry" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  if (font) doc.registerFont("cjk", font.path, font.face);
  let omitted = false;
  const line = (text: string, size: number, options: PDFKit.Mixins.TextOptions = {}) => {
    const latin = WIN_ANSI.test(text);
    if (!latin && !font) {
      omitted = true;
      return;
    }
    doc
      .font(latin ? "Helvetica" : "cjk")
      .fontSize(size)
      .text(text, { align: "center", ...options });
  };
  const zh = line;
  const en = line;

  const tier = TIER_LABELS[row.tier as keyof typeof TIER_LABELS];
  const authority = input.authorityCode ? regionNames(input.authorityCode) : AUTHORITY_MIIT;
  const status = PUBLIC_STATUS_LABELS[row.status];

  doc
    .rect(28, 28, doc.page.width - 56, doc.page.height - 56)
    .lineWidth(2)
    .stroke("#174a85");
  doc.moveDown(2);
  zh("证  书", 30);
  en("CERTIFICATE", 16);
  doc.moveDown(1.5);
  zh(row.companyName, 20);
  // A firm without an English name has its name printed once, above.
  if (row.companyNameEn) en(row.companyNameEn, 12);
  en(`Unified social credit code ${row.creditCode}`, 11);
  doc.moveDown(1);
  zh(`经认定为${row.year}年度${tier.zh}`, 16);
  en(`is recognised as ${tier.en} (${row.year})`, 13);
  doc.moveDown(1);
  zh(`有效期：${row.validFrom} 至 ${row.validUntil}`, 13);
  en(`Valid from ${row.validFrom} to ${row.validUntil}`, 11);
  zh(`认定机关：${input.authorityCode ? `${authority.zh}工业和信息化主管部门` : authority.zh}`, 13);
  en(`Recognised by: ${input.authorityCode ? `${authority.en} department of industry and IT` : "Ministry of Industry and Information Technology"}`, 11);
  const issuedAt = doc.y;
  zh(`发证日期：${chineseDate(input.issuedOn)}`, 13);
  en(`Issued on ${input.issuedOn}`, 11);
  const seal = input.seal === undefined ? certificateSeal(input.authorityCode) : input.seal;
  if (seal) {
    // Stamped over the authority and date, as a paper certificate is; the text stays readable.
    const sealSize = 110;
    const y = doc.y;
    doc.image(seal, doc.page.width / 2 + 60, issuedAt - sealSize / 2, { width: sealSize, height: sealSize });
    doc.y = y;
  }
  if (row.batchTitle) {
    zh(row.batchTitle.zh, 11);
    en(row.batchTitle.en, 10);
  }
  doc.moveDown(1);
  en(`Certificate no. ${row.certificateNo}`, 11);
  if (row.status !== "active") {
    doc.fillColor("#b3261e");
    zh(`当前状态：${status.zh}`, 14);
    en(`Current status: ${status.en}`, 12);
    doc.fillColor("black");
  }
  if (omitted) en("(Chinese text omitted: no CJK font is installed on the server.)", 9);

  const qr = await QRCode.toBuffer(input.verifyUrl, { type: "png", margin: 1, width: 240, errorCorrectionLevel: "M" });
  const size = 120;
  const x = (doc.page.width - size) / 2;
  const y = doc.page.height - 56 - size - 60;
  doc.image(qr, x, y, { width: size, height: size });
  doc.y = y + size + 8;
  zh("扫码核验证书状态", 10);
  en(`Scan to verify: ${input.verifyUrl}`, 8);
  doc.end();
  return done;
}
