/**
 * `npm run geodata`: rebuilds geodata/basemap.topo.json from the npm packages.
 */
import { writeFileSync } from 'node:fs';
import { buildBasemap } from './basemap.ts';
import { readBasemapInputs } from './inputs.ts';
import { BASEMAP_PATH, serializeJson } from './output.ts';

const started = performance.now();
const text = serializeJson(buildBasemap(readBasemapInputs()));
writeFileSync(BASEMAP_PATH, text);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`wrote ${BASEMAP_PATH.pathname} (${(text.length / 1024).toFixed(0)} KB) in ${seconds} s`);
