/**
 * The rows of the compare table: for each of two to four places, the zones it
 * lies in, the sentences naming it, and its distances to the nearest seaport,
 * border crossing and airport.
 */
import type { PlaceFeature } from '../content/atlas-data.ts';
import { type Distances, distancesFrom, type InfrastructureOptions } from './nearest.ts';
import { areaHolds, type LngLat, type SpatialContext } from './spatial-context.ts';
import { MAX_COMPARED } from './url-params.ts';

/** Where a sentence naming the place stands: a numbered clause, or the opening or preamble. */
export interface ClauseRef {
  /** The clause id (`I.5`), or `opening` / `preamble`. */
  id: string;
  /** The clause's printed number; `null` for the opening and the preamble. */
  number: number | null;
}

export interface CompareRow {
  place: PlaceFeature;
  /** Where distances and zones are measured from: the place's point, or an area's label point. */
  point: LngLat;
  /** As given by the designations callback; another module owns them. */
  designations: string[];
  /** Zones, corridors and bases that hold the point, other than the place itself. */
  zones: PlaceFeature[];
  sentenceCount: number;
  /** The clauses (and opening or preamble) of those sentences, each once, in reading order. */
  clauses: ClauseRef[];
  distances: Distances;
}

/** A place's designations (e.g. "Service-outsourcing demonstration city"), in the reader's language. */
export type DesignationsOf = (place: PlaceFeature) => string[];

/**
 * One row per known place id, in the order given, each once, at most
 * {@link MAX_COMPARED}; unknown ids are dropped.
 */
export function compareRows(
  placeIds: readonly string[],
  ctx: SpatialContext,
  designationsOf: DesignationsOf = () => [],
  options: InfrastructureOptions = {},
): CompareRow[] {
  const places = [...new Set(placeIds)]
    .flatMap((id) => ctx.data.placeById.get(id) ?? [])
    .slice(0, MAX_COMPARED);
  return places.map((place) => {
    const point = place.properties.label_point;
    // Namings only: the sentences linked to the region by default name no place.
    const sentences = place.properties.sentences.flatMap((id) => ctx.data.sentenceById.get(id) ?? []);
    const clauses = new Map<string, ClauseRef>();
    for (const entry of sentences) {
      const ref = entry.clause
        ? { id: entry.clause.id, number: entry.clause.number }
        : { id: entry.part, number: null };
      if (!clauses.has(ref.id)) clauses.set(ref.id, ref);
    }
    return {
      place,
      point,
      designations: designationsOf(place),
      zones: ctx.zones
        .filter((zone) => zone.place.properties.id !== place.properties.id && areaHolds(zone, point))
        .map((zone) => zone.place),
      sentenceCount: sentences.length,
      clauses: [...clauses.values()],
      distances: distancesFrom(ctx, point, options),
    };
  });
}
