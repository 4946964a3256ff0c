/**
 * Straight-line (great-circle) distances from a point: to the nearest named
 * places, the nearest seaport, border crossing and airport, and to China's
 * land border. They are distances as the crow flies, not travel times; the
 * interface must label them so.
 */
import { around, distance as greatCircleKm } from 'geokdbush';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { PlaceFeature } from '../content/atlas-data.ts';
import type { InfrastructureFeature, PointInfrastructureKind } from './infrastructure-types.ts';
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
   * Only items open by this year: 2009 shows the picture the policy was
   * written in, without the ports and bridges built since. Default: all.
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
  const keep = openedBy === undefined ? undefined : (f: InfrastructureFeature) => f.properties.opened <= openedBy;
  return nearestIn(ctx.infrastructure[kind], point, count, keep);
}

/**
 * Straight-line km from a point to the nearest point of China's land border,
 * measured to the border's segments (geodesic), not just its vertices.
 */
export function distanceToLandBorderKm(ctx: SpatialContext, point: LngLat): number | null {
  if (ctx.landBorder.length === 0) return null;
  return Math.min(...ctx.landBorder.map((line) => pointToLineDistance(point, line, { units: 'kilometers' })));
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
