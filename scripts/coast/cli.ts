/**
 * `npm run coast`: rebuilds geodata/site/coast.topo.json from the pinned
 * OpenStreetMap seas (@geo-maps/earth-seas-100m), the policy's areas and the site's base map.
 */
import { writeFileSync } from 'node:fs';
import { serializeJson } from '../geodata/output.ts';
import { buildCoast } from './build.ts';
import { readCoastInputs } from './inputs.ts';
import { COAST_PATH } from './output.ts';

const coast = buildCoast(readCoastInputs());
const text = serializeJson(coast);
writeFileSync(COAST_PATH, text);
const vertices = coast.arcs.reduce((sum, arc) => sum + arc.length, 0);
console.log(`wrote ${COAST_PATH.pathname} (${(text.length / 1024).toFixed(0)} KB): ${coast.arcs.length} arcs, ${vertices} vertices`);
