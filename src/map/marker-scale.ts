/**
 * Marker size encodes how many sentences of the policy name a place: a
 * square-root scale from zero, so that marker area, which the eye compares,
 * is in proportion to the count. The domain runs over the point places only:
 * the region, named in dozens of sentences, would otherwise shrink every
 * city to the same few pixels.
 */
import { scaleSqrt } from 'd3-scale';

/** Radius, in CSS pixels, of the marker of the point place the text names most often. */
export const MARKER_RADIUS_MAX = 13;

/**
 * A place named in no sentence of its own (a city named only inside a zone's
 * name, a logistics node given as context) has no area to show: it is drawn
 * at this fixed radius, hollow or as a badge, so that it can still be found.
 */
export const UNSIZED_MARKER_RADIUS = 4.5;

/** Radius, in CSS pixels, at which marker images are drawn and then scaled. */
export const MARKER_IMAGE_RADIUS = 16;

/** `count` sentences to a radius in pixels; `maxCount` is the most-named point place's count. */
export function markerRadiusScale(maxCount: number): (count: number) => number {
  const scale = scaleSqrt().domain([0, Math.max(1, maxCount)]).range([0, MARKER_RADIUS_MAX]).clamp(true);
  return (count) => scale(count);
}
