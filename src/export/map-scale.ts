/**
 * A scale bar for the map as captured: a round distance and its length in
 * the snapshot's pixels. Web Mercator with MapLibre's 512-pixel tiles.
 */

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** Metres per CSS pixel at a latitude and zoom. */
export function metresPerPixel(lat: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The largest 1, 2 or 5 × 10ⁿ not above `value`. */
export function roundDown(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const first = value / power;
  return (first >= 5 ? 5 : first >= 2 ? 2 : 1) * power;
}

/**
 * The scale bar for a map at `lat`/`zoom`, at most `maxCssPx` long, whose
 * snapshot has `pixelRatio` pixels per CSS pixel. `null` where it makes no sense.
 */
export function scaleBar(lat: number, zoom: number, pixelRatio: number, maxCssPx = 120): { km: number; lengthPx: number } | null {
  const perPixel = metresPerPixel(lat, zoom);
  if (!(perPixel > 0) || !(pixelRatio > 0)) return null;
  const km = roundDown((perPixel * maxCssPx) / 1000);
  return { km, lengthPx: ((km * 1000) / perPixel) * pixelRatio };
}
