/**
 * A download of just what is selected: the places on the map as GeoJSON and
 * the sentences in the panel as CSV, with the same properties and columns
 * as the full data package so that the two can be joined.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { type AtlasData, type PlaceFeature, type SentenceEntry, placesNamedIn, sentencesNaming } from '../content/atlas-data.ts';
import { pointOf, zonesWithMember } from '../content/zones.ts';
import type { Selection } from '../content/selection.ts';
import { sentencesCsv } from './data-tables.ts';

export interface SelectionContents {
  /** The selected division's own outline, for a division selection. */
  division: Feature | null;
  /** Places: the place itself; the places a clause or sentence names; the zones a division belongs to and the points in it. */
  places: PlaceFeature[];
  /** Sentences in reading order: those naming the place(s), the clause's, or the one sentence. */
  sentences: SentenceEntry[];
}

const EMPTY: SelectionContents = { division: null, places: [], sentences: [] };

function inReadingOrder(data: AtlasData, ids: Set<string>): SentenceEntry[] {
  return data.sentences.filter((entry) => ids.has(entry.sentence.id));
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/**
 * What a selection holds. A division is not a place of the policy: it is
 * there because zones list it as a member or because named points lie in
 * it, so its sentences are those naming those zones and points.
 * `divisions` are the base map's prefecture-level divisions (GB/T 2260 codes as ids).
 */
export function selectionContents(selection: Selection, data: AtlasData, divisions?: FeatureCollection): SelectionContents {
  switch (selection.kind) {
    case 'place': {
      const place = data.placeById.get(selection.id);
      return place ? { division: null, places: [place], sentences: sentencesNaming(data, selection.id) } : EMPTY;
    }
    case 'sentence': {
      const entry = data.sentenceById.get(selection.id);
      return entry ? { division: null, places: placesNamedIn(data, selection.id), sentences: [entry] } : EMPTY;
    }
    case 'clause': {
      const clause = data.clauseById.get(selection.id);
      if (!clause) return EMPTY;
      const sentences = data.sentences.filter((entry) => entry.clause?.id === clause.id);
      return { division: null, places: unique(sentences.flatMap((e) => placesNamedIn(data, e.sentence.id))), sentences };
    }
    case 'division': {
      const division = divisions?.features.find((f) => String(f.properties?.id) === selection.id);
      if (!division) return EMPTY;
      const area = division as Feature<Polygon | MultiPolygon>;
      const inside = data.places.filter((place) => {
        const point = pointOf(place);
        return point !== undefined && booleanPointInPolygon(point, area);
      });
      const places = unique([...zonesWithMember(data, selection.id), ...inside]);
      const ids = new Set(places.flatMap((p) => sentencesNaming(data, p.properties.id).map((e) => e.sentence.id)));
      return { division, places, sentences: inReadingOrder(data, ids) };
    }
  }
}

/** The selection's division outline (if any) and places, as one WGS84 FeatureCollection. */
export function selectionGeoJson(selection: Selection, data: AtlasData, divisions?: FeatureCollection): FeatureCollection<Geometry> {
  const { division, places } = selectionContents(selection, data, divisions);
  const divisionFeature: Feature[] = division
    ? [{ type: 'Feature', geometry: division.geometry, properties: { ...division.properties, kind: 'division' } }]
    : [];
  return { type: 'FeatureCollection', features: [...divisionFeature, ...places] };
}

/** The selection's sentences, with the columns of the data package's sentences.csv. */
export function selectionCsv(selection: Selection, data: AtlasData, divisions?: FeatureCollection): string {
  return sentencesCsv(data, selectionContents(selection, data, divisions).sentences);
}

/**
 * A file name that says what the file holds and the year of the view it came
 * from, e.g. `northeast-atlas-place-suifenhe-as-of-2025.geojson`: the columns
 * stay those of the data package, so the two can still be joined.
 */
export function selectionFileName(selection: Selection, extension: 'geojson' | 'csv', year: number): string {
  const id = selection.id.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `northeast-atlas-${selection.kind}-${id}-as-of-${year}.${extension}`;
}
