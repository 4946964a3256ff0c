/**
 * The spatial context built from the committed open data, as the site builds
 * it: the document, the places, the base map and the infrastructure.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { atlasData, type PlaceProperties } from '../../src/content/atlas-data.ts';
import type { PolicyDocument } from '../../src/content/types.ts';
import { basemapSources } from '../../src/data/basemap-data.ts';
import type { InfrastructureCollection } from '../../src/content/infrastructure-types.ts';
import { spatialContextFromBasemap } from '../../src/spatial/spatial-context.ts';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;

export const document = readJson<PolicyDocument>('../../geodata/document.json');
export const placesCollection = readJson<FeatureCollection<Geometry, PlaceProperties>>('../../geodata/places.geojson');
export const basemap = basemapSources(readJson<Topology>('../../geodata/basemap.topo.json'));
export const infrastructureCollection = readJson<InfrastructureCollection>('../../geodata/infrastructure.geojson');
export const data = atlasData(document, placesCollection);
export const ctx = spatialContextFromBasemap(data, basemap, infrastructureCollection);
