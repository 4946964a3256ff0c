/**
 * Straight-line (great-circle) distances from a point: to the nearest named
 * places, the nearest seaport, border crossing and airport, and to China's
 * land border. They are distances as the crow flies, not travel times; the
 * interface must label them so.
 */
import { around, distance as greatCircleKm } from 'geokdbush';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { PlaceFeature } from '../content/atlas-data.ts';
import { isOpenIn, isOpenNow } from './as-of.ts';
import type { InfrastructureFeature, PointInfrastructureKind } from '../content/infrastructure-types.ts';
import type { LngLat, PointIndex, SpatialContext } from './spatial-context.ts';

/** Something near a point, and how far it is in straight-line kilometres. */
export interface Near<T> {
  item: T;
  km: number;
}

/** The nearest seaport, border crossing and airport, and the distance to the land border. */
export interface Distances {
  seaport: Near<InfrastructureFeature> | null;
  borderCrossing: Near<InfrastructureFeature> | null;
  airport: Near<InfrastructureFeature> | null;
  /** Straight-line km to China's land border; `null` if the context has no border lines. */
  landBorderKm: number | null;
}

/** Great-circle distance in km on a sphere of radius 6,371 km (geokdbush's). */
export function straightLineKm([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
  return greatCircleKm(lng1, lat1, lng2, lat2);
}

/** Up to `count` items of an index, nearest first; only those `keep` accepts, if given. */
export function nearestIn<T>(index: PointIndex<T>, point: LngLat, count: number, keep?: (item: T) => boolean): Near<T>[] {
  if (!index.tree || count <= 0) return [];
  const predicate = keep && ((i: number) => keep(index.items[i] as T));
  return around(index.tree, point[0], point[1], count, Infinity, predicate).map((i) => ({
    item: index.items[i] as T,
    km: straightLineKm(point, index.lngLats[i] as LngLat),
  }));
}

/** The nearest named places (cities, sites, institutions), nearest first. */
export function nearestPlaces(ctx: SpatialContext, point: LngLat, count = 5): Near<PlaceFeature>[] {
  return nearestIn(ctx.namedPoints, point, count);
}

export interface InfrastructureOptions {
  /**
   * Only items open in this year: 2009 shows the picture the policy was
   * written in, without the ports and bridges built since nor the airports
   * closed since. Default: the items open today (none closed).
   */
  openedBy?: number;
}

/** The nearest infrastructure of a kind, nearest first. */
export function nearestInfrastructure(
  ctx: SpatialContext,
  kind: PointInfrastructureKind,
  point: LngLat,
  count = 1,
  options: InfrastructureOptions = {},
): Near<InfrastructureFeature>[] {
  const { openedBy } = options;
  const keep =
    openedBy === undefined ? (f: InfrastructureFeature) => isOpenNow(f.properties) : (f: InfrastructureFeature) => isOpenIn(f.properties, openedBy);
  return nearestIn(ctx.infrastructure[kind], point, count, keep);
}

/** Kilometres per degree of latitude on the 6,371 km sphere. */
const KM_PER_DEGREE = (Math.PI * 6371) / 180;

/**
 * Planar km from `point` to the segment a–b, on an equirectangular plane
 * centred on the point: cheap, and within a factor of about 1.3 of the
 * geodesic distance for the latitudes China's border spans.
 */
function roughSegmentKm([lng0, lat0]: LngLat, a: number[], b: number[], cosLat: number): number {
  const ax = ((a[0] as number) - lng0) * cosLat;
  const ay = (a[1] as number) - lat0;
  const dx = ((b[0] as number) - lng0) * cosLat - ax;
  const dy = (b[1] as number) - lat0 - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
  return Math.hypot(ax + t * dx, ay + t * dy) * KM_PER_DEGREE;
}

/**
 * Straight-line km from a point to the nearest point of China's land border,
 * measured to the border's segments (geodesic), not just its vertices.
 *
 * The border has thousands of segments and a geodesic distance to each is
 * slow (tens of milliseconds on a phone, on every place opened), so a rough
 * planar distance picks the candidates first. If the rough distance is within
 * a factor k of the true one for every segment, the truly nearest segment is
 * within k² of the roughly nearest: with k ≈ 1.3, keeping every segment
 * within twice the rough minimum (plus a kilometre) never drops it.
 */
export function distanceToLandBorderKm(ctx: SpatialContext, point: LngLat): number | null {
  if (ctx.landBorder.length === 0) return null;
  const cosLat = Math.cos((point[1] * Math.PI) / 180);
  const eachSegment = (visit: (a: number[], b: number[]) => void) => {
    for (const { coordinates } of ctx.landBorder) {
      for (let i = 1; i < coordinates.length; i += 1) visit(coordinates[i - 1] as number[], coordinates[i] as number[]);
    }
  };
  let nearestRough = Infinity;
  eachSegment((a, b) => {
    nearestRough = Math.min(nearestRough, roughSegmentKm(point, a, b, cosLat));
  });
  const reach = nearestRough * 2 + 1;
  let nearest = Infinity;
  eachSegment((a, b) => {
    if (roughSegmentKm(point, a, b, cosLat) > reach) return;
    nearest = Math.min(nearest, pointToLineDistance(point, { type: 'LineString', coordinates: [a, b] }, { units: 'kilometers' }));
  });
  return nearest;
}

export function distancesFrom(ctx: SpatialContext, point: LngLat, options: InfrastructureOptions = {}): Distances {
  const first = (kind: PointInfrastructureKind) => nearestInfrastructure(ctx, kind, point, 1, options)[0] ?? null;
  return {
    seaport: first('seaport'),
    borderCrossing: first('border-crossing'),
    airport: first('airport'),
    landBorderKm: distanceToLandBorderKm(ctx, point),
  };
}

/**
 * How far the base map's land border may lie from the true border. A distance
 * below it says only that the point is near the border, so it is shown as
 * "under 5 km" rather than as a number that looks precise.
 */
export const LAND_BORDER_PRECISION_KM = 5;

/** Whether a distance to the land border is below what the border line can tell apart. */
export function underLandBorderPrecision(km: number): boolean {
  return km < LAND_BORDER_PRECISION_KM;
}

/**
 * How many items of each point kind are open in a year (default: today):
 * what a "nearest" answer was chosen from.
 */
export function openCounts(ctx: SpatialContext, year?: number): { seaports: number; crossings: number; airports: number } {
  const isOpen = (f: InfrastructureFeature) => (year === undefined ? isOpenNow(f.properties) : isOpenIn(f.properties, year));
  const open = (kind: PointInfrastructureKind) => ctx.infrastructure[kind].items.filter(isOpen).length;
  return { seaports: open('seaport'), crossings: open('border-crossing'), airports: open('airport') };
}
