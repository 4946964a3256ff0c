import { describe, expect, it } from 'vitest';
import { type CityZoomSample, cityZoomSection } from '../../scripts/bench/city-zoom.ts';

const sample = (ms: number, total: number, renderer: number, requests: number): CityZoomSample => ({
  ms,
  cpu: { total, renderer, gpu: 0, browser: 0, other: 0 },
  requests: Array.from({ length: requests }, (_, i) => `http://127.0.0.1/assets/${i}.woff2`),
});

describe('the benchmark’s city-zoom section', () => {
  it('reports time, CPU, requests and bytes of the zoom, atlas against the bare page, as medians with the ratio', () => {
    const section = cityZoomSection(
      [sample(3000, 2000, 900, 26), sample(2000, 1000, 700, 26), sample(4000, 3000, 800, 26)],
      [sample(1000, 500, 400, 1), sample(1200, 700, 500, 1), sample(800, 600, 300, 1)],
      { atlas: [88, 88, 88], bare: [59, 59, 59] },
    ).split('\n');
    expect(section[0]).toMatch(/^### Zoom from the overview to Harbin at zoom 9.*\(3 runs each\)$/);
    expect(section).toContain('| Time to idle (ms) | 3000 | 2000 | 1000 | 800 | 3.00× |');
    expect(section).toContain('| CPU, all browser processes (ms) | 2000 | 1000 | 600 | 500 | 3.33× |');
    expect(section).toContain('| Requests | 26 | 26 | 1 | 1 | 26.00× |');
    expect(section).toContain('| Bytes fetched, gzip (kB) | 88 | 88 | 59 | 59 | 1.49× |');
  });
});
