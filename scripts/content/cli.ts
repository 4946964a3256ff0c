/**
 * `npm run content`: rebuilds geodata/document.json and geodata/places.geojson.
 * Run after `npm run geodata`, since zones are built from the base map.
 */
import { writeFileSync } from 'node:fs';
import { buildContentFiles } from './build.ts';
import { DOCUMENT_PATH, PLACES_PATH } from './output.ts';

const files = buildContentFiles();
writeFileSync(DOCUMENT_PATH, files.document);
writeFileSync(PLACES_PATH, files.places);
for (const [path, text] of [
  [DOCUMENT_PATH, files.document],
  [PLACES_PATH, files.places],
] as const) {
  console.log(`wrote ${path.pathname} (${(text.length / 1024).toFixed(0)} KB)`);
}
