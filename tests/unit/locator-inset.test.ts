import { readFileSync } from 'node:fs';
import { bbox } from '@turf/bbox';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { atlasData, type PlaceProperties } from '../../src/content/atlas-data.ts';
import { categoryById } from '../../src/content/categories.ts';
import type { PolicyDocument } from '../../src/content/types.ts';
import { basemapSources } from '../../src/data/basemap-data.ts';
import { geometryPath, placesBeyond } from '../../src/features/map-view/locator-inset.ts';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const data = atlasData(
  readJson<PolicyDocument>('../../geodata/document.json'),
  readJson<FeatureCollection<Geometry, PlaceProperties>>('../../geodata/places.geojson'),
);
const sources = basemapSources(readJson<Topology>('../../geodata/basemap.topo.json'));
const [west, south, east, north] = bbox(sources.divisions);
const region: [number, number, number, number] = [west, south, east, north];
const broad = (place: (typeof data.places)[number]) => categoryById(place.properties.category).broad;

describe('placesBeyond: what the locator inset washes in', () => {
  it('takes the broad places that reach beyond the region: China, Asia, Northeast Asia and the neighbours', () => {
    const ids = placesBeyond(data.places, region, broad).map((p) => p.properties.id);
    expect(ids.sort()).toEqual(['asia', 'china', 'neighboring-countries', 'northeast-asia']);
  });

  it('leaves out the region itself and everything within it, which the main map shows', () => {
    const within = data.places.filter((p) => ['northeast-china', 'northeast-tourism-zone', 'harbin', 'dalian'].includes(p.properties.id));
    expect(within).toHaveLength(4);
    expect(placesBeyond(within, region, broad)).toEqual([]);
  });
});

describe('geometryPath', () => {
  const project = ([x, y]: number[]): [number, number] => [x * 10, 100 - y * 10];

  it('closes each ring of a polygon and leaves a line open', () => {
    expect(geometryPath({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }, project)).toBe('M0.0 100.0L10.0 100.0L10.0 90.0L0.0 100.0Z');
    expect(geometryPath({ type: 'LineString', coordinates: [[0, 0], [2, 1]] }, project)).toBe('M0.0 100.0L20.0 90.0');
  });

  it('draws nothing for a place without geometry or for a point', () => {
    expect(geometryPath(null, project)).toBe('');
    expect(geometryPath({ type: 'Point', coordinates: [1, 1] }, project)).toBe('');
  });
});
