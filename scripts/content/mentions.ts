/**
 * Pure helpers over the sentence-to-place links of content/mentions.ts, and an
 * independent scanner for place names in the text, by which tests check that
 * the hand-curated links miss no name.
 */
import type { Mention, PlaceRecord, Sentence } from '../../src/content/types.ts';

/** A name or alias to look for in the text, and the place it names. */
export interface PlaceName {
  placeId: string;
  name: string;
}

/** Where a place's name occurs in a text: `text.slice(start, end) === name`. */
export interface NameOccurrence extends PlaceName {
  start: number;
  end: number;
}

/** A place name in a sentence that no mention links. */
export interface UnlinkedName extends NameOccurrence {
  sentence: string;
}

/**
 * Names in the text that contain a place's name but do not name that place:
 * "People’s Bank of China" is the central bank, not a mention of China.
 *
 * The scanner matches these like place names, so that by longest match they
 * claim their span, then drops them; a shorter place name inside them is
 * thereby not reported. Add a name here only when it names no gazetteer
 * place; a named institution belongs in the gazetteer instead.
 */
export const NOT_PLACES: readonly string[] = ['People’s Bank of China'];

/**
 * Phrases by which the text refers back to the Northeast, linked to
 * 'northeast-china' where they do. They are not aliases of the region, since
 * "the region" elsewhere could mean any region; they are linked by hand only.
 */
export const REGION_REFERENCES: readonly string[] = ['the region', 'The region', 'this region', 'the old industrial base'];

/**
 * Sentences linked to no place, each with the reason. Every other sentence
 * names a place or is linked to the region by default.
 */
export const SENTENCES_WITHOUT_PLACE: Readonly<Record<string, string>> = {
  'opening.s1':
    'The standard addressee line of State Council documents (provincial governments, ministries and commissions nationwide), not an address to the Northeast.',
};

/**
 * Ids of the sentences that name a place, each once, in the order of the
 * mentions (which content/mentions.ts keeps in document order).
 */
export function sentenceIdsNaming(placeId: string, mentions: readonly Mention[]): string[] {
  return unique(mentions.filter((mention) => mention.place === placeId).map((mention) => mention.sentence));
}

/** Ids of the places a sentence names, each once, in the order of the mentions. */
export function placeIdsNamedIn(sentenceId: string, mentions: readonly Mention[]): string[] {
  return unique(mentions.filter((mention) => mention.sentence === sentenceId).map((mention) => mention.place));
}

/** Every place's English name and aliases, as names to scan for; each pair once. */
export function placeNames(places: readonly PlaceRecord[]): PlaceName[] {
  return places.flatMap((place) =>
    unique([place.nameEn, ...place.aliases]).map((name) => ({ placeId: place.id, name })),
  );
}

/**
 * Finds where the given names occur in `text`: case-sensitive, at word
 * boundaries, longest match first, never overlapping.
 *
 * Every occurrence of every name (and of {@link NOT_PLACES}) is a candidate;
 * candidates are taken longest first, then leftmost, skipping any that overlap
 * one already taken. So "Changchun-Jilin-Tumen region economic zone" claims its
 * span and "Jilin" inside it is not reported. Taken NOT_PLACES are then dropped.
 * A name that two places share is reported for the first of them in `names`.
 *
 * A boundary is any character that is not a letter or digit, or either end of
 * the text, so hyphens and dashes separate words: "Dalian" is found in
 * "cities---Dalian, Harbin" but not in "Dalianese".
 *
 * @returns The occurrences in order of position.
 * @throws Error if a name is empty, as it would match everywhere.
 */
export function findNameOccurrences(text: string, names: readonly PlaceName[]): NameOccurrence[] {
  const candidates = [
    ...names,
    ...NOT_PLACES.map((name) => ({ placeId: null, name })),
  ].flatMap(({ placeId, name }) =>
    startsAtWordBoundaries(text, name).map((start) => ({ placeId, name, start, end: start + name.length })),
  );
  // Stable sort: among equal spans, the first name given wins.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);

  const taken: typeof candidates = [];
  for (const candidate of candidates) {
    if (!taken.some((other) => candidate.start < other.end && other.start < candidate.end)) {
      taken.push(candidate);
    }
  }
  return taken
    .filter((occurrence): occurrence is NameOccurrence => occurrence.placeId !== null)
    .sort((a, b) => a.start - b.start);
}

/**
 * Scans each sentence for the given names and returns the occurrences that no
 * mention links: none with the same sentence, place and words.
 */
export function findUnlinkedNames(
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  names: readonly PlaceName[],
): UnlinkedName[] {
  return sentences.flatMap((sentence) =>
    findNameOccurrences(sentence.text, names)
      .filter(
        (occurrence) =>
          !mentions.some(
            (mention) =>
              mention.sentence === sentence.id &&
              mention.place === occurrence.placeId &&
              mention.words === occurrence.name,
          ),
      )
      .map((occurrence) => ({ sentence: sentence.id, ...occurrence })),
  );
}

/** Start indexes of `name` in `text` where it is a whole word or phrase. */
function startsAtWordBoundaries(text: string, name: string): number[] {
  if (name === '') throw new Error('A place name must not be empty');
  const starts: number[] = [];
  for (let start = text.indexOf(name); start !== -1; start = text.indexOf(name, start + 1)) {
    if (isBoundary(text[start - 1]) && isBoundary(text[start + name.length])) starts.push(start);
  }
  return starts;
}

/** Whether a character (or the text's end, `undefined`) can border a word. */
function isBoundary(char: string | undefined): boolean {
  return char === undefined || !/[\p{L}\p{N}]/u.test(char);
}

/** The values in first-seen order, each once. */
function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
