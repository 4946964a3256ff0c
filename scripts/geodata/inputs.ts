/**
 * Reads the base map's source data from the installed npm packages. Kept
 * apart from the pure builder so that tests and the command line share it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { BasemapInputs } from './basemap.ts';
import { PROVINCES } from './names.ts';

const require = createRequire(import.meta.url);

function readJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

export function readBasemapInputs(): BasemapInputs {
  const provinceDivisions: Record<string, FeatureCollection> = {};
  for (const { divisionsFile } of PROVINCES) {
    if (divisionsFile) provinceDivisions[divisionsFile] = readJson(`china-geojson/src/geojson/${divisionsFile}`);
  }
  return {
    world: readJson<Topology>('world-atlas/countries-10m.json'),
    chinaProvinces: readJson('china-geojson/src/geojson/china.json'),
    provinceDivisions,
  };
}
