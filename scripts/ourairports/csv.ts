/**
 * The vendored OurAirports extract: where it lives, its columns, and the small
 * CSV reader and writer it needs (RFC 4180 quoting; no formulas are written,
 * and the file is data for the build, not a download).
 */
export const AIRPORTS_VENDOR_PATH = new URL('../../vendor/ourairports/airports-northeast.csv', import.meta.url);

export const VENDORED_COLUMNS = [
  'ident',
  'iata',
  'icao',
  'name',
  'municipality',
  'iso_region',
  'region_unit',
  'type',
  'scheduled_service',
  'lat',
  'lon',
  'wikipedia',
] as const;

export type VendoredAirport = Record<(typeof VENDORED_COLUMNS)[number], string>;

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const quote = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map(quote).join(',')).join('\n')}\n`;
}

/** The vendored rows, keyed by their columns. */
export function vendoredAirports(text: string): VendoredAirport[] {
  const [header, ...rows] = parseCsv(text);
  if (!header || header.join(',') !== VENDORED_COLUMNS.join(',')) throw new Error('unexpected columns in the vendored airports file');
  return rows.map((row) => Object.fromEntries(VENDORED_COLUMNS.map((name, i) => [name, row[i] ?? ''])) as VendoredAirport);
}
