/**
 * The one CSV writer: every export goes through it. CSV as RFC 4180 writes
 * it, for spreadsheets: comma-separated, CRLF line ends, fields quoted when
 * they hold a comma, a quote or a line break. A UTF-8 byte order mark starts
 * the text, since without it Excel reads the Chinese names as mojibake
 * (sqlpage/SQLPage#528). Text that a spreadsheet would run as a formula is
 * neutralised, since names, notes and sentences come from data (OWASP, "CSV
 * Injection").
 */

/** One column of a table: its header, what it means (for the README) and how a row fills it. */
export interface Column<Row> {
  name: string;
  description: string;
  value(row: Row): string | number | null;
}

type Field = string | number | null;

export const BYTE_ORDER_MARK = '\uFEFF';

/** What a spreadsheet may read as the start of a formula: = + - @, and a tab or CR, which some skip before looking. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A field quoted only when it must be; a quote inside is doubled. Text that
 * starts like a formula gets a leading apostrophe, which spreadsheets show as
 * text and do not display; numbers are written as they are (a negative number
 * is a number, not a formula).
 */
export function csvField(value: Field): string {
  const text = value === null ? '' : typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of fields as CSV text, BOM first, one CRLF-ended line per row. */
export function csvRows(rows: readonly (readonly Field[])[]): string {
  return BYTE_ORDER_MARK + rows.map((fields) => fields.map(csvField).join(',') + '\r\n').join('');
}

/** The table as CSV text: a header row, then one line per row. */
export function csvTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  return csvRows([columns.map((column) => column.name), ...rows.map((row) => columns.map((column) => column.value(row)))]);
}
