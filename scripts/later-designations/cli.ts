/**
 * `npm run later-designations`: rebuilds geodata/later-designations.geojson
 * from content/later-designations.ts.
 */
import { writeFileSync } from 'node:fs';
import { laterDesignations } from '../../content/later-designations.ts';
import { laterDesignationsFile } from './build.ts';
import { LATER_DESIGNATIONS_PATH } from './output.ts';
import { gazetteerPoint } from './points.ts';

const text = laterDesignationsFile(laterDesignations, gazetteerPoint);
writeFileSync(LATER_DESIGNATIONS_PATH, text);
console.log(`wrote ${LATER_DESIGNATIONS_PATH.pathname} (${(text.length / 1024).toFixed(0)} KB)`);
