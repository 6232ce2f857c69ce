import Papa from "papaparse";
import { buildCreditCode } from "@/lib/company/credit-code";

/** A published list as CSV, with valid credit codes: `count` firms of one batch. */
export function publishedListCsv(options: {
  count: number;
  tier?: string;
  province?: string;
  division?: string;
  batch?: string;
  year?: number;
  announcedOn?: string;
  tag?: string;
  names?: (i: number) => string;
}): string {
  const lines: (string | number)[][] = [["企业名称", "统一社会信用代码", "省份", "称号", "批次", "年度", "公告日期"]];
  const tag = options.tag ?? "PL";
  for (let i = 0; i < options.count; i++) {
    const code = buildCreditCode("91", options.division ?? "350100", `${tag}${String(i).padStart(9 - tag.length, "0")}`);
    const name = options.names ? options.names(i) : `名录测试${tag}${i}号有限公司`;
    lines.push([
      name,
      code,
      options.province ?? "福建省",
      options.tier ?? "专精特新中小企业",
      options.batch ?? "第一批",
      options.year ?? 2025,
      options.announcedOn ?? "2025-10-20",
    ]);
  }
  return Papa.unparse(lines);
}
