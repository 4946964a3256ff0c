/**
 * Where the camera goes for a tour step. Unlike framing a selection, a step
 * never falls back to its broad places: a clause that names only "China"
 * would otherwise zoom the map out to East Asia. Such a step frames the
 * region instead, and its broad places go to the locator inset.
 */
import { bbox } from '@turf/bbox';
import type { AtlasData } from '../../content/atlas-data.ts';
import type { TourStep } from '../../content/tour-steps.ts';

export type Bounds = [west: number, south: number, east: number, north: number];

/** The extent of a step's framing places, or `null` when it has none: then frame the region. */
export function tourFrameBounds(step: Pick<TourStep, 'frame'>, data: AtlasData): Bounds | null {
  const features = step.frame.flatMap((id) => data.placeById.get(id) ?? []);
  if (features.length === 0) return null;
  const [west, south, east, north] = bbox({ type: 'FeatureCollection', features });
  return [west, south, east, north];
}
