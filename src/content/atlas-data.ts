/**
 * The content the site reads: the structured document and the places, as
 * written by the content pipeline, with the look-ups the interface needs.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { CategoryId, Clause, PolicyDocument, Sentence, Source } from './types.ts';

/** Properties of a feature of `geodata/places.geojson`; see scripts/content/places.ts. */
export interface PlaceProperties {
  id: string;
  name_en: string;
  name_zh: string;
  category: CategoryId;
  aliases: string[];
  provenance: 'named' | 'context';
  sentences: string[];
  mentions: { sentence: string; words: string | null }[];
  members: { id: string; name_en: string; name_zh: string }[];
  label_point: [number, number];
  note: string;
  source: Source[];
}

export type PlaceFeature = Feature<Geometry, PlaceProperties>;

export interface SentenceEntry {
  sentence: Sentence;
  /** Where it stands: the opening address, the preamble or a clause. */
  part: 'opening' | 'preamble' | 'clause';
  /** The clause the sentence belongs to; `null` for the opening address and the preamble. */
  clause: Clause | null;
}

export interface AtlasData {
  document: PolicyDocument;
  places: PlaceFeature[];
  placeById: Map<string, PlaceFeature>;
  /** Every sentence in reading order, with its clause. */
  sentences: SentenceEntry[];
  sentenceById: Map<string, SentenceEntry>;
  clauseById: Map<string, Clause>;
}

export function atlasData(document: PolicyDocument, places: FeatureCollection<Geometry, PlaceProperties>): AtlasData {
  const sentences: SentenceEntry[] = [
    ...document.opening.sentences.map((sentence) => ({ sentence, part: 'opening' as const, clause: null })),
    ...document.preamble.sentences.map((sentence) => ({ sentence, part: 'preamble' as const, clause: null })),
    ...document.sections.flatMap((section) =>
      section.clauses.flatMap((clause) =>
        clause.paragraph.sentences.map((sentence) => ({ sentence, part: 'clause' as const, clause })),
      ),
    ),
  ];
  const clauses = document.sections.flatMap((section) => section.clauses);
  return {
    document,
    places: places.features,
    placeById: new Map(places.features.map((place) => [place.properties.id, place])),
    sentences,
    sentenceById: new Map(sentences.map((entry) => [entry.sentence.id, entry])),
    clauseById: new Map(clauses.map((clause) => [clause.id, clause])),
  };
}

/** The places a sentence names, in the order the pipeline recorded them. */
export function placesNamedIn(data: AtlasData, sentenceId: string): PlaceFeature[] {
  return data.places.filter((place) => place.properties.sentences.includes(sentenceId));
}

/** The sentences that name a place, in reading order. */
export function sentencesNaming(data: AtlasData, placeId: string): SentenceEntry[] {
  const place = data.placeById.get(placeId);
  if (!place) return [];
  return place.properties.sentences.flatMap((id) => data.sentenceById.get(id) ?? []);
}
