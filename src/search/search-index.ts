/**
 * Search over the places and the verbatim sentences of the document. Pure:
 * no DOM, so the same index runs in the page and in unit tests.
 *
 * Readers type English names ("Harbin"), Chinese names or parts of them
 * ("哈尔滨", "大连"), toneless pinyin ("haerbin", "ha er bin"), the
 * translation's own spellings ("Heilongjiang-Daqing-Qiqihar") and words of
 * the text ("futures"). Everything here serves those five ways in.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { AtlasData, SentenceEntry } from '../content/atlas-data.ts';
import type { InfrastructureKind } from '../content/infrastructure-types.ts';
import type { CategoryId } from '../content/types.ts';
import { fold } from './fold.ts';
import { hanOf, zhShortForms } from './chinese-forms.ts';
// Made at build time by scripts/pinyin (npm run pinyin), so that no pinyin
// dictionary is shipped to the browser; a unit test keeps it current.
import PINYIN from './pinyin.generated.json';

export type SearchResult =
  | { kind: 'place'; id: string; nameEn: string; nameZh: string; category: CategoryId }
  /** A prefecture-level division of the base map, by its code: selecting it opens the prefecture view. */
  | { kind: 'division'; id: string; nameEn: string; nameZh: string }
  | { kind: 'sentence'; id: string; clauseLabel: string; text: string }
  /** A context item (port, crossing, airport, railway), from ./infrastructure-search.ts; this index makes none. */
  | InfrastructureResult;

/** A context item; ./infrastructure-search.ts finds them, apart from this index so that they need not load it. */
export interface InfrastructureResult {
  kind: 'infrastructure';
  id: string;
  nameEn: string;
  nameZh: string;
  infrastructureKind: InfrastructureKind;
  /** Where to show it: the point, or a railway's first station. */
  at: [number, number];
}

/** Names of the base map's prefecture-level divisions by code, as the atlas index (src/state/atlas-index.ts) gives them. */
export type DivisionNames = ReadonlyMap<string, { nameEn: string; nameZh: string }>;

/**
 * The words the index puts into results. Keys match entries of the UI
 * STRINGS table, so the caller can pass STRINGS itself.
 */
/** How a sentence result says where the sentence stands, e.g. "Clause 5"; the caller's strings decide. */
export type SentenceLabel = (entry: SentenceEntry) => string;

export interface SearchIndex {
  /**
   * Places first (best match first), then sentences in order of relevance.
   * Never throws; returns [] for a query with nothing searchable in it.
   */
  search(query: string, limit?: number): SearchResult[];
}

/** Longer queries are cut: nobody types more, and fuzzy matching costs grow with term length. */
export const MAX_QUERY_LENGTH = 100;
export const DEFAULT_LIMIT = 12;
const MAX_LIMIT = 200;

// ---------------------------------------------------------------------------
// Text normalisation and tokenising

const HAN = /\p{Script=Han}/u;
/** A run of Han characters, or a run of other letters and digits. Everything else separates. */
const TOKEN_RUN = /\p{Script=Han}+|[\p{L}\p{N}]+/gu;

// Case, width and diacritics: ./fold.ts, so that the search over context items need not load this module.
export { fold };

/**
 * Terms of a text. Latin words are split on anything that is not a letter or
 * a digit, so hyphens, en dashes, apostrophes and brackets all separate
 * ("Harbin–Daqing–Qiqihar" and "Harbin-Daqing-Qiqihar" give the same terms).
 * Chinese has no spaces between words, so a Han run gives each character and
 * each pair of neighbouring characters: any part of a name is found ("大连"
 * in "大连商品交易所"), and because queries are tokenised the same way and
 * every term must match, the characters must also be adjacent and in order
 * ("连大" does not find Dalian).
 */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const run of fold(text).match(TOKEN_RUN) ?? []) {
    if (!HAN.test(run)) {
      terms.push(run);
      continue;
    }
    const chars = [...run];
    for (let i = 0; i < chars.length; i += 1) {
      terms.push(chars[i] as string);
      if (i + 1 < chars.length) terms.push(`${chars[i]}${chars[i + 1]}`);
    }
  }
  return terms;
}

/** A string reduced to its searchable words, for whole-name comparison: "Harbin–Daqing" → "harbin daqing". */
function comparable(text: string): string {
  return (fold(text).match(TOKEN_RUN) ?? []).join(' ');
}

const isHanTerm = (term: string): boolean => HAN.test(term);

/**
 * Drops apostrophes inside a word of a query. Pinyin writes them between
 * syllables (Hā’ěrbīn, Xi'an), and a reader who types one means one word;
 * split there, "erbin" would match nothing.
 */
function joinSyllables(query: string): string {
  return query.replace(/(?<=\p{L})['’ʼ](?=\p{L})/gu, '');
}

// ---------------------------------------------------------------------------
// Place names in all the forms a reader may type

const PINYIN_TABLE: Readonly<Record<string, string>> = PINYIN;

/** Toneless pinyin syllables of the Han characters of a name, e.g. 哈尔滨市 → ha er bin shi. */
function syllables(nameZh: string): string[] {
  const han = hanOf(nameZh);
  if (han === '') return [];
  return (PINYIN_TABLE[han] ?? '').split(' ').filter((syllable) => syllable !== '');
}

/** Joined ("haerbin") and spaced ("ha er bin") pinyin of each Chinese form. */
function pinyinForms(zhForms: string[]): { joined: string[]; spaced: string[] } {
  const parts = zhForms.map(syllables).filter((list) => list.length > 0);
  return { joined: parts.map((list) => list.join('')), spaced: parts.map((list) => list.join(' ')) };
}

interface PlaceForms {
  /** The place's own names: English, Chinese, Chinese without 市, and their pinyin. */
  primary: string[];
  /** Other names: the text's spellings and the Chinese name without its qualifier, with pinyin. */
  secondary: string[];
  /** Pinyin of every Chinese form, syllables run together: "haerbinshi", "haerbin". */
  pinyinJoined: string[];
  /** The same, syllable by syllable: "ha er bin shi". */
  pinyinSpaced: string[];
}

/** English forms readers leave off: "Hinggan League" → "Hinggan", "Yanbian Korean Autonomous Prefecture" → "Yanbian". */
const EN_DIVISION_SUFFIX = / (?:Korean Autonomous Prefecture|Prefecture|League)$/u;

function nameForms(nameEn: string, nameZh: string, aliases: readonly string[]): PlaceForms {
  const short = zhShortForms(nameZh);
  const primaryZh = [nameZh, ...short.primary];
  const primaryPinyin = pinyinForms(primaryZh);
  const secondaryPinyin = pinyinForms(short.secondary);
  return {
    primary: [nameEn, ...primaryZh, ...primaryPinyin.joined, ...primaryPinyin.spaced],
    secondary: [...aliases, ...short.secondary, ...secondaryPinyin.joined, ...secondaryPinyin.spaced],
    pinyinJoined: [...new Set([...primaryPinyin.joined, ...secondaryPinyin.joined])],
    pinyinSpaced: [...new Set([...primaryPinyin.spaced, ...secondaryPinyin.spaced])],
  };
}

// ---------------------------------------------------------------------------
// The index

/** Places and divisions share one index; a division's document id carries this prefix. */
const DIVISION_PREFIX = 'division:';

interface PlaceDocument {
  id: string;
  nameEn: string;
  nameZh: string;
  pinyin: string;
  syllables: string;
  aliases: string;
}

interface SentenceDocument {
  id: string;
  text: string;
}

/**
 * How far a query word may be from an indexed word. Levenshtein distance
 * counts a swap of two letters as two edits ("dalain" → "dalian"), so words
 * of six letters or more get two; shorter words get less, or they would match
 * half the index ("chang" would find "china").
 */
function placeFuzziness(term: string): number {
  if (isHanTerm(term)) return 0;
  if (term.length <= 3) return 0;
  if (term.length <= 5) return 1;
  return 2;
}

/** The text is long and varied: allow less slack than for names, to keep noise out. */
function sentenceFuzziness(term: string): number {
  if (isHanTerm(term)) return 0;
  if (term.length <= 4) return 0;
  if (term.length <= 7) return 1;
  return 2;
}

/** Prefix matching for Latin words only: each Han term is already every piece of the name. */
const latinPrefix = (term: string): boolean => !isHanTerm(term);

function searchOptions(fuzzy: (term: string) => number | false): SearchOptions {
  return {
    // Every query word must match: typing more narrows the list, as readers expect of a search box.
    combineWith: 'AND',
    prefix: latinPrefix,
    fuzzy,
  };
}

const PLACE_FIELDS = ['nameEn', 'nameZh', 'pinyin', 'aliases'];


/** 0: exact name; 1: exact other name; 2: a name starts with the query; 3: any other match. */
function placeTier(forms: PlaceForms, query: string): number {
  if (forms.primary.some((form) => comparable(form) === query)) return 0;
  if (forms.secondary.some((form) => comparable(form) === query)) return 1;
  if ([...forms.primary, ...forms.secondary].some((form) => comparable(form).startsWith(query))) return 2;
  return 3;
}

/**
 * @param divisions the base map's prefecture-level divisions, found by their
 * English, Chinese and pinyin names like places, ranked after a place of the
 * same name (Dalian the city before Dalian the prefecture). Optional: without
 * the base map, search still finds places and text.
 */
export function createSearchIndex(
  data: AtlasData,
  sentenceLabel: SentenceLabel,
  divisions: DivisionNames = new Map(),
): SearchIndex {
  const identity = (term: string): string => term;

  const placeIndex = new MiniSearch<PlaceDocument>({
    fields: [...PLACE_FIELDS, 'syllables'],
    tokenize,
    processTerm: identity,
    searchOptions: {
      boost: { nameEn: 3, nameZh: 3, pinyin: 2, syllables: 2, aliases: 2 },
      // Places added for context only come after the places the text names.
      // Divisions come after the place of the same name, as the text names the place.
      boostDocument: (id: string) => {
        if (id.startsWith(DIVISION_PREFIX)) return 0.9;
        return data.placeById.get(id)?.properties.provenance === 'context' ? 0.8 : 1;
      },
    },
  });
  const forms = new Map<string, PlaceForms>();
  const add = (id: string, nameEn: string, nameZh: string, aliases: readonly string[]): void => {
    const form = nameForms(nameEn, nameZh, aliases);
    forms.set(id, form);
    placeIndex.add({
      id,
      nameEn,
      nameZh,
      pinyin: form.pinyinJoined.join(' | '),
      syllables: form.pinyinSpaced.join(' | '),
      aliases: aliases.join(' | '),
    });
  };
  for (const place of data.places) {
    add(place.properties.id, place.properties.name_en, place.properties.name_zh, place.properties.aliases);
  }
  for (const [code, names] of divisions) {
    const shortEn = names.nameEn.replace(EN_DIVISION_SUFFIX, '');
    add(`${DIVISION_PREFIX}${code}`, names.nameEn, names.nameZh, shortEn !== names.nameEn ? [shortEn] : []);
  }

  const sentenceIndex = new MiniSearch<SentenceDocument>({
    fields: ['text'],
    tokenize,
    processTerm: identity,
    searchOptions: searchOptions(sentenceFuzziness),
  });
  sentenceIndex.addAll(data.sentences.map((entry) => ({ id: entry.sentence.id, text: entry.sentence.text })));

  function searchPlaces(query: string): SearchResult[] {
    const wanted = comparable(query);
    return placeIndex
      .search({
        combineWith: 'OR',
        queries: [
          { ...searchOptions(placeFuzziness), queries: [query], fields: PLACE_FIELDS },
          // Single syllables are short and many ("ha", "dian"): a fuzzy match
          // among them is noise ("dalian" is two edits from "dian"), so they
          // are matched exactly or by prefix only.
          { ...searchOptions(() => false), queries: [query], fields: ['syllables'] },
        ],
      })
      .flatMap((hit) => {
        const id = String(hit.id);
        const result = nameResult(id);
        const form = forms.get(id);
        if (!result || !form) return [];
        return [{ result, score: hit.score, tier: placeTier(form, wanted) }];
      })
      .sort((a, b) => a.tier - b.tier || b.score - a.score)
      .map(({ result }) => result);
  }

  function nameResult(id: string): SearchResult | undefined {
    if (id.startsWith(DIVISION_PREFIX)) {
      const code = id.slice(DIVISION_PREFIX.length);
      const names = divisions.get(code);
      return names && { kind: 'division', id: code, nameEn: names.nameEn, nameZh: names.nameZh };
    }
    const place = data.placeById.get(id);
    return (
      place && {
        kind: 'place',
        id,
        nameEn: place.properties.name_en,
        nameZh: place.properties.name_zh,
        category: place.properties.category,
      }
    );
  }

  function searchSentences(query: string): SearchResult[] {
    return sentenceIndex.search(query).flatMap((hit) => {
      const entry = data.sentenceById.get(String(hit.id));
      if (!entry) return [];
      return [
        {
          kind: 'sentence' as const,
          id: entry.sentence.id,
          clauseLabel: sentenceLabel(entry),
          text: entry.sentence.text,
        },
      ];
    });
  }

  return {
    search(query: string, limit: number = DEFAULT_LIMIT): SearchResult[] {
      if (typeof query !== 'string') return [];
      const max = Number.isFinite(limit) ? Math.min(MAX_LIMIT, Math.max(0, Math.floor(limit))) : DEFAULT_LIMIT;
      // Cut by code points, so an emoji or a rare character is never split in half.
      const trimmed = joinSyllables([...query.trim()].slice(0, MAX_QUERY_LENGTH).join(''));
      if (max === 0 || tokenize(trimmed).length === 0) return [];
      try {
        return [...searchPlaces(trimmed), ...searchSentences(trimmed)].slice(0, max);
      } catch (error) {
        // A search box must never break the page; an unexpected failure is a bug to see in the console.
        console.error(error);
        return [];
      }
    },
  };
}
