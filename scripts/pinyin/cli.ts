/** `npm run pinyin`: writes src/search/pinyin.generated.json from the places and the base map. */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { namesToRomanise, pinyinTable } from './table.ts';

const path = (relative: string): URL => new URL(`../../${relative}`, import.meta.url);
const readJson = <T>(relative: string): T => JSON.parse(readFileSync(path(relative), 'utf8')) as T;

const names = namesToRomanise(readJson('geodata/places.geojson'), readJson<Topology>('geodata/basemap.topo.json'));
const table = pinyinTable(names);
writeFileSync(path('src/search/pinyin.generated.json'), `${JSON.stringify(table, null, 1)}\n`);
console.log(`pinyin: ${Object.keys(table).length} Chinese forms of ${names.length} names`);
