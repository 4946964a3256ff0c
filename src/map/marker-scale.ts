/**
 * Marker size encodes how many sentences of the policy name a place: a
 * square-root scale, so that marker area, which the eye compares, grows in
 * proportion to the count.
 */
import { scaleSqrt } from 'd3-scale';

/** Smallest and largest marker radius, in CSS pixels. */
export const MARKER_RADIUS_RANGE: [number, number] = [4.5, 11];

/** Radius, in CSS pixels, at which marker images are drawn and then scaled. */
export const MARKER_IMAGE_RADIUS = 12;

export function markerRadiusScale(maxCount: number): (count: number) => number {
  const scale = scaleSqrt().domain([0, Math.max(1, maxCount)]).range(MARKER_RADIUS_RANGE).clamp(true);
  return (count) => Math.round(scale(count) * 10) / 10;
}
