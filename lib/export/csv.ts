/**
 * A small RFC 4180 CSV writer: one implementation for every download the site offers.
 *
 * - Fields holding a comma, quote, CR or LF are quoted, quotes doubled; lines end in CRLF.
 * - Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a
 *   leading apostrophe (OWASP "CSV injection"): these files are opened in Excel by journalists.
 *   Numbers are written as numbers and never prefixed, so negative values stay numeric.
 * - `csvDocument` starts with a UTF-8 byte-order mark so Excel reads Chinese names correctly.
 */

export type CsvValue = string | number | boolean | null | undefined | Date;

export type CsvColumn<Row> = { header: string; value: (row: Row) => CsvValue };

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export const UTF8_BOM = "\uFEFF";

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    text = String(value);
  } else if (typeof value === "boolean") {
    text = value ? "true" : "false";
  } else if (value instanceof Date) {
    text = Number.isNaN(value.getTime()) ? "" : value.toISOString();
  } else {
    text = FORMULA_START.test(value) ? `'${value}` : value;
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

export function csvHeader<Row>(columns: readonly CsvColumn<Row>[]): string {
  return csvLine(columns.map((column) => column.header));
}

export function csvRows<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return rows.map((row) => csvLine(columns.map((column) => column.value(row)))).join("");
}

/** A whole file in memory, for small tables. Large exports stream csvHeader + csvRows in batches. */
export function csvDocument<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return UTF8_BOM + csvHeader(columns) + csvRows(columns, rows);
}
