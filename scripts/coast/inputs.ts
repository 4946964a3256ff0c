/**
 * Reads the coast's source: OpenStreetMap's seas and oceans at 100 m, as the
 * npm package @geo-maps/earth-seas-100m (pinned in package.json) ships them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { GeometryCollection, MultiPolygon, Polygon } from 'geojson';

const require = createRequire(import.meta.url);

export function readSeas(): MultiPolygon | Polygon {
  const collection = JSON.parse(readFileSync(require.resolve('@geo-maps/earth-seas-100m/map.geo.json'), 'utf8')) as GeometryCollection;
  const [seas] = collection.geometries;
  if (collection.geometries.length !== 1 || (seas.type !== 'MultiPolygon' && seas.type !== 'Polygon')) {
    throw new Error('@geo-maps/earth-seas-100m is no longer one (multi)polygon');
  }
  return seas;
}
