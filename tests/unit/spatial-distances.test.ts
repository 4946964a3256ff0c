import type { LineString, Point } from 'geojson';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/seeded-random.ts';
import { POINT_INFRASTRUCTURE_KINDS } from '../../src/content/infrastructure-types.ts';
import { distanceToLandBorderKm, distancesFrom, nearestInfrastructure, nearestPlaces, straightLineKm } from '../../src/spatial/nearest.ts';
import type { LngLat } from '../../src/spatial/spatial-context.ts';
import { ctx, data, infrastructureCollection } from './spatial-fixture.ts';

/** An independent haversine on the mean Earth radius (IUGG, 6,371.0088 km). */
function haversineKm([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

const pointOf = (f: { geometry: unknown }) => (f.geometry as Point).coordinates as LngLat;
const SPOTS: [string, LngLat][] = [
  ['Dalian', pointOf(data.placeById.get('dalian')!)],
  ['Harbin', pointOf(data.placeById.get('harbin')!)],
  ['Yanji', pointOf(data.placeById.get('yanji')!)],
  ['Tonghua', pointOf(data.placeById.get('tonghua')!)],
  ['the Greater Khingan, Hulunbuir', [121.5, 50.5]],
  ['the Bohai Sea', [120.5, 39.5]],
];

describe('straight-line distances', () => {
  it.each([
    ['one degree of latitude along a meridian', [125, 40], [125, 41], 111.19],
    ['one degree of longitude on the equator', [0, 0], [1, 0], 111.19],
    ['Shenyang to Harbin city centres', [123.4339, 41.8047], [126.6409, 45.7576], haversineKm([123.4339, 41.8047], [126.6409, 45.7576])],
    ['Dalian to Manzhouli', [121.6392, 38.9208], [117.43, 49.6], haversineKm([121.6392, 38.9208], [117.43, 49.6])],
  ] as [string, LngLat, LngLat, number][])('measure %s as %f km, within 0.1%%', (_, a, b, km) => {
    expect(Math.abs(straightLineKm(a, b) - km) / km).toBeLessThan(0.001);
  });
});

describe('the nearest seaport, border crossing and airport', () => {
  it.each(SPOTS)('from %s, are the items a brute-force search over every item finds, at its distance', (_, spot) => {
    const distances = distancesFrom(ctx, spot);
    const found = { seaport: distances.seaport, 'border-crossing': distances.borderCrossing, airport: distances.airport };
    for (const kind of POINT_INFRASTRUCTURE_KINDS) {
      const candidates = infrastructureCollection.features
        .filter((f) => f.properties.kind === kind)
        .map((f) => ({ id: f.properties.id, km: haversineKm(spot, pointOf(f)) }))
        .sort((a, b) => a.km - b.km);
      expect(found[kind]?.item.properties.id, kind).toBe(candidates[0]?.id);
      expect(Math.abs((found[kind]?.km ?? 0) - candidates[0]!.km), kind).toBeLessThan(0.5);
    }
  });

  it('answer for a given year: from Suifenhe, Mudanjiang’s airport in 2008 (closed in 2025), Suifenhe Dongning (opened 2025) today', () => {
    const suifenhe = data.placeById.get('suifenhe')?.geometry as Point;
    const at = suifenhe.coordinates as LngLat;
    expect(nearestInfrastructure(ctx, 'airport', at)[0]?.item.properties.id).toBe('airport-suifenhe-dongning');
    const in2008 = nearestInfrastructure(ctx, 'airport', at, 1, { openedBy: 2008 })[0];
    expect(in2008?.item.properties.id).toBe('airport-mudanjiang-hailang');
    expect(nearestInfrastructure(ctx, 'airport', at, 1, { openedBy: 2025 })[0]?.item.properties.id).toBe('airport-suifenhe-dongning');
  });

  it('list several in order of distance when asked', () => {
    const near = nearestInfrastructure(ctx, 'airport', SPOTS[0]![1], 3);
    expect(near).toHaveLength(3);
    expect(near.map((n) => n.km)).toEqual([...near.map((n) => n.km)].sort((a, b) => a - b));
  });
});

describe('the nearest named places', () => {
  it('start with the place itself when asked from a place’s own point, and never list logistics hubs', () => {
    const near = nearestPlaces(ctx, SPOTS[0]![1], 5);
    expect(near[0]?.item.properties.id).toBe('dalian');
    expect(near[0]?.km).toBeCloseTo(0, 6);
    expect(near.every((n) => n.item.properties.category !== 'logistics-hub')).toBe(true);
  });
});

describe('the distance to China’s land border', () => {
  /** Independent: the least haversine to points every ~0.01° along each border segment. */
  function densifiedBorderKm(spot: LngLat): number {
    let best = Infinity;
    for (const line of ctx.landBorder as LineString[]) {
      for (let i = 1; i < line.coordinates.length; i++) {
        const [a, b] = [line.coordinates[i - 1] as LngLat, line.coordinates[i] as LngLat];
        const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / 0.01));
        for (let s = 0; s <= steps; s++) {
          const t = s / steps;
          best = Math.min(best, haversineKm(spot, [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]));
        }
      }
    }
    return best;
  }

  it.each(SPOTS)('from %s, agrees within 1 km with a densified brute force', (_, spot) => {
    const km = distanceToLandBorderKm(ctx, spot);
    expect(km).not.toBeNull();
    expect(Math.abs(km! - densifiedBorderKm(spot))).toBeLessThan(1);
  });

  it('prunes no segment that could be nearest: equal to the geodesic distance to every whole line, from 400 spots between Hainan and the Amur', () => {
    const random = seededRandom(20091210);
    for (let i = 0; i < 400; i++) {
      const spot: LngLat = [73 + random() * 77, 18 + random() * 38];
      const everySegment = Math.min(
        ...(ctx.landBorder as LineString[]).map((line) => pointToLineDistance(spot, line, { units: 'kilometers' })),
      );
      expect(distanceToLandBorderKm(ctx, spot), String(spot)).toBeCloseTo(everySegment, 9);
    }
  });

  it('is zero on the border itself and grows inland', () => {
    const vertex = ctx.landBorder[0]!.coordinates[5] as LngLat;
    expect(distanceToLandBorderKm(ctx, vertex)).toBeLessThan(0.01);
    expect(distanceToLandBorderKm(ctx, SPOTS[1]![1])!).toBeGreaterThan(200);
  });
});
