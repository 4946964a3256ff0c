/**
 * `npm run content`: rebuilds geodata/document.json and geodata/places.geojson,
 * and the site's copies of the places and the base map in geodata/site/.
 * Run after `npm run geodata`, since zones are built from the base map.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildContentFiles } from './build.ts';
import { DOCUMENT_PATH, PLACES_PATH, SITE_BASEMAP_PATH, SITE_PLACES_PATH } from './output.ts';

const files = buildContentFiles();
const written = [
  [DOCUMENT_PATH, files.document],
  [PLACES_PATH, files.places],
  [SITE_PLACES_PATH, files.sitePlaces],
  [SITE_BASEMAP_PATH, files.siteBasemap],
] as const;
mkdirSync(new URL('.', SITE_PLACES_PATH), { recursive: true });
for (const [path, text] of written) writeFileSync(path, text);
for (const [path, text] of written) {
  console.log(`wrote ${path.pathname} (${(text.length / 1024).toFixed(0)} KB)`);
}
