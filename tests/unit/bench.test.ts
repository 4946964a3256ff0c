import type { FeatureCollection, Geometry, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { cpuSince, kindOfCommandLine, parseStat, readCpu } from '../../scripts/bench/process-cpu.ts';
import { scalePlaces } from '../../scripts/bench/scale-places.ts';
import { kindOf, markdownTable, median, minimum, summarise } from '../../scripts/bench/stats.ts';

describe('the benchmark’s arithmetic', () => {
  it.each([
    { values: [3, 1, 2], median: 2, min: 1 },
    { values: [4, 1, 3, 2], median: 2.5, min: 1 },
    { values: [7], median: 7, min: 7 },
    { values: [], median: Number.NaN, min: Number.NaN },
  ])('takes the median $median and minimum $min of $values', ({ values, median: m, min }) => {
    expect(median(values)).toBe(m);
    expect(minimum(values)).toBe(min);
  });

  it('divides the atlas’s median by the bare page’s for the ratio, and has none without a bare figure', () => {
    expect(summarise({ name: 'x', atlas: [10, 30, 20], bare: [10, 10, 5] }).ratio).toBe(2);
    expect(summarise({ name: 'x', atlas: [10], bare: [] }).ratio).toBeNull();
  });

  it('prints one Markdown row per figure, with medians, minimums and the ratio', () => {
    const table = markdownTable([{ name: 'CPU (ms)', atlas: [300, 200, 400], bare: [100, 200, 150] }]).split('\n');
    expect(table).toHaveLength(3);
    expect(table[2]).toBe('| CPU (ms) | 300 | 200 | 150 | 100 | 2.00× |');
  });

  it('prints only the atlas’s columns when no figure has a bare page’s', () => {
    const table = markdownTable([{ name: 'Click (ms)', atlas: [30.25, 20], bare: [], digits: 1 }]).split('\n');
    expect(table[0]).toBe('| measure | median | min |');
    expect(table[2]).toBe('| Click (ms) | 25.1 | 20.0 |');
  });

  it.each([
    ['http://h/atlas/', 'html'],
    ['http://h/atlas/assets/index-abc.js', 'js'],
    ['http://h/atlas/assets/maplibre-gl-worker-abc.mjs', 'worker'],
    ['http://h/atlas/assets/index-abc.css', 'css'],
    ['http://h/atlas/assets/noto-sans-sc-98-400-normal.woff2', 'font'],
    ['http://h/atlas/assets/places-abc.geojson', 'json'],
    ['http://h/atlas/assets/document-abc.json?x=1', 'json'],
    ['http://h/atlas/favicon.svg', 'other'],
  ])('counts %s as %s', (url, kind) => {
    expect(kindOf(url)).toBe(kind);
  });
});

describe('synthetic places for the scaling runs', () => {
  const places: FeatureCollection<Geometry, { id: string; name_en: string }> = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [131.15, 44.4] }, properties: { id: 'suifenhe', name_en: 'Suifenhe' } },
      {
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: [[[120, 40], [121, 40], [121, 41], [120, 40]]] },
        properties: { id: 'zone', name_en: 'Zone' },
      },
    ],
  };

  it('holds factor times the places, each id once, the originals first and unchanged', () => {
    const scaled = scalePlaces(places, 10);
    expect(scaled.features).toHaveLength(20);
    expect(new Set(scaled.features.map((f) => f.properties.id)).size).toBe(20);
    expect(scaled.features.slice(0, 2)).toEqual(places.features);
  });

  it('shifts a copy’s whole geometry by one offset within the spread, so shapes keep their form', () => {
    const zone = scalePlaces(places, 3, 1, 0.5).features.filter((f) => f.properties.id.startsWith('zone-copy'));
    for (const copy of zone) {
      const ring = (copy.geometry as Polygon).coordinates[0];
      const dx = ring[0][0] - 120;
      expect(Math.abs(dx)).toBeLessThanOrEqual(0.5);
      expect(ring.map(([x]) => x - dx)).toEqual([120, 121, 121, 120].map((x) => expect.closeTo(x, 9)));
    }
  });

  it('moves a copy’s label point with it, so that a point place’s label point stays its point', () => {
    const labelled: FeatureCollection<Geometry, { id: string; label_point: number[] }> = {
      type: 'FeatureCollection',
      features: [{ ...places.features[0], properties: { id: 'suifenhe', label_point: [131.15, 44.4] } }],
    };
    for (const copy of scalePlaces(labelled, 4).features) {
      expect(copy.properties.label_point).toEqual((copy.geometry as Point).coordinates);
    }
  });

  it('draws the same places for the same seed, and others for another', () => {
    expect(scalePlaces(places, 5, 7)).toEqual(scalePlaces(places, 5, 7));
    expect(scalePlaces(places, 5, 7)).not.toEqual(scalePlaces(places, 5, 8));
  });
});

describe('CPU time of the browser’s processes', () => {
  it('reads utime and stime after a command name holding spaces and brackets', () => {
    const stat = '4242 (chrome (gpu) x) S 4200 4242 4242 0 -1 4194560 1 0 0 0 150 50 0 0 20 0 1 0 1 1 1';
    expect(parseStat(stat)).toEqual({ pid: 4242, parent: 4200, cpuMs: 2000 });
  });

  it.each([
    ['/x/chromium --type=renderer --lang=en', 'renderer'],
    ['/x/chromium --type=gpu-process --no-sandbox', 'gpu'],
    ['/x/chromium --type=utility --utility-sub-type=network.mojom.NetworkService', 'other'],
    ['/x/chromium --headless --no-sandbox', 'browser'],
  ])('classes %s as %s', (commandLine, kind) => {
    expect(kindOfCommandLine(commandLine)).toBe(kind);
  });

  it('counts only processes alive at the second reading, so an exited renderer subtracts nothing', () => {
    const before = new Map([
      [1, { kind: 'browser' as const, cpuMs: 100 }],
      [2, { kind: 'renderer' as const, cpuMs: 900 }],
    ]);
    const after = new Map([
      [1, { kind: 'browser' as const, cpuMs: 130 }],
      [3, { kind: 'gpu' as const, cpuMs: 50 }],
    ]);
    expect(cpuSince(before, after)).toEqual({ browser: 30, renderer: 0, gpu: 50, other: 0, total: 80 });
  });

  it('finds no browser below a process that started none', () => {
    expect(readCpu(process.pid).size).toBe(0);
  });
});
