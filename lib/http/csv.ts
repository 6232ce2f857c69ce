/**
 * The one way the portal writes CSV. A spreadsheet program runs a cell that begins with = + - @
 * (or a tab or carriage return before them) as a formula, so a firm named "=HYPERLINK(…)" in the
 * public register would act in whoever opens the export. Such text cells get a leading single
 * quote, as OWASP advises (the quote is shown, nothing runs), and every cell is quoted as RFC 4180
 * asks. Numbers are written as they are: a negative figure is not a formula. The check is one
 * character per cell, so the register's streamed export stays cheap.
 */

const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r"]);
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvValue = string | number | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.has(value.charAt(0)) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) || text !== value ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line, without its line break. */
export function csvLine(values: readonly CsvValue[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++) line += (i === 0 ? "" : ",") + csvCell(values[i]);
  return line;
}

/** Lines joined with CRLF, each line ending with one, ready to append to a stream. */
export function csvLines(rows: readonly (readonly CsvValue[])[]): string {
  let text = "";
  for (const row of rows) text += `${csvLine(row)}\r\n`;
  return text;
}
