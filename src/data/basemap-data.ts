/**
 * Turns the base map's TopoJSON into the GeoJSON that MapLibre draws. Borders
 * are meshes of shared arcs, so a border between two divisions is one line,
 * drawn once, never a doubled pair of polygon edges.
 */
import { feature, mesh } from 'topojson-client';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface BasemapSources {
  land: FeatureCollection;
  countries: FeatureCollection;
  provinces: FeatureCollection;
  divisions: FeatureCollection;
  countryLines: MultiLineString;
  provinceLines: MultiLineString;
  divisionLines: MultiLineString;
  chinaBorder: FeatureCollection;
  labels: FeatureCollection;
}

function collection(topology: Topology, name: string): FeatureCollection {
  const object = topology.objects[name];
  if (!object) throw new Error(`base map has no object "${name}"`);
  return feature(topology, object) as FeatureCollection<Geometry>;
}

type Neighbours = (a: { properties?: Record<string, unknown> }, b: { properties?: Record<string, unknown> }) => boolean;

/** Lines between two different features of an object; coasts are left to the land layer. */
function innerLines(topology: Topology, name: string, keep: Neighbours = () => true): MultiLineString {
  return mesh(topology, topology.objects[name] as GeometryCollection, (a, b) => a !== b && keep(a, b));
}

/** Division borders within one province; borders between provinces are the provinces' lines. */
const sameProvince: Neighbours = (a, b) => a.properties?.province === b.properties?.province;

export function basemapSources(topology: Topology): BasemapSources {
  return {
    land: collection(topology, 'land'),
    countries: collection(topology, 'countries'),
    provinces: collection(topology, 'provinces'),
    divisions: collection(topology, 'divisions'),
    countryLines: innerLines(topology, 'countries'),
    provinceLines: innerLines(topology, 'provinces'),
    divisionLines: innerLines(topology, 'divisions', sameProvince),
    chinaBorder: collection(topology, 'border'),
    labels: collection(topology, 'labels'),
  };
}

export interface DivisionIndex {
  /** Names of each division and of its province, by division code. */
  names: Map<string, { nameEn: string; nameZh: string; provinceEn: string; provinceZh: string }>;
  /** The code of the division a point lies in. */
  at(point: [number, number]): string | undefined;
}

export function divisionIndex(sources: BasemapSources): DivisionIndex {
  const provinces = new Map(
    sources.provinces.features.map((f) => [
      String(f.properties?.id),
      { en: String(f.properties?.name_en), zh: String(f.properties?.name_zh) },
    ]),
  );
  const names = new Map(
    sources.divisions.features.map((f) => [
      String(f.properties?.id),
      {
        nameEn: String(f.properties?.name_en),
        nameZh: String(f.properties?.name_zh),
        provinceEn: provinces.get(String(f.properties?.province))?.en ?? '',
        provinceZh: provinces.get(String(f.properties?.province))?.zh ?? '',
      },
    ]),
  );
  const areas = sources.divisions.features as Feature<Polygon | MultiPolygon>[];
  return { names, at: (point) => areas.find((f) => booleanPointInPolygon(point, f))?.properties?.id as string | undefined };
}
