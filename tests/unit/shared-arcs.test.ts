/**
 * The site's compact copies of the places and the base map (geodata/site/)
 * against the open files they are made from: the browser must get the same
 * places and the same base map, each outline once.
 */
import { readFileSync } from 'node:fs';
import { area } from '@turf/area';
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { booleanValid } from '@turf/boolean-valid';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { GeometryCollection, GeometryObject, Properties, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { PLACES_PATH, SITE_BASEMAP_PATH, SITE_PLACES_PATH } from '../../scripts/content/output.ts';
import { shareArcs } from '../../scripts/content/shared-arcs.ts';
import { BASEMAP_PATH } from '../../scripts/geodata/output.ts';
import type { PlaceProperties } from '../../src/content/atlas-data.ts';
import {
  type BasemapOnPlaceArcs,
  PLACES_OBJECT,
  type PlaceCollection,
  basemapWithPlaceArcs,
  placesFromTopology,
} from '../../src/data/shared-arcs.ts';
import { basemapSources } from '../../src/data/basemap-data.ts';

type Area = Polygon | MultiPolygon;

const read = <T>(url: URL): T => JSON.parse(readFileSync(url, 'utf8')) as T;
const openPlaces = read<PlaceCollection>(PLACES_PATH);
const openBasemap = read<Topology>(BASEMAP_PATH);
const sitePlaces = read<Topology>(SITE_PLACES_PATH);
const siteBasemap = read<BasemapOnPlaceArcs>(SITE_BASEMAP_PATH);
const rebuilt = placesFromTopology(sitePlaces);
const wholeBasemap = basemapWithPlaceArcs(siteBasemap, sitePlaces);

const {
  scale: [kx, ky],
  translate: [tx, ty],
} = openBasemap.transform as NonNullable<Topology['transform']>;
/** The grid point nearest a position, as a key. */
const gridKey = ([x, y]: Position) => `${Math.round((x - tx) / kx)},${Math.round((y - ty) / ky)}`;

const isArea = (f: { geometry: Geometry | null }): f is Feature<Area, PlaceProperties> =>
  f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';
const ringsOf = (geometry: Area): Position[][][] => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
const positionsOf = (geometry: Area): Position[] => ringsOf(geometry).flat(2);
const areaPairs = openPlaces.features.flatMap((open, i) =>
  isArea(open) ? [{ id: open.properties.id, open, site: rebuilt.features[i] as Feature<Area, PlaceProperties> }] : [],
);

describe('the site’s places, rebuilt from their topology', () => {
  it('are the open file’s places, with their ids and properties, in its order', () => {
    expect(rebuilt.features.map((f) => [f.id, f.properties])).toEqual(openPlaces.features.map((f) => [f.id, f.properties]));
  });

  it('put each point place exactly where the open file does, and give the place without a point none', () => {
    const others = openPlaces.features.flatMap((open, i) => (isArea(open) ? [] : [{ open, site: rebuilt.features[i] }]));
    expect(others.length).toBeGreaterThan(20);
    for (const { open, site } of others) expect(site.geometry, open.properties.id).toEqual(open.geometry);
  });

  it('keep every vertex of each outline, moved at most to the nearest point of the base map’s grid', () => {
    expect(areaPairs.length).toBeGreaterThan(10);
    for (const { id, open, site } of areaPairs) {
      expect(site.geometry.type, id).toBe(open.geometry.type);
      expect(new Set(positionsOf(site.geometry).map(gridKey)), id).toEqual(new Set(positionsOf(open.geometry).map(gridKey)));
    }
  });

  it('give back exactly each vertex the open file took from the base map, as it rounds it', () => {
    const round5 = (v: number) => Math.round(v * 1e5) / 1e5;
    const onGrid = ([x, y]: Position) => {
      const [qx, qy] = gridKey([x, y]).split(',').map(Number);
      return round5(qx * kx + tx) === x && round5(qy * ky + ty) === y;
    };
    for (const { id, open, site } of areaPairs) {
      const siteKeys = new Set(positionsOf(site.geometry).map(String));
      const fromBasemap = positionsOf(open.geometry).filter(onGrid);
      expect(fromBasemap.filter((p) => !siteKeys.has(String(p))), id).toEqual([]);
      if (open.properties.members.length > 0) expect(fromBasemap.length / positionsOf(open.geometry).length, id).toBeGreaterThan(0.98);
    }
  });

  it('have the open file’s area and bounds, within the grid’s step', () => {
    for (const { id, open, site } of areaPairs) {
      expect(Math.abs(area(site) / area(open) - 1), id).toBeLessThan(1e-4);
      const [a, b] = [bbox(open), bbox(site)];
      for (let k = 0; k < 4; k += 1) expect(Math.abs(a[k] - b[k]), id).toBeLessThanOrEqual((k % 2 ? ky : kx) / 2 + 1e-5);
    }
  });

  it('are valid polygons', () => {
    for (const { id, site } of areaPairs) {
      for (const rings of ringsOf(site.geometry)) {
        expect(booleanValid({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } }), id).toBe(true);
      }
    }
  });

  it('hold each member city of a zone or base, and no other city', () => {
    const divisions = (feature(openBasemap, openBasemap.objects.divisions) as FeatureCollection<Area, { id: string }>).features;
    const cities = rebuilt.features.filter((f) => f.properties.category === 'city');
    const zones = areaPairs.filter(({ open }) => open.properties.members.length > 0).map(({ site }) => site);
    expect(zones.length).toBeGreaterThan(5);
    for (const zone of zones) {
      const members = new Set(zone.properties.members.map((m) => m.id));
      for (const city of cities) {
        const point = (city.geometry as Point).coordinates;
        const division = divisions.find((d) => booleanPointInPolygon(point, d))?.properties.id ?? '';
        expect(booleanPointInPolygon(point, zone), `${zone.properties.id} / ${city.properties.id}`).toBe(members.has(division));
      }
    }
  });
});

/** Each segment of some lines, as a key that ignores its direction. */
function segments(lines: Position[][]): Set<string> {
  return new Set(lines.flatMap((line) => line.slice(1).map((p, i) => [line[i], p].map((q) => q.join(',')).sort().join(' '))));
}

describe('the site’s base map, rebuilt on the places’ arcs', () => {
  const [open, site] = [basemapSources(openBasemap), basemapSources(wholeBasemap)];

  it('has the open base map’s extent and objects', () => {
    expect(wholeBasemap.bbox).toEqual(openBasemap.bbox);
    expect(Object.keys(wholeBasemap.objects)).toEqual(Object.keys(openBasemap.objects));
  });

  it.each(['land', 'countries', 'provinces', 'divisions'] as const)('draws every area of %s with the same vertices', (name) => {
    const [a, b] = [open[name].features, site[name].features] as Feature<Area>[][];
    expect(b.map((f) => f.properties)).toEqual(a.map((f) => f.properties));
    for (const [i, f] of a.entries()) {
      expect(new Set(positionsOf(b[i].geometry).map(String))).toEqual(new Set(positionsOf(f.geometry).map(String)));
      expect(area(b[i]) / area(f)).toBeCloseTo(1, 9);
    }
  });

  it('names the same places at the same points, and draws the same land border', () => {
    expect(site.labels).toEqual(open.labels);
    const border = (s: typeof open) => segments((s.chinaBorder.features[0].geometry as MultiLineString).coordinates);
    expect(border(site)).toEqual(border(open));
  });

  // The open base map holds a few arcs twice (short ones that simplification
  // and quantization made equal), so its mesh took a border drawn by both as
  // two outlines, and left it out; joined again, they are one border.
  it.each([
    ['countryLines', 'countries'],
    ['provinceLines', 'provinces'],
    ['divisionLines', 'divisions'],
  ] as const)('draws every line of %s the open base map draws, and besides them only borders between two of its areas', (lines, areas) => {
    const [a, b] = [segments(open[lines].coordinates), segments(site[lines].coordinates)];
    expect([...a].filter((s) => !b.has(s))).toEqual([]);
    const outlines = (open[areas].features as Feature<Area>[]).map((f) => segments(ringsOf(f.geometry).flat()));
    for (const extra of [...b].filter((s) => !a.has(s))) {
      expect(outlines.filter((outline) => outline.has(extra)).length, extra).toBe(2);
    }
  });
});

function absoluteArcs(topology: Topology): string[][] {
  return topology.arcs.map((arc) => {
    let [x, y] = [0, 0];
    return arc.map(([dx, dy]) => `${(x += dx)},${(y += dy)}`);
  });
}

function arcIndices(object: GeometryObject<Properties>): Set<number> {
  const found = new Set<number>();
  const walk = (value: unknown): void => {
    if (typeof value === 'number') found.add(value < 0 ? ~value : value);
    else if (Array.isArray(value)) value.forEach(walk);
  };
  if (object.type === 'GeometryCollection') for (const child of object.geometries) arcIndices(child).forEach((i) => found.add(i));
  else if ('arcs' in object) walk(object.arcs);
  return found;
}

describe('the two files together', () => {
  const placeGeometries = (sitePlaces.objects[PLACES_OBJECT] as GeometryCollection<PlaceProperties>).geometries;

  it('store no arc twice, forwards or backwards, nor a ring twice from another start', () => {
    // An arc by its points; a closed one from its least point, whichever way round it is read.
    const keyOf = (arc: string[]): string => {
      const ways = [arc, [...arc].reverse()];
      if (arc[0] !== arc.at(-1)) return ways.map((way) => way.join(' ')).sort()[0];
      return ways
        .flatMap((way) => way.slice(1).map((_, k) => [...way.slice(1).slice(k), ...way.slice(1).slice(0, k)].join(' ')))
        .sort()[0];
    };
    const keys = absoluteArcs(wholeBasemap).map(keyOf);
    expect(keys.length).toBeGreaterThan(1000);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('draw the region and the tourism zone, one area, with the same arcs', () => {
    const arcsOf = (id: string) => (placeGeometries.find((g) => g.id === id) as { arcs: unknown }).arcs;
    expect(arcsOf('northeast-tourism-zone')).toEqual(arcsOf('northeast-china'));
  });

  it('draw the places made of divisions almost wholly with arcs of the base map', () => {
    const baseArcs = new Set(Object.values(siteBasemap.objects).flatMap((object) => [...arcIndices(object)]));
    const drawnAsDivisions = placeGeometries.filter((g) => (g.properties as PlaceProperties).members.length > 0);
    expect(drawnAsDivisions.length).toBeGreaterThan(5);
    for (const place of drawnAsDivisions) {
      const arcs = [...arcIndices(place)];
      const points = (indices: number[]) => indices.reduce((sum, i) => sum + sitePlaces.arcs[i].length, 0);
      // All but the few vertices where the coast cuts across a division.
      expect(points(arcs.filter((i) => baseArcs.has(i))) / points(arcs), String(place.id)).toBeGreaterThan(0.97);
    }
  });

  it('will not join a base map to a places file of another build', () => {
    expect(() => basemapWithPlaceArcs(siteBasemap, { ...sitePlaces, arcs: sitePlaces.arcs.slice(1) })).toThrow(
      `expects ${sitePlaces.arcs.length} arcs`,
    );
    const shifted = { scale: [kx, ky], translate: [tx + 1, ty] } as Topology['transform'];
    expect(() => basemapWithPlaceArcs(siteBasemap, { ...sitePlaces, transform: shifted })).toThrow('same grid');
  });
});

describe('shareArcs', () => {
  // Two unit squares side by side on a grid of step 1, and places drawn over them.
  const squares: Topology = {
    type: 'Topology',
    bbox: [0, 0, 2, 1],
    transform: { scale: [1, 1], translate: [0, 0] },
    objects: {
      divisions: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', arcs: [[0, 1]], properties: { id: 'west' } },
          { type: 'Polygon', arcs: [[~0, 2]], properties: { id: 'east' } },
        ],
      },
    },
    arcs: [
      [[1, 0], [0, 1]],
      [[1, 1], [-1, 0], [0, -1], [1, 0]],
      [[1, 0], [1, 0], [0, 1], [-1, 0]],
    ],
  };
  const place = (id: string, geometry: Geometry | null, members: string[], labelPoint: [number, number] | null) =>
    ({ type: 'Feature', id, geometry, properties: { id, members: members.map((m) => ({ id: m })), label_point: labelPoint } }) as never;
  const both: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [2, 0], [2, 1], [1, 1], [0, 1], [0, 0]]] };

  it('draws a place made of two divisions with the divisions’ own outer arcs, and the base map keeps the border between them', () => {
    const { places, basemap } = shareArcs(squares, { type: 'FeatureCollection', features: [place('zone', both, ['west', 'east'], [1, 0.5])] });
    expect(basemap.placeArcCount).toBe(places.arcs.length);
    const whole = basemapWithPlaceArcs(basemap, places);
    const inZone = arcIndices(places.objects[PLACES_OBJECT]);
    const inDivisions = arcIndices(whole.objects.divisions);
    expect([...inZone].every((i) => inDivisions.has(i))).toBe(true);
    // The border between the squares is the base map's own: one arc beyond the place's.
    expect(basemap.arcs).toHaveLength(1);
    const rebuiltZone = placesFromTopology(places).features[0] as Feature<Polygon>;
    expect(area(rebuiltZone)).toBeCloseTo(area({ type: 'Feature', properties: {}, geometry: both }), 6);
  });

  it('stores a point place as its label point, and refuses one whose label point is elsewhere', () => {
    const point: Point = { type: 'Point', coordinates: [0.25, 0.5] };
    const { places } = shareArcs(squares, { type: 'FeatureCollection', features: [place('city', point, [], [0.25, 0.5])] });
    expect((places.objects[PLACES_OBJECT] as GeometryCollection).geometries[0].type).toBeNull();
    expect(placesFromTopology(places).features[0].geometry).toEqual(point);
    expect(() =>
      shareArcs(squares, { type: 'FeatureCollection', features: [place('city', point, [], [0.5, 0.5])] }),
    ).toThrow('label point is not the point');
  });
});
