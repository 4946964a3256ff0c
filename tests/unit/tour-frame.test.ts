import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { atlasData, type PlaceProperties } from '../../src/content/atlas-data.ts';
import { CATEGORIES } from '../../src/content/categories.ts';
import { pointOf } from '../../src/content/zones.ts';
import type { PolicyDocument } from '../../src/content/types.ts';
import { tourFrameBounds, type Bounds } from '../../src/map/camera.ts';
import { buildTourSteps, type TourStep } from '../../src/content/tour-steps.ts';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const data = atlasData(
  readJson<PolicyDocument>('../../geodata/document.json'),
  readJson<FeatureCollection<Geometry, PlaceProperties>>('../../geodata/places.geojson'),
);
const steps = buildTourSteps(data, CATEGORIES, { sentences: true });
const step = (id: string): TourStep => steps.find((s) => s.id === id) ?? (() => { throw new Error(id); })();
const contains = ([w, s, e, n]: Bounds, [x, y]: [number, number]) => x >= w && x <= e && y >= s && y <= n;

/** Northeast China with Inner Mongolia's eastern leagues: the most any step may frame, in degrees. */
const REGION_SPAN = { lon: 30, lat: 20 };

describe('tourFrameBounds', () => {
  it('frames clause 5 around Dalian, Harbin, Daqing, Yanji and Suifenhe', () => {
    const bounds = tourFrameBounds(step('I.5'), data);
    expect(bounds).not.toBeNull();
    for (const id of ['dalian', 'harbin', 'daqing', 'yanji', 'suifenhe']) {
      const point = pointOf(data.placeById.get(id)!);
      expect(point && contains(bounds!, point)).toBe(true);
    }
  });

  it.each([['I.1'], ['I.3'], ['preamble'], ['title']])('leaves %s, which names nothing specific, to the region frame', (id) => {
    expect(tourFrameBounds(step(id), data)).toBeNull();
  });

  it('never frames more than the region, at any step', () => {
    for (const s of steps) {
      const bounds = tourFrameBounds(s, data);
      if (!bounds) continue;
      expect(bounds[2] - bounds[0], s.id).toBeLessThan(REGION_SPAN.lon);
      expect(bounds[3] - bounds[1], s.id).toBeLessThan(REGION_SPAN.lat);
    }
  });

  it('would frame a continent if broad places were let in, which is why they are not', () => {
    const withChina = tourFrameBounds({ frame: [...step('I.6.s2').frame, 'china'] }, data);
    expect(withChina![2] - withChina![0]).toBeGreaterThan(REGION_SPAN.lon);
  });
});
