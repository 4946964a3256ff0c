import { readFileSync } from 'node:fs';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiLineString, MultiPolygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { WATER_NAMES } from '../../content/water-names.ts';
import { COAST_OPTIONS, buildCoast } from '../../scripts/coast/build.ts';
import { readCoastInputs } from '../../scripts/coast/inputs.ts';
import { COAST_PATH } from '../../scripts/coast/output.ts';
import { serializeJson } from '../../scripts/geodata/output.ts';
import { coastFeatures, washFringes } from '../../src/data/coast-data.ts';
import { BASE_LAYER, baseLayers } from '../../src/map/base-layers.ts';
import { CITY_CONTEXT_MIN_ZOOM, DETAILED_COAST } from '../../src/map/city-context-ids.ts';
import { LIGHT_PALETTE } from '../../src/map/palette.ts';

const committedText = readFileSync(COAST_PATH, 'utf8');
const committed = JSON.parse(committedText) as Topology;
const { features } = coastFeatures(committed);
const partOf = (name: string) => features.find((feature) => feature.properties.part === name)?.geometry;
const sea = partOf('sea') as MultiPolygon;
const land = partOf('land') as MultiPolygon;
const coastline = partOf('coastline') as MultiLineString;

/** Whether a point is in the sea, in the land, both or neither. */
const where = (point: Position) => [booleanPointInPolygon(point, sea), booleanPointInPolygon(point, land)];

describe('geodata/site/coast.topo.json', () => {
  it('is what `npm run coast` writes from the pinned OpenStreetMap seas, the places and the base map', () => {
    // About 25 s: the whole world's seas are read and clipped, and the zones' fringes cut.
    expect(serializeJson(buildCoast(readCoastInputs())) === committedText).toBe(true);
  }, 120_000);

  it('puts each city on land, and the seas beside them at sea, never both', () => {
    // Points checked against OpenStreetMap's map (openstreetmap.org, read 2026-12-05).
    const onLand: [string, Position][] = [
      ['Dalian, Zhongshan Square', [121.6445, 38.9189]],
      ['Lüshun', [121.2625, 38.8122]],
      ['Jinzhou (Dalian)', [121.7166, 39.1]],
      ['Dandong', [124.3544, 40.1292]],
      ['Yingkou', [122.2352, 40.6674]],
      ['Harbin', [126.6424, 45.7567]],
    ];
    const atSea: [string, Position][] = [
      ['Dalian Bay', [121.7, 38.97]],
      ['Bohai, off Lüshun', [120.9, 38.9]],
      ['Yellow Sea, south of Dalian', [121.9, 38.6]],
      ['Liaodong Bay', [121.3, 40.4]],
      ['Sea of Japan, off Vladivostok', [132.5, 42.5]],
    ];
    for (const [name, point] of onLand) expect(where(point), name).toEqual([false, true]);
    for (const [name, point] of atSea) expect(where(point), name).toEqual([true, false]);
  });

  it('has at sea the point of every sea and bay the map names, so that no water’s name is drawn on land', () => {
    for (const water of WATER_NAMES) expect(where(water.at), water.nameEn).toEqual([true, false]);
  });

  it('carries a coastal zone’s wash over the strip its 1:10m prefectures leave out, never over the zone or other ground', () => {
    const fringes = washFringes(committed);
    const fringeOf = (id: string) => fringes.find((fringe) => fringe.properties.id === id)?.geometry as MultiPolygon;
    const liaoning = fringeOf('liaoning-coastal-economic-zone');
    expect(liaoning).toBeDefined();
    // Land on the shore of Dalian Bay that the zone's 1:10m outline leaves out.
    expect(booleanPointInPolygon([121.607, 38.942], liaoning)).toBe(true);
    expect(where([121.607, 38.942])).toEqual([false, true]);
    // Inside the zone itself (its wash is there already), and inside Shenyang, a prefecture outside it.
    expect(booleanPointInPolygon([121.55, 39.0], liaoning)).toBe(false);
    expect(booleanPointInPolygon([123.43, 41.8], liaoning)).toBe(false);
    // Inland zones reach no sea and have no fringe.
    expect(fringeOf('harbin-daqing-qiqihar-corridor')).toBeUndefined();
  });

  it('keeps the detail of the source where the reader zooms in: Dalian’s coast in over 200 vertices', () => {
    const nearDalian = coastline.coordinates.flat().filter(([lon, lat]) => lon > 121.1 && lon < 122.1 && lat > 38.7 && lat < 39.2);
    expect(nearDalian.length).toBeGreaterThan(200);
  });

  it('draws as coastline only the edges the sea and the land share, never the map’s own edges', () => {
    const [west, south, east, north] = COAST_OPTIONS.bbox;
    const onEdge = ([lon, lat]: Position) => lon === west || lon === east || lat === south || lat === north;
    for (const line of coastline.coordinates) {
      const alongEdge = line.slice(1).some((point, i) => {
        const previous = line[i];
        return onEdge(point) && onEdge(previous) && (point[0] === previous[0] || point[1] === previous[1]);
      });
      expect(alongEdge).toBe(false);
    }
    expect(coastline.coordinates.length).toBeGreaterThan(100);
  });
});

describe('the base map’s coarse coast', () => {
  const lines = baseLayers(LIGHT_PALETTE).find((layer) => layer.id === BASE_LAYER.lines);
  const opacity = lines && 'paint' in lines ? (lines.paint as Record<string, unknown>)['line-opacity'] : undefined;
  const opacityAt = (zoom: number, role: string, detailed: boolean | undefined) => {
    const parsed = createExpression(opacity, {
      type: 'number',
      'property-type': 'data-driven',
      expression: { interpolated: true, parameters: ['zoom', 'feature'] },
    } as never);
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    const globalState = detailed === undefined ? {} : { [DETAILED_COAST]: detailed };
    return parsed.value.evaluate({ zoom, globalState } as never, { type: 'LineString', properties: { role } } as never) as number;
  };

  it('gives way to the detailed coast from its zoom, once it is loaded, and only the coast does', () => {
    expect(opacityAt(CITY_CONTEXT_MIN_ZOOM + 1, 'land', true)).toBe(0);
    expect(opacityAt(CITY_CONTEXT_MIN_ZOOM - 0.5, 'land', true)).toBe(1);
    expect(opacityAt(CITY_CONTEXT_MIN_ZOOM + 1, 'land', false)).toBe(1);
    expect(opacityAt(CITY_CONTEXT_MIN_ZOOM + 1, 'land', undefined)).toBe(1);
    expect(opacityAt(CITY_CONTEXT_MIN_ZOOM + 1, 'china-border', true)).toBe(1);
  });
});
