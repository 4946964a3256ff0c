/**
 * The content the site reads: the structured document and the places, as
 * written by the content pipeline, with the look-ups the interface needs.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Selection } from './selection.ts';
import type { DesignationId } from './designations.ts';
import type { CategoryId, Clause, PolicyDocument, Sentence, Source } from './types.ts';

/** Properties of a feature of `geodata/places.geojson`; see scripts/content/places.ts. */
export interface PlaceProperties {
  id: string;
  name_en: string;
  name_zh: string;
  category: CategoryId;
  aliases: string[];
  provenance: 'named' | 'context';
  /** Sentences that name the place explicitly (by a name, an alias or a reference such as “the region”). */
  sentences: string[];
  /** Sentences that name no place and are linked to the region by default; only the region has them. */
  region_sentences: string[];
  mentions: { sentence: string; words: string | null }[];
  /** What the text makes of the place, each with the sentence and words that confer it. */
  designations: { id: DesignationId; sentence: string; words: string }[];
  members: { id: string; name_en: string; name_zh: string }[];
  /** Where its label goes; `null` for a place without geometry. */
  label_point: [number, number] | null;
  /** For a place without geometry (`geometry: null`): the id of the region it serves. */
  region_wide: string | null;
  /** Set where the drawn area is larger than the policy means. */
  approximation: {
    drawn_km2: number;
    actual_km2: number | null;
    note_en: string;
    note_zh: string;
    source: Source;
  } | null;
  /** What the place is and why it has this geometry; `note_zh` is the same in Chinese. */
  note: string;
  note_zh: string;
  source: Source[];
}

/**
 * A place as the site reads it. Places without geometry of their own (a
 * region-wide platform) are kept out of `AtlasData.places`, so that every
 * layer and framing step can rely on a geometry; see `regionWidePlaces`.
 */
export type PlaceFeature = Feature<Geometry, PlaceProperties & { label_point: [number, number] }>;

/** A place without geometry, as in the open data. */
export type UnlocatedPlaceFeature = Feature<null, PlaceProperties>;

export interface SentenceEntry {
  sentence: Sentence;
  /** Where it stands: the opening address, the preamble or a clause. */
  part: 'opening' | 'preamble' | 'clause';
  /** The clause the sentence belongs to; `null` for the opening address and the preamble. */
  clause: Clause | null;
}

export interface AtlasData {
  document: PolicyDocument;
  /** The places that have a geometry: everything the map draws. */
  places: PlaceFeature[];
  /** Places without geometry of their own, such as the northeast property transaction platform. */
  regionWidePlaces: UnlocatedPlaceFeature[];
  placeById: Map<string, PlaceFeature>;
  /** Every sentence in reading order, with its clause. */
  sentences: SentenceEntry[];
  sentenceById: Map<string, SentenceEntry>;
  clauseById: Map<string, Clause>;
  /** The places each sentence names or is linked to by default, in place order: see placesNamedIn. */
  placesBySentence: Map<string, PlaceFeature[]>;
}

export function atlasData(
  document: PolicyDocument,
  places: FeatureCollection<Geometry | null, PlaceProperties>,
): AtlasData {
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
  const located = places.features.filter((place): place is PlaceFeature => place.geometry !== null);
  // Indexed once: a clause, a tour step or a selection asks for the places of
  // each of its sentences, and a scan of every place per sentence grows with
  // both.
  const placesBySentence = new Map<string, PlaceFeature[]>();
  for (const place of located) {
    for (const id of new Set(linkedSentenceIds(place))) {
      const list = placesBySentence.get(id);
      if (list) list.push(place);
      else placesBySentence.set(id, [place]);
    }
  }
  return {
    document,
    places: located,
    regionWidePlaces: places.features.filter((place): place is UnlocatedPlaceFeature => place.geometry === null),
    placeById: new Map(located.map((place) => [place.properties.id, place])),
    sentences,
    sentenceById: new Map(sentences.map((entry) => [entry.sentence.id, entry])),
    clauseById: new Map(clauses.map((clause) => [clause.id, clause])),
    placesBySentence,
  };
}

/**
 * Every sentence linked to a place: those that name it and, for the region,
 * those linked to it by default. The panel shows both kinds.
 */
export function linkedSentenceIds(place: PlaceFeature): string[] {
  return [...place.properties.sentences, ...place.properties.region_sentences];
}

/** The places a sentence names or is linked to by default, in the order the pipeline recorded them. */
export function placesNamedIn(data: AtlasData, sentenceId: string): PlaceFeature[] {
  return [...(data.placesBySentence.get(sentenceId) ?? [])];
}

/**
 * Every place a selection is or names, each once, in the order the text
 * names them: the place itself, the places a sentence names, or those of
 * every sentence of a clause.
 */
export function placesOfSelection(data: AtlasData, selection: Selection | null): PlaceFeature[] {
  if (!selection) return [];
  switch (selection.kind) {
    case 'place': {
      const place = data.placeById.get(selection.id);
      return place ? [place] : [];
    }
    case 'sentence':
      return placesNamedIn(data, selection.id);
    case 'clause': {
      const sentences = data.clauseById.get(selection.id)?.paragraph.sentences ?? [];
      return [...new Set(sentences.flatMap((s) => placesNamedIn(data, s.id)))];
    }
    case 'division':
      // A division is drawn on its own; the zones it lies in are listed in
      // the panel rather than lit, which would bury it under their washes.
      return [];
  }
}

/** The sentences linked to a place (named or by default), in reading order. */
export function sentencesNaming(data: AtlasData, placeId: string): SentenceEntry[] {
  const place = data.placeById.get(placeId);
  if (!place) return [];
  const ids = new Set(linkedSentenceIds(place));
  return data.sentences.filter((entry) => ids.has(entry.sentence.id));
}

/**
 * Every sentence a place's panel quotes, each once, in the text's order:
 * those linked to it and those that confer its designations (a city named
 * only within a zone's name is quoted for that designation). The panel's
 * count of sentences is this list's length, so it matches the quotes shown.
 */
export function sentencesQuotedFor(data: AtlasData, placeId: string): SentenceEntry[] {
  const place = data.placeById.get(placeId);
  if (!place) return [];
  const ids = new Set([...linkedSentenceIds(place), ...place.properties.designations.map((d) => d.sentence)]);
  return data.sentences.filter((entry) => ids.has(entry.sentence.id));
}

/** What the text makes of a place: its designations, each with the sentence and words that confer it. */
export function designationsOf(data: AtlasData, placeId: string): PlaceProperties['designations'] {
  return data.placeById.get(placeId)?.properties.designations ?? [];
}

/**
 * The places to show when the given designations are switched off: a place
 * shows while any of its designations is on. A place without designations
 * (none today; tests/unit/designations.test.ts keeps it so) always shows.
 */
export function placesShown(data: AtlasData, hidden: ReadonlySet<DesignationId>): PlaceFeature[] {
  return data.places.filter(
    (place) => place.properties.designations.length === 0 || place.properties.designations.some((d) => !hidden.has(d.id)),
  );
}
