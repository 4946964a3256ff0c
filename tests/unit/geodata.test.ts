import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, FOCUS_BBOX, buildBasemap, focusWeight } from '../../scripts/geodata/basemap.ts';
import { clipArea, isNearAreas, labelPoint, runsWhere } from '../../scripts/geodata/geometry.ts';
import { readBasemapInputs } from '../../scripts/geodata/inputs.ts';
import { DIVISIONS, NEIGHBOURS } from '../../scripts/geodata/names.ts';
import { BASEMAP_PATH, serializeJson } from '../../scripts/geodata/output.ts';

type Area = Polygon | MultiPolygon;

const square = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

describe('clipArea', () => {
  it('keeps the part of an area inside the box', () => {
    const clipped = clipArea(square(0, 0, 10, 10), [5, 5, 20, 20]);
    expect(clipped).toEqual(square(5, 5, 10, 10));
  });

  it('returns null for an area wholly outside the box', () => {
    expect(clipArea(square(0, 0, 1, 1), [5, 5, 6, 6])).toBeNull();
  });

  it('drops the polygons of a multipolygon that fall outside', () => {
    const clipped = clipArea(
      { type: 'MultiPolygon', coordinates: [square(0, 0, 1, 1).coordinates, square(8, 8, 9, 9).coordinates] },
      [5, 5, 10, 10],
    );
    expect(clipped).toEqual(square(8, 8, 9, 9));
  });
});

describe('labelPoint', () => {
  it('puts the label inside a U-shaped area, where a centroid would fall outside', () => {
    const u: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [8, 10],
          [8, 2],
          [2, 2],
          [2, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    };
    expect(booleanPointInPolygon(labelPoint(u), u)).toBe(true);
  });

  it('chooses the largest polygon of a multipolygon', () => {
    const [x, y] = labelPoint({
      type: 'MultiPolygon',
      coordinates: [square(0, 0, 1, 1).coordinates, square(10, 10, 20, 20).coordinates],
    });
    expect(x).toBeGreaterThan(10);
    expect(y).toBeGreaterThan(10);
  });
});

describe('runsWhere', () => {
  it('cuts a line into the runs of vertices that pass the test', () => {
    const line = [
      [0, 0],
      [1, 0],
      [2, 5],
      [3, 0],
      [4, 0],
      [5, 0],
    ];
    const runs = runsWhere([line], ([, y]) => y === 0);
    expect(runs.map((run) => run.coordinates)).toEqual([
      [
        [0, 0],
        [1, 0],
      ],
      [
        [3, 0],
        [4, 0],
        [5, 0],
      ],
    ]);
  });

  it('drops runs of a single vertex, which are not lines', () => {
    expect(runsWhere([[[0, 0], [1, 1], [2, 0]]], ([, y]) => y === 1)).toEqual([]);
  });
});

describe('isNearAreas', () => {
  const area: Feature<Area> = { type: 'Feature', properties: {}, geometry: square(0, 0, 1, 1) };

  it('counts a point just outside an area as near it', () => {
    expect(isNearAreas([1.05, 0.5], [area], 0.1)).toBe(true);
  });

  it('does not count a point beyond the tolerance', () => {
    expect(isNearAreas([1.5, 0.5], [area], 0.1)).toBe(false);
  });
});

describe('focusWeight', () => {
  const triangle = (x: number, y: number) => [
    [x, y],
    [x + 1, y + 1],
    [x + 2, y],
  ];

  it('weighs a triangle by its area inside the focus', () => {
    expect(focusWeight(FOCUS_BBOX, 10)(triangle(120, 45))).toBeCloseTo(1);
  });

  it('weighs a triangle outside the focus lighter, so that it is simplified first', () => {
    expect(focusWeight(FOCUS_BBOX, 10)(triangle(100, 30))).toBeCloseTo(0.1);
  });
});

describe('the built base map', () => {
  let topology: Topology;
  const collection = (name: string) =>
    feature(topology, topology.objects[name]) as FeatureCollection<Area, Record<string, string>>;

  beforeAll(() => {
    topology = buildBasemap(readBasemapInputs());
  });

  it('is what is committed in geodata/ (run `npm run geodata` after changing the pipeline)', () => {
    expect(serializeJson(topology) === readFileSync(BASEMAP_PATH, 'utf8')).toBe(true);
  });

  it('stays small enough to load at once (at most 250 KB)', () => {
    expect(serializeJson(topology).length).toBeLessThanOrEqual(250 * 1024);
  });

  it('holds every prefecture-level division of the region once, with its names and province', () => {
    const divisions = collection('divisions').features;
    expect(divisions.map((d) => d.properties.id).sort()).toEqual(DIVISIONS.map((d) => d.code).sort());
    for (const division of divisions) {
      expect(division.properties.name_en).toMatch(/^[A-Z]/);
      expect(division.properties.name_zh).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(division.properties.province).toBe(`${division.properties.id.slice(0, 2)}0000`);
    }
  });

  it('names Yanbian by its official English and Chinese names', () => {
    const yanbian = collection('divisions').features.find((d) => d.properties.id === '222400');
    expect(yanbian?.properties).toMatchObject({
      name_en: 'Yanbian Korean Autonomous Prefecture',
      name_zh: '延边朝鲜族自治州',
    });
  });

  it('holds the five neighbouring countries', () => {
    const names = collection('countries').features.map((c) => c.properties.name_en);
    expect(names).toEqual(NEIGHBOURS.map((n) => n.nameEn));
  });

  it('puts every division’s label inside the division', () => {
    const divisions = collection('divisions').features;
    const labels = collection('labels').features.filter((l) => l.properties.kind === 'division');
    for (const division of divisions) {
      const label = labels.find((l) => l.properties.id === division.properties.id);
      expect(label, division.properties.name_en).toBeDefined();
      const point = (label?.geometry as unknown as { coordinates: [number, number] }).coordinates;
      expect(booleanPointInPolygon(point, division), division.properties.name_en).toBe(true);
    }
  });

  it('keeps all data within the map’s extent', () => {
    const [west, south, east, north] = DEFAULT_OPTIONS.bbox;
    const [x0, y0, x1, y1] = topology.bbox ?? [];
    expect(x0).toBeGreaterThanOrEqual(west);
    expect(y0).toBeGreaterThanOrEqual(south);
    expect(x1).toBeLessThanOrEqual(east);
    expect(y1).toBeLessThanOrEqual(north);
  });

  it('draws China’s land border along the Amur and the Yalu but not along the Bohai coast', () => {
    const border = feature(topology, topology.objects.border) as FeatureCollection;
    const lines = border.features.flatMap((f) => (f.geometry as { coordinates: number[][][] }).coordinates);
    const near = (lon: number, lat: number) =>
      lines.some((line) => line.some(([x, y]) => Math.hypot(x - lon, y - lat) < 0.3));
    expect(near(127.5, 49.7), 'Amur near Heihe').toBe(true);
    expect(near(124.4, 40.1), 'Yalu near Dandong').toBe(true);
    expect(near(121.0, 40.8), 'Bohai coast near Jinzhou').toBe(false);
  });
});
