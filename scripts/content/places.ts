/**
 * Resolves the gazetteer's geometry specs into GeoJSON and joins each place
 * to the sentences that name it, giving the open `places.geojson`.
 */
import { buffer } from '@turf/buffer';
import { simplify } from '@turf/simplify';
import { union } from '@turf/union';
import { feature as topoFeature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { type Area, labelPoint, round, withoutSlivers } from '../geodata/geometry.ts';
import type { PlaceProperties } from '../../src/content/atlas-data.ts';
import type { Mention, PlaceRecord, PolicyDocument } from '../../src/content/types.ts';

/** The base map's features that places are built from. */
export interface PlaceContext {
  divisions: Map<string, Feature<Area, Record<string, string>>>;
  /** Countries by Natural Earth name; 'China' is the union of the provinces. */
  countries: Map<string, Area>;
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

/** Coordinates in the open file keep 5 decimals, about a metre. */
const DIGITS = 5;

function roundGeometry<G extends Geometry>(geometry: G): G {
  const walk = (value: unknown): unknown =>
    typeof value === 'number' ? round(value, DIGITS) : Array.isArray(value) ? value.map(walk) : value;
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
  return { divisions, countries };
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

export function resolveGeometry(record: PlaceRecord, records: PlaceRecord[], context: PlaceContext): Geometry {
  const spec = record.geometry;
  switch (spec.kind) {
    case 'point':
      return { type: 'Point', coordinates: spec.lonLat };
    case 'divisions':
      return withoutSlivers(
        unite(
          spec.members.map((code) => {
            const division = context.divisions.get(code);
            if (!division) throw new Error(`${record.id}: no division ${code} on the base map`);
            return division.geometry;
          }),
        ),
        MAX_SLIVER_AREA,
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

export function buildPlaces(
  records: PlaceRecord[],
  mentions: Mention[],
  document: PolicyDocument,
  topology: Topology,
): FeatureCollection<Geometry, PlaceProperties> {
  const context = placeContext(topology);
  const order = sentenceOrder(document);
  return {
    type: 'FeatureCollection',
    features: records.map((record) => {
      const geometry = roundGeometry(resolveGeometry(record, records, context));
      const own = mentions
        .filter((m) => m.place === record.id)
        .sort((a, b) => (order.get(a.sentence) ?? 0) - (order.get(b.sentence) ?? 0));
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
          sentences: [...new Set(own.map((m) => m.sentence))],
          mentions: own.map(({ sentence, words }) => ({ sentence, words })),
          members: membersOf(record, context),
          label_point:
            geometry.type === 'Point'
              ? (geometry.coordinates as [number, number])
              : labelPoint(geometry as Polygon | MultiPolygon),
          note: record.note,
          source: record.sources,
        },
        geometry,
      };
    }),
  };
}
