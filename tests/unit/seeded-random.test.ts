import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../scripts/seeded-random.ts';

const draws = (seed: number, count: number) => Array.from({ length: count }, seededRandom(seed));

describe('seededRandom', () => {
  it('draws mulberry32’s sequence, so a benchmark or soak run repeats across machines and versions', () => {
    expect(draws(1, 3)).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it('draws the same numbers for the same seed, and others for another', () => {
    expect(draws(20091029, 50)).toEqual(draws(20091029, 50));
    expect(draws(20091029, 50)).not.toEqual(draws(20091030, 50));
  });

  it('draws numbers from 0 up to but not including 1, spread evenly', () => {
    const many = draws(3, 10_000);
    expect(Math.min(...many)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...many)).toBeLessThan(1);
    const tenths = Array.from({ length: 10 }, (_, i) => many.filter((x) => Math.floor(x * 10) === i).length);
    for (const count of tenths) expect(count).toBeGreaterThan(900);
  });
});
