/**
 * Resolves the gazetteer's geometry specs into GeoJSON and joins each place
 * to the sentences that name it, giving the open `places.geojson`.
 */
import { buffer } from '@turf/buffer';
import { union } from '@turf/union';
import { feature as topoFeature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { type Area, labelPoint, round } from '../geodata/geometry.ts';
import type { Mention, PlaceRecord, PolicyDocument, Source } from '../../src/content/types.ts';

/** Properties of one feature of `places.geojson`. */
export interface PlaceProperties {
  id: string;
  name_en: string;
  name_zh: string;
  category: string;
  aliases: string[];
  provenance: 'named' | 'context';
  /** Ids of the sentences that name the place, in document order. */
  sentences: string[];
  /** Each naming: the sentence and the exact words, `null` for a sentence about the whole region. */
  mentions: { sentence: string; words: string | null }[];
  /** For a place made of divisions: the divisions, by code, with their names. */
  members: { id: string; name_en: string; name_zh: string }[];
  /** Where to put the place's name: the point itself, or a point well inside its area. */
  label_point: [number, number];
  note: string;
  source: Source[];
}

export type PlaceFeature = Feature<Geometry, PlaceProperties>;

/** The base map's features that places are built from. */
export interface PlaceContext {
  divisions: Map<string, Feature<Area, Record<string, string>>>;
  /** Countries by Natural Earth name; 'China' is the union of the provinces. */
  countries: Map<string, Area>;
}

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
      return unite(
        spec.members.map((code) => {
          const division = context.divisions.get(code);
          if (!division) throw new Error(`${record.id}: no division ${code} on the base map`);
          return division.geometry;
        }),
      );
    case 'corridor':
      return corridorBand(
        spec.through.map((id) => pointOf(records, id)),
        spec.halfWidthKm,
      );
    case 'countries':
      return unite(
        spec.names.map((name) => {
          const country = context.countries.get(name);
          if (!country) throw new Error(`${record.id}: no country ${name} on the base map`);
          return country;
        }),
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
