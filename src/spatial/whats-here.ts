/**
 * "What's here": everything the policy says about an arbitrary spot. Answers
 * from the data in memory (see spatial-context.ts), so the answer is the same
 * at every zoom and wherever the tiles are cut.
 */
import type { PlaceFeature, SentenceEntry } from '../content/atlas-data.ts';
import { sentencesNaming } from '../content/atlas-data.ts';
import { type Distances, distancesFrom, type InfrastructureOptions, type Near, nearestPlaces, straightLineKm } from './nearest.ts';
import { type AreaName, divisionsAt, type LngLat, type SpatialContext, zonesAt } from './spatial-context.ts';
import type { Point } from 'geojson';

/** A zone, corridor or base that holds the spot, with the sentences that name it. */
export interface ZoneHit {
  place: PlaceFeature;
  sentences: SentenceEntry[];
}

interface Common {
  at: LngLat;
  /** Named places nearest the spot, nearest first, in straight-line km. */
  nearestPlaces: Near<PlaceFeature>[];
  distances: Distances;
}

export interface InsideRegion extends Common {
  kind: 'inside';
  /** The prefecture-level division; on a border between two, the first by code. */
  division: AreaName;
  province: AreaName;
  /** Other divisions whose border the spot lies on; usually none. */
  alsoOnBorderOf: AreaName[];
  /** Every zone, corridor and base that holds the spot, in the gazetteer's order. */
  zones: ZoneHit[];
  /**
   * The policy's city places in the spot's division, nearest first: the city
   * the spot lies in is the first. Empty where the text names no city there.
   */
  cities: Near<PlaceFeature>[];
}

/** The spot lies in none of the region's divisions: at sea, abroad, or elsewhere in China. */
export interface OutsideRegion extends Common {
  kind: 'outside';
}

export type WhatsHere = InsideRegion | OutsideRegion;

export interface WhatsHereOptions extends InfrastructureOptions {
  /** How many nearest named places to list. Default 5. */
  nearestCount?: number;
}

const nameOf = ({ id, nameEn, nameZh }: AreaName): AreaName => ({ id, nameEn, nameZh });

export function whatsHere(at: LngLat, ctx: SpatialContext, options: WhatsHereOptions = {}): WhatsHere {
  const common: Common = {
    at,
    nearestPlaces: nearestPlaces(ctx, at, options.nearestCount ?? 5),
    distances: distancesFrom(ctx, at, options.openedBy === undefined ? {} : { openedBy: options.openedBy }),
  };
  const [division, ...others] = divisionsAt(ctx, at);
  if (!division) return { kind: 'outside', ...common };

  const zones = zonesAt(ctx, at).map((place) => ({ place, sentences: sentencesNaming(ctx.data, place.properties.id) }));
  const cities = (ctx.citiesByDivision.get(division.id) ?? [])
    .map((item) => ({ item, km: straightLineKm(at, (item.geometry as Point).coordinates as LngLat) }))
    .sort((a, b) => a.km - b.km);

  return {
    kind: 'inside',
    ...common,
    division: nameOf(division),
    province: { ...division.province },
    alsoOnBorderOf: others.map(nameOf),
    zones,
    cities,
  };
}
