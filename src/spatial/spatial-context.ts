/**
 * What the spatial questions (what's here, nearest, compare) need in memory:
 * the divisions and provinces of the base map, the policy's zones, the named
 * places and the infrastructure, indexed once. Build it once per page with
 * {@link spatialContext} (or {@link spatialContextFromBasemap}) and pass it
 * to the pure functions of this folder.
 *
 * Point-in-polygon runs on this data, never on `queryRenderedFeatures`, which
 * sees only what is drawn and is cut at tile edges.
 */
import { bbox as bboxOf } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import KDBush from 'kdbush';
import type { BBox, Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { AtlasData, PlaceFeature } from '../content/atlas-data.ts';
import { categoryById } from '../content/categories.ts';
import type { BasemapSources } from '../data/basemap-data.ts';
import {
  type InfrastructureCollection,
  type InfrastructureFeature,
  POINT_INFRASTRUCTURE_KINDS,
  type PointInfrastructureKind,
} from '../content/infrastructure-types.ts';

/** WGS84 [longitude, latitude] in degrees: GeoJSON's order. */
export type LngLat = [number, number];

export type Area = Polygon | MultiPolygon;

/** A division or province, named in both languages. */
export interface AreaName {
  /** GB/T 2260 code. */
  id: string;
  nameEn: string;
  nameZh: string;
}

export interface DivisionArea extends AreaName {
  province: AreaName;
  feature: Feature<Area>;
  bbox: BBox;
}

export interface ZoneArea {
  place: PlaceFeature;
  feature: Feature<Area>;
  bbox: BBox;
}

/** Points with a KD-tree over them, for nearest-neighbour queries by great-circle distance. */
export interface PointIndex<T> {
  items: T[];
  lngLats: LngLat[];
  /** `null` when there are no items: kdbush needs at least one to search. */
  tree: KDBush | null;
}

export interface SpatialContext {
  data: AtlasData;
  /** The base map's prefecture-level divisions, in code order. */
  divisions: DivisionArea[];
  /** Places whose category contains places (zones, corridors, bases), with their areas. */
  zones: ZoneArea[];
  /** Point places a reader would recognise as "near here"; logistics hubs repeat cities and are left out. */
  namedPoints: PointIndex<PlaceFeature>;
  /** City places by the division their point lies in. */
  citiesByDivision: Map<string, PlaceFeature[]>;
  /** Point infrastructure by kind. */
  infrastructure: Record<PointInfrastructureKind, PointIndex<InfrastructureFeature>>;
  /** China's land border, as lines. */
  landBorder: LineString[];
}

export interface SpatialInputs {
  data: AtlasData;
  /** Divisions with `id`, `name_en`, `name_zh` and `province` (the province's code). */
  divisions: FeatureCollection;
  /** Provinces with `id`, `name_en` and `name_zh`. */
  provinces: FeatureCollection;
  /** China's land border: lines, as the base map's `border` object holds them. */
  landBorder: FeatureCollection;
  infrastructure: InfrastructureCollection;
}

function isArea(geometry: Geometry): geometry is Area {
  return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
}

export function pointIndex<T>(items: T[], lngLatOf: (item: T) => LngLat): PointIndex<T> {
  const lngLats = items.map(lngLatOf);
  if (items.length === 0) return { items, lngLats, tree: null };
  const tree = new KDBush(items.length);
  for (const [lng, lat] of lngLats) tree.add(lng, lat);
  return { items, lngLats, tree: tree.finish() };
}

function lineStrings(collection: FeatureCollection): LineString[] {
  return collection.features.flatMap((f) => {
    const g = f.geometry as LineString | MultiLineString;
    if (g.type === 'LineString') return [g];
    if (g.type === 'MultiLineString') return g.coordinates.map((coordinates) => ({ type: 'LineString' as const, coordinates }));
    return [];
  });
}

/** Whether an area (with its bounding box, to skip most areas cheaply) holds a point; its boundary counts as inside. */
export function areaHolds(area: { bbox: BBox; feature: Feature<Area> }, point: LngLat): boolean {
  const [w, s, e, n] = area.bbox;
  const [lng, lat] = point;
  return lng >= w && lng <= e && lat >= s && lat <= n && booleanPointInPolygon(point, area.feature);
}

/**
 * The divisions that hold a point, in code order: none outside the region,
 * one inside a division, two or more on a border between them.
 */
export function divisionsAt(ctx: Pick<SpatialContext, 'divisions'>, point: LngLat): DivisionArea[] {
  return ctx.divisions.filter((division) => areaHolds(division, point));
}

/** The zones, corridors and bases that hold a point, in the gazetteer's order. */
export function zonesAt(ctx: Pick<SpatialContext, 'zones'>, point: LngLat): PlaceFeature[] {
  return ctx.zones.filter((zone) => areaHolds(zone, point)).map((zone) => zone.place);
}

export function spatialContext(inputs: SpatialInputs): SpatialContext {
  const provinces = new Map(
    inputs.provinces.features.map((f) => [
      String(f.properties?.id),
      { id: String(f.properties?.id), nameEn: String(f.properties?.name_en), nameZh: String(f.properties?.name_zh) },
    ]),
  );
  const divisions: DivisionArea[] = inputs.divisions.features
    .filter((f) => isArea(f.geometry))
    .map((f) => {
      const code = String(f.properties?.province);
      return {
        id: String(f.properties?.id),
        nameEn: String(f.properties?.name_en),
        nameZh: String(f.properties?.name_zh),
        province: provinces.get(code) ?? { id: code, nameEn: '', nameZh: '' },
        feature: f as Feature<Area>,
        bbox: bboxOf(f),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));

  const zones = inputs.data.places
    .filter((place) => categoryById(place.properties.category).containsPlaces && isArea(place.geometry))
    .map((place) => ({ place, feature: place as Feature<Area>, bbox: bboxOf(place) }));

  const points = inputs.data.places.filter(
    (place) => place.geometry.type === 'Point' && place.properties.category !== 'logistics-hub',
  );
  const lngLatOfPlace = (place: PlaceFeature) => (place.geometry as Point).coordinates as LngLat;

  const citiesByDivision = new Map<string, PlaceFeature[]>();
  for (const city of points.filter((place) => place.properties.category === 'city')) {
    const [division] = divisionsAt({ divisions }, lngLatOfPlace(city));
    if (!division) continue;
    citiesByDivision.set(division.id, [...(citiesByDivision.get(division.id) ?? []), city]);
  }

  const infrastructure = Object.fromEntries(
    POINT_INFRASTRUCTURE_KINDS.map((kind) => [
      kind,
      pointIndex(
        inputs.infrastructure.features.filter((f) => f.properties.kind === kind && f.geometry.type === 'Point'),
        (f) => (f.geometry as Point).coordinates as LngLat,
      ),
    ]),
  ) as SpatialContext['infrastructure'];

  return {
    data: inputs.data,
    divisions,
    zones,
    namedPoints: pointIndex(points, lngLatOfPlace),
    citiesByDivision,
    infrastructure,
    landBorder: lineStrings(inputs.landBorder),
  };
}

/** The same, from the base map's sources as the site already builds them. */
export function spatialContextFromBasemap(
  data: AtlasData,
  basemap: Pick<BasemapSources, 'divisions' | 'provinces' | 'chinaBorder'>,
  infrastructure: InfrastructureCollection,
): SpatialContext {
  return spatialContext({
    data,
    divisions: basemap.divisions,
    provinces: basemap.provinces,
    landBorder: basemap.chinaBorder,
    infrastructure,
  });
}
