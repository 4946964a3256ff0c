/**
 * Resolves the gazetteer's geometry specs into GeoJSON and joins each place
 * to the sentences that name it, giving the open `places.geojson`.
 */
import { area as turfArea } from '@turf/area';
import { buffer } from '@turf/buffer';
import { difference } from '@turf/difference';
import { simplify } from '@turf/simplify';
import { union } from '@turf/union';
import { feature as topoFeature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { type Area, labelPoint, round, withoutSlivers } from '../geodata/geometry.ts';
import type { PlaceProperties } from '../../src/content/atlas-data.ts';
import { PLACE_COORDINATE_DIGITS } from '../../src/data/shared-arcs.ts';
import type { Mention, PlaceRecord, PolicyDocument } from '../../src/content/types.ts';
import type { DesignationFact } from '../../content/designations.ts';

/** The base map's features that places are built from. */
export interface PlaceContext {
  divisions: Map<string, Feature<Area, Record<string, string>>>;
  /** Countries by Natural Earth name; 'China' is the union of the provinces. */
  countries: Map<string, Area>;
  /** The base map's land (Natural Earth), to which areas drawn as divisions are clipped. */
  land: Area;
}

/**
 * Holes below this size (square degrees, about 1,000 km²) in a union are
 * slivers between source polygons. The smallest division of the region,
 * Liaoyuan, is over 0.5 square degrees, so no real enclave is this small.
 */
const MAX_SLIVER_AREA = 0.1;

/** Islands below this size (square degrees) are dropped from whole countries. */
const MIN_ISLAND_AREA = 0.01;

/** Simplification tolerance for whole countries, in degrees. */
const COUNTRY_TOLERANCE = 0.05;


function roundGeometry<G extends Geometry>(geometry: G): G {
  const walk = (value: unknown): unknown =>
    typeof value === 'number' ? round(value, PLACE_COORDINATE_DIGITS) : Array.isArray(value) ? value.map(walk) : value;
  return { ...geometry, coordinates: walk((geometry as Point).coordinates) } as G;
}

function features<P>(topology: Topology, name: string): Feature<Area, P>[] {
  const object = topology.objects[name];
  if (!object) throw new Error(`base map has no object "${name}"`);
  return (topoFeature(topology, object) as FeatureCollection<Area, P>).features;
}

export function placeContext(topology: Topology): PlaceContext {
  const divisions = new Map(
    features<Record<string, string>>(topology, 'divisions').map((f) => [String(f.properties.id), f]),
  );
  const countries = new Map<string, Area>(
    features<Record<string, string>>(topology, 'countries').map((f) => [f.properties.name_en, f.geometry]),
  );
  countries.set('China', unite(features(topology, 'provinces').map((f) => f.geometry)));
  const land = unite(features(topology, 'land').map((f) => f.geometry));
  return { divisions, countries, land };
}

/** The union of areas, as one polygon or multipolygon. */
export function unite(areas: Area[]): Area {
  if (areas.length === 1) return areas[0];
  const united = union({
    type: 'FeatureCollection',
    features: areas.map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
  });
  if (!united) throw new Error('union of no area');
  return united.geometry;
}

/** The part of `area` outside `mask`, or `null` if none is. */
function minus(area: Area, mask: Area): Area | null {
  const rest = difference({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: {}, geometry: area },
      { type: 'Feature', properties: {}, geometry: mask },
    ],
  });
  return rest ? (rest.geometry as Area) : null;
}

/**
 * The part of an area on land. Division outlines follow administrative
 * boundaries, which run out to sea: Dalian's encloses the waters of the
 * Changshan archipelago, about 9,300 km² of its 22,100. A zone drawn as its
 * divisions would claim that sea as part of the zone.
 */
export function clipToLand(area: Area, land: Area): Area {
  const sea = minus(area, land);
  if (!sea) return area;
  const onLand = minus(area, sea);
  if (!onLand) throw new Error('area lies wholly at sea');
  return onLand;
}

/** Area in km², rounded to the nearest 100 km²: no more precise than the outlines. */
export function areaKm2(geometry: Area): number {
  return Math.round(turfArea(geometry) / 1e8) * 100;
}

/**
 * A corridor as a band of `halfWidthKm` either side of the line through its
 * cities. A development axis follows its railway and expressway; drawing it
 * as the cities' whole prefectures would claim several times its area.
 */
export function corridorBand(through: [number, number][], halfWidthKm: number): Polygon {
  const line: Feature<LineString> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'LineString', coordinates: through },
  };
  const band = buffer(line, halfWidthKm, { units: 'kilometers', steps: 16 });
  if (!band || band.geometry.type !== 'Polygon') throw new Error('corridor buffer is not a polygon');
  return band.geometry;
}

function pointOf(records: PlaceRecord[], id: string): [number, number] {
  const record = records.find((r) => r.id === id);
  if (!record || record.geometry.kind !== 'point') throw new Error(`corridor passes through ${id}, not a point place`);
  return record.geometry.lonLat;
}

export function resolveGeometry(record: PlaceRecord, records: PlaceRecord[], context: PlaceContext): Geometry | null {
  const spec = record.geometry;
  switch (spec.kind) {
    case 'none':
      return null;
    case 'point':
      return { type: 'Point', coordinates: spec.lonLat };
    case 'divisions':
      return clipToLand(
        withoutSlivers(
          unite(
            spec.members.map((code) => {
              const division = context.divisions.get(code);
              if (!division) throw new Error(`${record.id}: no division ${code} on the base map`);
              return division.geometry;
            }),
          ),
          MAX_SLIVER_AREA,
        ),
        context.land,
      );
    case 'corridor':
      return corridorBand(
        spec.through.map((id) => pointOf(records, id)),
        spec.halfWidthKm,
      );
    case 'countries':
      // Whole countries only give a statement's scope; they are outlined at
      // low zoom, so a 0.05° (about 5 km) simplification loses nothing seen.
      return simplify(
        withoutSlivers(
          unite(
            spec.names.map((name) => {
              const country = context.countries.get(name);
              if (!country) throw new Error(`${record.id}: no country ${name} on the base map`);
              return country;
            }),
          ),
          MAX_SLIVER_AREA,
          MIN_ISLAND_AREA,
        ),
        { tolerance: COUNTRY_TOLERANCE, highQuality: true },
      );
  }
}

function membersOf(record: PlaceRecord, context: PlaceContext): PlaceProperties['members'] {
  if (record.geometry.kind !== 'divisions') return [];
  return record.geometry.members.map((code) => {
    const division = context.divisions.get(code);
    if (!division) throw new Error(`${record.id}: no division ${code} on the base map`);
    return { id: code, name_en: division.properties.name_en, name_zh: division.properties.name_zh };
  });
}

/** Every sentence id in document order, to sort mentions by where they occur. */
export function sentenceOrder(document: PolicyDocument): Map<string, number> {
  const paragraphs = [
    document.opening,
    document.preamble,
    ...document.sections.flatMap((section) => section.clauses.map((clause) => clause.paragraph)),
  ];
  return new Map(paragraphs.flatMap((p) => p.sentences).map((sentence, index) => [sentence.id, index]));
}

/** The label point of a geometry: the point itself, a polygon's pole of inaccessibility, or none. */
function labelPointOf(geometry: Geometry | null): [number, number] | null {
  if (geometry === null) return null;
  return geometry.type === 'Point'
    ? (geometry.coordinates as [number, number])
    : labelPoint(geometry as Polygon | MultiPolygon);
}

function approximationOf(record: PlaceRecord, geometry: Geometry | null): PlaceProperties['approximation'] {
  const approximation = record.approximation;
  if (!approximation) return null;
  if (geometry === null || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
    throw new Error(`${record.id}: an approximation needs an area to measure`);
  }
  return {
    drawn_km2: areaKm2(geometry),
    actual_km2: approximation.actualKm2,
    note_en: approximation.noteEn,
    note_zh: approximation.noteZh,
    source: approximation.source,
  };
}

export function buildPlaces(
  records: PlaceRecord[],
  mentions: Mention[],
  designations: DesignationFact[],
  document: PolicyDocument,
  topology: Topology,
): FeatureCollection<Geometry | null, PlaceProperties> {
  const context = placeContext(topology);
  const order = sentenceOrder(document);
  const byOrder = (a: { sentence: string }, b: { sentence: string }) =>
    (order.get(a.sentence) ?? 0) - (order.get(b.sentence) ?? 0);
  return {
    type: 'FeatureCollection',
    features: records.map((record) => {
      const resolved = resolveGeometry(record, records, context);
      const geometry = resolved && roundGeometry(resolved);
      const own = mentions.filter((m) => m.place === record.id).sort(byOrder);
      return {
        type: 'Feature',
        id: record.id,
        properties: {
          id: record.id,
          name_en: record.nameEn,
          name_zh: record.nameZh,
          category: record.category,
          aliases: record.aliases,
          provenance: record.provenance,
          sentences: [...new Set(own.filter((m) => m.words !== null).map((m) => m.sentence))],
          region_sentences: [...new Set(own.filter((m) => m.words === null).map((m) => m.sentence))],
          mentions: own.map(({ sentence, words }) => ({ sentence, words })),
          designations: designations
            .filter((d) => d.place === record.id)
            .map(({ designation, sentence, words }) => ({ id: designation, sentence, words })),
          members: membersOf(record, context),
          label_point: labelPointOf(geometry),
          region_wide: record.geometry.kind === 'none' ? record.geometry.regionWide : null,
          approximation: approximationOf(record, geometry),
          note: record.note,
          note_zh: record.noteZh,
          source: record.sources,
        },
        geometry,
      };
    }),
  };
}
