/**
 * Builds the detailed coast the map draws at city zoom (geodata/site/coast.topo.json):
 * the sea and the land as two areas that share their edges, so that the map can
 * draw the sea over the base map's coarser coast, the land under it, and the
 * coastline as the edges the two share; and, for each of the policy's areas, the
 * fringe its wash is carried over at city zoom, so that the wash reaches the true
 * coast (see `washFringes`). Pure: the parsed inputs in, the topology out;
 * inputs.ts reads the package and the atlas's own files.
 *
 * The base map's coast (Natural Earth 1:10m, via world-atlas) is generalised to
 * a kilometre or two: at zoom 10 Dalian's bays and headlands are gone from it,
 * and china-geojson's prefectures and the world's land disagree with each other
 * by as much. This coast is OpenStreetMap's, at 100 m.
 */
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { buffer } from '@turf/buffer';
import { difference } from '@turf/difference';
import type { BBox, Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Objects, Topology } from 'topojson-specification';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { FOCUS_BBOX, MAP_BBOX, focusWeight } from '../geodata/basemap.ts';
import { type Area, clipArea } from '../geodata/geometry.ts';

export interface CoastOptions {
  /** The map's extent: the sea is clipped to it, and the land is the rest of it. */
  bbox: BBox;
  /** Where the reader zooms in: the coast keeps its 100 m detail there. */
  focus: BBox;
  /** Smallest triangle kept by Visvalingam simplification in the focus, in square degrees. */
  minWeight: number;
  /** How much harder to simplify outside the focus, where no one zooms to city scale. */
  contextFactor: number;
  /** The number of distinct coordinate steps across the extent. */
  quantization: number;
}

export interface CoastInputs {
  /** OpenStreetMap's seas and oceans: one (multi)polygon for the world. */
  seas: MultiPolygon | Polygon;
  /** The policy's areas that the map washes, each with its id and its member prefectures' ids. */
  areas: Feature<Area, { id: string; members: readonly string[] }>[];
  /** The base map's areas, as the site draws them. */
  basemap: BasemapAreas;
}

export interface BasemapAreas {
  countries: Feature<Area>[];
  provinces: Feature<Area, { id: string }>[];
  divisions: Feature<Area, { id: string; province: string }>[];
}

/**
 * How far past the base map's coast a policy area's wash is carried at city
 * zoom: the 1:10m prefectures fall short of the true coast by up to a kilometre
 * or two, and the sea, drawn over the wash, trims whatever falls on water.
 */
export const FRINGE_KM = 3;

/**
 * Each area's fringe: the band within FRINGE_KM of it that is neither the area
 * nor any other ground the base map draws (a neighbour country, a province or
 * prefecture not in the area), in pieces that reach the sea: the strip of its
 * own prefectures that its wash, clipped to the 1:10m land, leaves bare, and
 * what lies past their coast. The slivers the base map leaves between China's
 * outline and a neighbour's along a land border reach no sea and are left out.
 */
export function washFringes(areas: CoastInputs['areas'], basemap: BasemapAreas, sea: Feature<Area>): Feature<MultiPolygon, { id: string }>[] {
  return areas.flatMap((area) => {
    const around = buffer(area, FRINGE_KM, { units: 'kilometers' });
    if (!around) return [];
    const members = new Set(area.properties.members);
    const memberProvinces = new Set(basemap.divisions.filter((d) => members.has(d.properties.id)).map((d) => d.properties.province));
    const others = [
      ...basemap.countries,
      ...basemap.provinces.filter((p) => !memberProvinces.has(p.properties.id)),
      ...basemap.divisions.filter((d) => !members.has(d.properties.id)),
    ];
    const [west, south, east, north] = bbox(around);
    // Only what can overlap takes part: differencing the whole map costs seconds an area.
    const near = others.filter((other) => {
      const [w, s, e, n] = bbox(other);
      return w <= east && e >= west && s <= north && n >= south;
    });
    const fringe = difference({ type: 'FeatureCollection', features: [around, area, ...near] } as FeatureCollection<Polygon | MultiPolygon>);
    if (!fringe) return [];
    const pieces = fringe.geometry.type === 'Polygon' ? [fringe.geometry.coordinates] : fringe.geometry.coordinates;
    const coastal = pieces.filter(([outer]) => outer.some((point) => booleanPointInPolygon(point, sea)));
    if (coastal.length === 0) return [];
    return [{ type: 'Feature', properties: { id: area.properties.id }, geometry: { type: 'MultiPolygon', coordinates: coastal } }];
  });
}

export const COAST_OPTIONS: CoastOptions = {
  bbox: MAP_BBOX,
  focus: FOCUS_BBOX,
  // About a 100 m by 50 m triangle at 40° N: what the 100 m source holds is kept.
  minWeight: 2.5e-7,
  // Outside the focus, about 1.5 km: the base map's own generalisation, for less than half the bytes.
  contextFactor: 1000,
  // 56° of longitude in 2 × 10^5 steps: about 25 m at 40° N, a quarter of the source's precision.
  quantization: 2e5,
};

/** The sea polygons that reach into the extent, clipped to it. */
function seaWithin(sea: Area, bbox: BBox): Feature<Area>[] {
  const polygons = sea.type === 'Polygon' ? [sea.coordinates] : sea.coordinates;
  const [west, south, east, north] = bbox;
  return polygons.flatMap((rings) => {
    const reaches = rings[0].some(([x, y]) => x >= west && x <= east && y >= south && y <= north);
    const clipped = reaches ? clipArea({ type: 'Polygon', coordinates: rings }, bbox) : null;
    return clipped ? [{ type: 'Feature', properties: {}, geometry: clipped } as Feature<Area>] : [];
  });
}

function boxPolygon([west, south, east, north]: BBox): Feature<Polygon> {
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] },
  };
}

/**
 * The coast as TopoJSON: objects `sea` and `land`, each one MultiPolygon, sharing
 * every coastline arc, and `fringes`, one MultiPolygon for each policy area that reaches the coast.
 */
export function buildCoast({ seas, areas, basemap }: CoastInputs, options: CoastOptions = COAST_OPTIONS): Topology {
  const box = boxPolygon(options.bbox);
  // Clipping to a box leaves zero-width spurs along its edges, which the map would draw as coast;
  // taken from the box twice, the sea comes back without them.
  const land = difference({ type: 'FeatureCollection', features: [box, ...seaWithin(seas, options.bbox)] } as FeatureCollection<Polygon | MultiPolygon>);
  if (!land) throw new Error('the sea covers the whole map');
  const sea = difference({ type: 'FeatureCollection', features: [box, land] } as FeatureCollection<Polygon | MultiPolygon>);
  if (!sea) throw new Error('the map has no sea');
  const merged = (features: Feature<Area>[]): Feature<MultiPolygon> => ({
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPolygon',
      coordinates: features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)),
    },
  });
  const fringes: FeatureCollection = { type: 'FeatureCollection', features: washFringes(areas, basemap, sea as Feature<Area>) };
  const raw = topology({ sea: merged([sea as Feature<Area>]), land: merged([land as Feature<Area>]), fringes }) as Topology<Objects<{}>>;
  const weighted = presimplify(raw, focusWeight(options.focus, options.contextFactor));
  return quantize(simplify(weighted, options.minWeight) as Topology<Objects<{}>>, options.quantization) as Topology;
}
