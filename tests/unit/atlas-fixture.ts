/** The committed data as the site loads it, for tests that read it. */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import { type AtlasData, type PlaceProperties, atlasData } from '../../src/content/atlas-data.ts';
import type { PolicyDocument } from '../../src/content/types.ts';

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;

export const documentJson = (): PolicyDocument => readJson<PolicyDocument>('../../geodata/document.json');
export const placesJson = (): FeatureCollection<Geometry, PlaceProperties> =>
  readJson<FeatureCollection<Geometry, PlaceProperties>>('../../geodata/places.geojson');

export function loadAtlasData(): AtlasData {
  return atlasData(documentJson(), placesJson());
}
