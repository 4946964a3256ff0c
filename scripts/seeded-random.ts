/**
 * A small deterministic generator of numbers in [0, 1) (mulberry32), for the
 * runs that must draw the same way every time: the benchmark's synthetic
 * places and the browser soak's actions. Not for anything that needs to be
 * unpredictable.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
