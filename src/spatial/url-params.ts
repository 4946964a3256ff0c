/**
 * The spatial features' URL parameters, pure, for the URL state to adopt:
 * `?at=lat,lng` (a spot, for "what's here") and `?compare=a,b,c` (places to
 * compare). Parsers return `null` or drop what they cannot use, never throw:
 * a shared link with a typo opens the atlas, not an error.
 */
import type { LngLat } from './spatial-context.ts';

/** Decimals kept for a spot: 4 is about 11 m, finer than a click on the map means. */
export const AT_DIGITS = 4;

/** Most places a comparison shows side by side. */
export const MAX_COMPARED = 4;

/** A decimal with at most 3 integer digits and 12 decimals: no exponents, hex, spaces or signs but '-'. */
const COORDINATE = /^-?\d{1,3}(\.\d{1,12})?$/;

function roundTo(value: number, digits: number): number {
  const rounded = Number(value.toFixed(digits));
  return rounded === 0 ? 0 : rounded; // no "-0" in links
}

/** A spot rounded as the URL keeps it, so that a spot and its round trip compare equal. */
export function roundAt([lng, lat]: LngLat): LngLat {
  return [roundTo(lng, AT_DIGITS), roundTo(lat, AT_DIGITS)];
}

/**
 * Parses `lat,lng` (latitude first, as people write coordinates and as
 * `?map=zoom/lat/lng` does) into a rounded [lng, lat].
 *
 * @returns `null` if the text is missing or malformed, or a coordinate is out
 *   of range (|lat| > 90, |lng| > 180): a bad spot is dropped, not clamped to
 *   some other place the link never meant.
 */
export function parseAt(text: string | null): LngLat | null {
  if (text === null || text.length > 64) return null;
  const parts = text.split(',');
  if (parts.length !== 2 || parts.some((part) => !COORDINATE.test(part))) return null;
  const [lat, lng] = parts.map(Number) as [number, number];
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return roundAt([lng, lat]);
}

/** `lat,lng`, rounded to {@link AT_DIGITS} decimals without trailing zeros. */
export function formatAt(at: LngLat): string {
  const [lng, lat] = roundAt(at);
  return `${lat},${lng}`;
}

/**
 * Parses `a,b,c` into the known place ids it names, each once, in order, at
 * most {@link MAX_COMPARED}; unknown or malformed ids are dropped.
 */
export function parseCompare(text: string | null, knownPlaceIds: ReadonlySet<string>): string[] {
  if (text === null) return [];
  const ids = text
    .slice(0, 1024)
    .split(',')
    .map((id) => id.trim())
    .filter((id) => knownPlaceIds.has(id));
  return [...new Set(ids)].slice(0, MAX_COMPARED);
}

export function formatCompare(placeIds: readonly string[]): string {
  return placeIds.join(',');
}
