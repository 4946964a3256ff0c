/**
 * Turns the base map's TopoJSON into the GeoJSON that MapLibre draws. Borders
 * are meshes of shared arcs, so a border between two divisions is one line,
 * drawn once, never a doubled pair of polygon edges.
 */
import { feature, mesh } from 'topojson-client';
import type { FeatureCollection, Geometry, MultiLineString } from 'geojson';
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
