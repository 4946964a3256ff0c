/**
 * CSV as RFC 4180 writes it, for spreadsheets: comma-separated, CRLF line
 * ends, fields quoted when they hold a comma, a quote or a line break. A
 * UTF-8 byte order mark starts the text, since without it Excel reads the
 * Chinese names as mojibake (sqlpage/SQLPage#528).
 */

/** One column of a table: its header, what it means (for the README) and how a row fills it. */
export interface Column<Row> {
  name: string;
  description: string;
  value(row: Row): string | number | null;
}

export const BYTE_ORDER_MARK = '\uFEFF';

/** A field quoted only when it must be; a quote inside is doubled. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The table as CSV text, BOM first, a header row, then one line per row. */
export function csvTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const lines = [
    columns.map((column) => csvField(column.name)),
    ...rows.map((row) => columns.map((column) => csvField(column.value(row)))),
  ];
  return BYTE_ORDER_MARK + lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}
