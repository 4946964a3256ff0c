/**
 * `npm run vendor:airports -- <airports.csv>`: writes the pinned copy of the
 * OurAirports rows the atlas uses, vendor/ourairports/airports-northeast.csv.
 *
 * Input: the Northeast context pack's airports.csv (an OurAirports extract
 * with `region_unit` and `in_region` columns, see vendor/ourairports/README.md).
 * Kept: rows in the atlas's region (Liaoning, Jilin, Heilongjiang and the five
 * eastern leagues and cities of Inner Mongolia) that are airports, not
 * heliports or seaplane bases. Both scheduled and unscheduled rows are kept, so
 * that a test can see which fields with an IATA code the gazetteer leaves out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { AIRPORTS_VENDOR_PATH, VENDORED_COLUMNS, parseCsv, toCsv } from './csv.ts';

const input = process.argv[2];
if (!input) throw new Error('usage: npm run vendor:airports -- <path to the context pack airports.csv>');

const [header, ...rows] = parseCsv(readFileSync(input, 'utf8'));
if (!header) throw new Error(`${input} is empty`);
const column = (name: string) => {
  const i = header.indexOf(name);
  if (i < 0) throw new Error(`${input} has no column ${name}`);
  return i;
};
const AIRPORT_TYPES = new Set(['small_airport', 'medium_airport', 'large_airport']);
const kept = rows
  .filter((row) => row[column('in_region')] === 'yes' && AIRPORT_TYPES.has(row[column('type')] ?? ''))
  .map((row) => VENDORED_COLUMNS.map((name) => row[column(name)] ?? ''))
  .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));

const text = toCsv([[...VENDORED_COLUMNS], ...kept]);
writeFileSync(AIRPORTS_VENDOR_PATH, text);
console.log(`wrote ${AIRPORTS_VENDOR_PATH.pathname} (${kept.length} airports)`);
