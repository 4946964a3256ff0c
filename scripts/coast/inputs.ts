/**
 * Reads the coast's inputs: OpenStreetMap's seas and oceans at 100 m, as the
 * npm package @geo-maps/earth-seas-100m (pinned in package.json) ships them;
 * the policy's washed areas with their member prefectures (geodata/places.geojson);
 * and the base map's countries, provinces and prefectures (geodata/basemap.topo.json,
 * which the site's copy encodes exactly).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, GeometryCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { categoryById } from '../../src/content/categories.ts';
import type { CategoryId } from '../../src/content/types.ts';
import type { Area } from '../geodata/geometry.ts';
import type { CoastInputs } from './build.ts';

const require = createRequire(import.meta.url);
const read = <T>(relative: string): T => JSON.parse(readFileSync(new URL(`../../${relative}`, import.meta.url), 'utf8')) as T;

export function readSeas(): MultiPolygon | Polygon {
  const collection = JSON.parse(readFileSync(require.resolve('@geo-maps/earth-seas-100m/map.geo.json'), 'utf8')) as GeometryCollection;
  const [seas] = collection.geometries;
  if (collection.geometries.length !== 1 || (seas.type !== 'MultiPolygon' && seas.type !== 'Polygon')) {
    throw new Error('@geo-maps/earth-seas-100m is no longer one (multi)polygon');
  }
  return seas;
}

const objectFeatures = <P>(topology: Topology, name: string) => (feature(topology, topology.objects[name]) as FeatureCollection<Area, P>).features;

export function readCoastInputs(): CoastInputs {
  type PlaceProperties = { id: string; category: CategoryId; members?: { id: string }[] };
  const places = read<FeatureCollection<Area | Point | null, PlaceProperties>>('geodata/places.geojson');
  const areas = places.features.filter(
    (place): place is Feature<Area, PlaceProperties> =>
      place.geometry !== null && place.geometry.type !== 'Point' && categoryById(place.properties.category).wash > 0,
  );
  const basemap = read<Topology>('geodata/basemap.topo.json');
  return {
    seas: readSeas(),
    areas: areas.map((a) => ({ ...a, properties: { id: a.properties.id, members: (a.properties.members ?? []).map((member) => member.id) } })),
    basemap: {
      countries: objectFeatures(basemap, 'countries'),
      provinces: objectFeatures<{ id: string }>(basemap, 'provinces'),
      divisions: objectFeatures<{ id: string; province: string }>(basemap, 'divisions'),
    },
  };
}
