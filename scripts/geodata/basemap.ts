/**
 * Builds the base map's TopoJSON from Natural Earth (world-atlas) and
 * china-geojson. Pure: the command line reads the packages and writes the file.
 */
import { feature, mesh, quantize } from 'topojson-client';
import { difference } from '@turf/difference';
import { topology } from 'topojson-server';
import { filter, filterAttachedWeight, presimplify, simplify } from 'topojson-simplify';
import type { BBox, Feature, FeatureCollection, Geometry, MultiLineString, Point } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { bboxClip } from '@turf/bbox-clip';
import { type Area, clipArea, isNearAreas, labelPoint, runsWhere } from './geometry.ts';
import { DIVISIONS, NEIGHBOURS, PROVINCES, provinceCodeOf } from './names.ts';

/**
 * What the map can show: Northeast China with room around it for a tall phone
 * screen, the Korean peninsula, Japan's Sea coast and the Russian Far East.
 */
export const MAP_BBOX: BBox = [96, 24, 152, 62];

/**
 * Where the reader looks: Northeast China and its borders. Outside it the map
 * is context seen at low zoom, and is simplified harder.
 */
export const FOCUS_BBOX: BBox = [110, 37.5, 136, 54];

/** Where area labels are placed: around the region, where the map opens. */
export const LABEL_BBOX: BBox = [108, 35, 145, 55];

/** The packages' data, as parsed JSON. */
export interface BasemapInputs {
  /** world-atlas `countries-10m.json`. */
  world: Topology;
  /** china-geojson `china.json`: China's provincial-level units. */
  chinaProvinces: FeatureCollection;
  /** china-geojson's prefecture files, keyed by file name (e.g. `liao_ning_geo.json`). */
  provinceDivisions: Record<string, FeatureCollection>;
}

export interface BasemapOptions {
  bbox: BBox;
  /** Smallest triangle area kept by Visvalingam simplification, in square degrees. */
  minWeight: number;
  /** How much harder to simplify outside FOCUS_BBOX: a factor on the smallest triangle kept. */
  contextFactor: number;
  /** Smallest detached ring (island or lake) kept, in square degrees. */
  minIslandArea: number;
  /** Quantization: the number of distinct coordinate steps across the extent. */
  quantization: number;
  /** How near (degrees) China's outline must be to a neighbour to count as a land border. */
  borderTolerance: number;
}

export const DEFAULT_OPTIONS: BasemapOptions = {
  bbox: MAP_BBOX,
  minWeight: 3e-5,
  minIslandArea: 2e-3,
  contextFactor: 20,
  quantization: 1e5,
  borderTolerance: 0.08,
};

type Props = Record<string, string | number>;

function asFeature(geometry: Geometry, properties: Props): Feature<Geometry, Props> {
  return { type: 'Feature', properties, geometry };
}

function objectFeatures(topo: Topology, name: string): Feature<Area>[] {
  const fc = feature(topo, topo.objects[name]) as FeatureCollection<Area> | Feature<Area>;
  return fc.type === 'FeatureCollection' ? fc.features : [fc];
}

function neighbourFeatures(world: Topology, bbox: BBox): Feature<Area, Props>[] {
  const countries = objectFeatures(world, 'countries');
  return NEIGHBOURS.map((neighbour) => {
    const found = countries.find((country) => country.properties?.name === neighbour.sourceName);
    if (!found) throw new Error(`world-atlas has no country named ${neighbour.sourceName}`);
    const clipped = clipArea(found.geometry, bbox);
    if (!clipped) throw new Error(`${neighbour.sourceName} lies outside the map`);
    return asFeature(clipped, { id: neighbour.id, name_en: neighbour.nameEn, name_zh: neighbour.nameZh }) as Feature<
      Area,
      Props
    >;
  });
}

function provinceFeatures(inputs: BasemapInputs): Feature<Area, Props>[] {
  return PROVINCES.map((province) => {
    const source = inputs.chinaProvinces.features.find((f) => f.properties?.name === province.sourceName);
    if (!source) throw new Error(`china.json has no province named ${province.sourceName}`);
    return asFeature(source.geometry, {
      id: province.code,
      name_en: province.nameEn,
      name_zh: province.nameZh,
    }) as Feature<Area, Props>;
  });
}

function requireFile(inputs: BasemapInputs, file: string): FeatureCollection {
  const collection = inputs.provinceDivisions[file];
  if (!collection) throw new Error(`missing china-geojson file ${file}`);
  return collection;
}

/**
 * The prefecture-level divisions the atlas maps. Every division of a province
 * that is mapped whole must be known by name, so that a renamed or added
 * division in the source fails the build instead of vanishing from the map.
 *
 * china-geojson's prefecture files were simplified province by province, so
 * two provinces' files do not share vertices along their common border.
 * The map therefore draws province borders from china.json and only the
 * borders between divisions of one province from these files. Divisions are
 * not clipped to china.json's provinces: its coarser coast would cut off
 * places such as central Dalian.
 */
function divisionFeatures(inputs: BasemapInputs): Feature<Area, Props>[] {
  const result: Feature<Area, Props>[] = [];
  for (const division of DIVISIONS) {
    const province = PROVINCES.find((p) => p.code === provinceCodeOf(division.code));
    if (!province?.divisionsFile) throw new Error(`no prefecture file for ${division.code}`);
    const source = requireFile(inputs, province.divisionsFile).features.find(
      (f) => f.properties?.name === division.sourceName,
    );
    if (!source) throw new Error(`${province.divisionsFile} has no division named ${division.sourceName}`);
    result.push(
      asFeature(source.geometry, {
        id: division.code,
        name_en: division.nameEn,
        name_zh: division.nameZh,
        province: province.code,
      }) as Feature<Area, Props>,
    );
  }
  for (const province of PROVINCES) {
    if (!province.divisionsFile || province.code === '150000') continue;
    for (const f of requireFile(inputs, province.divisionsFile).features) {
      if (!DIVISIONS.some((d) => d.sourceName === f.properties?.name)) {
        throw new Error(`${province.divisionsFile}: division ${f.properties?.name} has no name entry`);
      }
    }
  }
  return result;
}

/**
 * China's land borders: the parts of its outline that run along a
 * neighbour. The outline comes from china-geojson and the neighbours from
 * Natural Earth, which do not share vertices, so the border is found by
 * proximity; the rest of the outline is coast and is drawn by the land layer.
 */
function chinaLandBorder(
  provinces: Feature<Area, Props>[],
  neighbours: Feature<Area, Props>[],
  options: BasemapOptions,
): MultiLineString {
  const topo = topology({ provinces: collection(provinces) });
  const outline = mesh(topo, topo.objects.provinces as GeometryCollection, (a, b) => a === b);
  const runs = runsWhere(outline.coordinates, (point) => isNearAreas(point, neighbours, options.borderTolerance));
  const clipped = runs.flatMap((run) => {
    const geometry = bboxClip(run, options.bbox).geometry;
    return geometry.type === 'LineString' ? [geometry.coordinates] : (geometry.coordinates as never[]);
  });
  return { type: 'MultiLineString', coordinates: clipped.filter((line) => line.length >= 2) };
}

/**
 * The four sub-provincial cities, whose names a locator map of the region
 * shows first; other divisions' names follow as the reader zooms in.
 */
const MAJOR_DIVISIONS = new Set(['210100', '210200', '220100', '230100']);

/**
 * Provinces less their sub-provincial cities' divisions, as places for the
 * province's name: otherwise Liaoning's name and Shenyang's compete for the
 * same spot at the zoom where both matter most.
 */
function provincesBesideCities(
  provinces: Feature<Area, Props>[],
  divisions: Feature<Area, Props>[],
): Feature<Area, Props>[] {
  const majors = divisions.filter((d) => MAJOR_DIVISIONS.has(String(d.properties.id)));
  return provinces.map((province) => {
    const inside = majors.filter((d) => d.properties.province === province.properties.id);
    if (inside.length === 0) return province;
    const rest = difference({ type: 'FeatureCollection', features: [province, ...inside] });
    return rest ? ({ ...province, geometry: rest.geometry } as Feature<Area, Props>) : province;
  });
}

/**
 * Label points for areas, placed within the part of each area near the
 * region, so that Russia is named beside Heilongjiang rather than in Siberia.
 */
function labelFeatures(
  kind: string,
  areas: Feature<Area, Props>[],
  rankOf: (area: Feature<Area, Props>) => number,
  near: BBox,
): Feature<Point, Props>[] {
  return areas.map((area) => ({
    type: 'Feature',
    properties: { ...area.properties, kind, rank: rankOf(area) },
    geometry: { type: 'Point', coordinates: labelPoint(clipArea(area.geometry, near) ?? area.geometry) },
  }));
}

function collection<G extends Geometry>(features: Feature<G, Props>[]): FeatureCollection<G, Props> {
  return { type: 'FeatureCollection', features };
}

/**
 * Visvalingam's triangle area (square degrees), shrunk outside the focus so
 * that more of the context's vertices fall under the threshold.
 */
export function focusWeight(focus: BBox, contextFactor: number): (triangle: number[][]) => number {
  const [west, south, east, north] = focus;
  return ([a, b, c]) => {
    const area = Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
    const inFocus = b[0] >= west && b[0] <= east && b[1] >= south && b[1] <= north;
    return inFocus ? area : area / contextFactor;
  };
}

/**
 * The base map: land, neighbouring countries, China's provinces, the
 * region's prefecture-level divisions, China's land border and label points,
 * clipped to the map's extent, simplified and quantized.
 */
export function buildBasemap(inputs: BasemapInputs, options: BasemapOptions = DEFAULT_OPTIONS): Topology {
  const land = objectFeatures(inputs.world, 'land')
    .map((f) => clipArea(f.geometry, options.bbox))
    .filter((g): g is Area => g !== null)
    .map((g) => asFeature(g, {}) as Feature<Area, Props>);
  const neighbours = neighbourFeatures(inputs.world, options.bbox);
  const allProvinces = provinceFeatures(inputs);
  const border = chinaLandBorder(allProvinces, neighbours, options);
  const provinces = allProvinces.flatMap((province) => {
    const clipped = clipArea(province.geometry, options.bbox);
    return clipped ? [asFeature(clipped, province.properties) as Feature<Area, Props>] : [];
  });
  const divisions = divisionFeatures(inputs);

  const labels = [
    ...labelFeatures('country', neighbours, () => 1, LABEL_BBOX),
    ...labelFeatures('province', provincesBesideCities(provinces, divisions), () => 2, LABEL_BBOX),
    ...labelFeatures('division', divisions, (d) => (MAJOR_DIVISIONS.has(String(d.properties.id)) ? 3 : 4), LABEL_BBOX),
  ];

  // topojson-simplify's types want property-less objects; the properties ride along untouched.
  const raw = topology({
    land: collection(land),
    countries: collection(neighbours),
    provinces: collection(provinces),
    divisions: collection(divisions),
    border: collection([asFeature(border, { kind: 'china-land' })]),
    labels: collection(labels),
  }) as Topology<Objects<{}>>;
  const weighted = presimplify(raw, focusWeight(FOCUS_BBOX, options.contextFactor));
  const simplified = filter(
    simplify(weighted, options.minWeight) as Topology<Objects<{}>>,
    filterAttachedWeight(weighted, options.minIslandArea),
  );
  return quantize(simplified as Topology<Objects<{}>>, options.quantization) as Topology;
}
