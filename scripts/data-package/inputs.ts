/** Reads what the data package is built from: the committed data, the licence, the version, the data date. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AIRPORTS_COMPLETE_AS_OF } from '../../content/airports.ts';
import { CROSSINGS_COMPLETE_AS_OF } from '../../content/crossings.ts';
import { SEAPORTS_COMPLETE_AS_OF } from '../../content/infrastructure.ts';
import type { DataZipInput } from './data-zip.ts';

const ROOT = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

/** Where the data lives, relative to the project root; the data date is its last change. */
const DATA_FILES = ['geodata/document.json', 'geodata/places.geojson', 'geodata/infrastructure.geojson', 'geodata/later-designations.geojson', 'geodata/site/city-context.json', 'geodata/site/coast.topo.json'];

/**
 * The data's date, so that a rebuild of the same data gives the same
 * archive: SOURCE_DATE_EPOCH when a reproducible build sets it, else the
 * date of the last commit that changed the data, else (outside git) today.
 */
export function dataDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  try {
    const committed = execFileSync('git', ['log', '-1', '--format=%cs', '--', ...DATA_FILES], {
      cwd: fileURLToPath(ROOT),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(committed)) return committed;
  } catch {
    // Not a git checkout (e.g. a source tarball): fall through to today.
  }
  return new Date().toISOString().slice(0, 10);
}

export function readDataZipInput(): DataZipInput {
  return {
    documentJson: read('geodata/document.json'),
    placesJson: read('geodata/places.geojson'),
    infrastructureJson: read('geodata/infrastructure.geojson'),
    laterDesignationsJson: read('geodata/later-designations.geojson'),
    cityContextJson: read('geodata/site/city-context.json'),
    coastJson: read('geodata/site/coast.topo.json'),
    completeAsOf: { seaport: SEAPORTS_COMPLETE_AS_OF, 'border-crossing': CROSSINGS_COMPLETE_AS_OF, airport: AIRPORTS_COMPLETE_AS_OF, railway: null },
    licence: read('scripts/data-package/DATA-LICENSE.md'),
    version: (JSON.parse(read('package.json')) as { version: string }).version,
    dataDate: dataDate(),
  };
}
