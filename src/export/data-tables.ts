/**
 * The places and the sentences as flat tables, for people who open the data
 * in a spreadsheet rather than a GIS. Each table is a declared column list,
 * so that a new property is one more line here, and the README's field list
 * follows by itself.
 */
import {
  type AtlasData,
  type PlaceFeature,
  type SentenceEntry,
  type UnlocatedPlaceFeature,
  placesNamedIn,
  sentencesNaming,
} from '../content/atlas-data.ts';

/** A row of places.geojson: most have a geometry, a region-wide institution has none. */
type AnyPlace = PlaceFeature | UnlocatedPlaceFeature;
import { type Column, csvTable } from './csv.ts';

/** Lists inside one field are joined with this; no id contains it. */
export const LIST_SEPARATOR = ';';

const list = (items: readonly string[]) => items.join(LIST_SEPARATOR);

export interface PlaceRow {
  place: AnyPlace;
  /** Ids of the sentences that name it, in reading order. */
  sentenceIds: string[];
}

export interface SentenceRow {
  entry: SentenceEntry;
  /** Ids of the places it names. */
  placeIds: string[];
}

export const PLACE_COLUMNS: readonly Column<PlaceRow>[] = [
  { name: 'id', description: 'stable id of the place, as in places.geojson', value: (r) => r.place.properties.id },
  { name: 'name_en', description: 'official English name', value: (r) => r.place.properties.name_en },
  { name: 'name_zh', description: 'Chinese name (Simplified)', value: (r) => r.place.properties.name_zh },
  { name: 'category', description: 'kind of place: one of the atlas’s category ids', value: (r) => r.place.properties.category },
  {
    name: 'provenance',
    description: '`named` (the policy names it) or `context` (added to help read the map)',
    value: (r) => r.place.properties.provenance,
  },
  {
    name: 'label_lon',
    description: 'longitude of a point well inside the place (WGS84 degrees)',
    value: (r) => r.place.properties.label_point?.[0] ?? '',
  },
  {
    name: 'label_lat',
    description: 'latitude of a point well inside the place (WGS84 degrees)',
    value: (r) => r.place.properties.label_point?.[1] ?? '',
  },
  { name: 'sentence_count', description: 'number of sentences that name it', value: (r) => r.sentenceIds.length },
  { name: 'sentence_ids', description: `ids of those sentences, separated by "${LIST_SEPARATOR}"`, value: (r) => list(r.sentenceIds) },
  {
    name: 'member_ids',
    description: `for zones and bases: GB/T 2260 codes of the member prefecture-level divisions, separated by "${LIST_SEPARATOR}"`,
    value: (r) => list(r.place.properties.members.map((m) => m.id)),
  },
  { name: 'note', description: 'what the place is and why it has this geometry', value: (r) => r.place.properties.note },
  { name: 'note_zh', description: 'the same note in Chinese; words quoted from the English translation stay English', value: (r) => r.place.properties.note_zh },
  {
    name: 'sources',
    description: `sources for its location or membership, each "label <url>", separated by "${LIST_SEPARATOR} "`,
    value: (r) => r.place.properties.source.map((s) => `${s.label} <${s.url}>`).join(`${LIST_SEPARATOR} `),
  },
];

export const SENTENCE_COLUMNS: readonly Column<SentenceRow>[] = [
  { name: 'id', description: 'stable id of the sentence, e.g. `I.5.s12`', value: (r) => r.entry.sentence.id },
  { name: 'part', description: '`opening` (the address), `preamble` or `clause`', value: (r) => r.entry.part },
  { name: 'clause', description: 'the clause’s printed number; empty outside the clauses', value: (r) => r.entry.clause?.number ?? null },
  { name: 'clause_id', description: 'the clause’s id, e.g. `I.5`', value: (r) => r.entry.clause?.id ?? null },
  { name: 'clause_heading', description: 'the clause’s heading (its first sentence)', value: (r) => r.entry.clause?.heading ?? null },
  { name: 'paragraph', description: 'id of the paragraph it stands in: `opening`, `preamble` or a clause id', value: (r) => paragraphOf(r.entry) },
  { name: 'text', description: 'the sentence, verbatim from the English translation', value: (r) => r.entry.sentence.text },
  { name: 'place_ids', description: `ids of the places it names, separated by "${LIST_SEPARATOR}"`, value: (r) => list(r.placeIds) },
];

function paragraphOf(entry: SentenceEntry): string {
  return entry.clause ? entry.clause.paragraph.id : entry.part;
}

export function placeRow(data: AtlasData, place: AnyPlace): PlaceRow {
  return { place, sentenceIds: sentencesNaming(data, place.properties.id).map((e) => e.sentence.id) };
}

export function sentenceRow(data: AtlasData, entry: SentenceEntry): SentenceRow {
  return { entry, placeIds: placesNamedIn(data, entry.sentence.id).map((p) => p.properties.id) };
}

/** Every place: those drawn on the map, then those without a geometry of their own. */
export function placesCsv(data: AtlasData, places: readonly AnyPlace[] = [...data.places, ...data.regionWidePlaces]): string {
  return csvTable(PLACE_COLUMNS, places.map((place) => placeRow(data, place)));
}

/** Every sentence, in reading order. */
export function sentencesCsv(data: AtlasData, sentences: readonly SentenceEntry[] = data.sentences): string {
  return csvTable(SENTENCE_COLUMNS, sentences.map((entry) => sentenceRow(data, entry)));
}
