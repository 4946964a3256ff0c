/**
 * `npm run infrastructure`: rebuilds geodata/infrastructure.geojson from
 * content/infrastructure.ts.
 */
import { writeFileSync } from 'node:fs';
import { infrastructure } from '../../content/infrastructure.ts';
import { infrastructureFile } from './build.ts';
import { INFRASTRUCTURE_PATH } from './output.ts';

const text = infrastructureFile(infrastructure);
writeFileSync(INFRASTRUCTURE_PATH, text);
console.log(`wrote ${INFRASTRUCTURE_PATH.pathname} (${(text.length / 1024).toFixed(0)} KB)`);
