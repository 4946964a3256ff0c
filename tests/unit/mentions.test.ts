import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentMeta } from '../../content/document-meta.ts';
import { mentions } from '../../content/mentions.ts';
import { places } from '../../content/places.ts';
import { parseDocument } from '../../scripts/content/document.ts';
import {
  findNameOccurrences,
  findUnlinkedNames,
  NOT_PLACES,
  placeNames,
  placeIdsNamedIn,
  REGION_REFERENCES,
  SENTENCES_WITHOUT_PLACE,
  sentenceIdsNaming,
  type NameOccurrence,
  type PlaceName,
} from '../../scripts/content/mentions.ts';
import type { Mention, Sentence } from '../../src/content/types.ts';

const raw = readFileSync(
  new URL('../../content/source/state-council-opinions-northeast-revitalization-part1.txt', import.meta.url),
  'utf8',
);
const doc = parseDocument(raw, documentMeta);

const sentences: Sentence[] = [
  doc.opening,
  doc.preamble,
  ...doc.sections.flatMap((section) => section.clauses.map((clause) => clause.paragraph)),
].flatMap((paragraph) => paragraph.sentences);

const sentenceText = new Map(sentences.map((sentence) => [sentence.id, sentence.text]));
const sentenceIndex = new Map(sentences.map((sentence, i) => [sentence.id, i]));
const placeById = new Map(places.map((place) => [place.id, place]));
const names = placeNames(places);

/** Mentions whose words are the gazetteer's name for their place, which the scanner must find. */
const namingMentions = mentions.filter(
  (mention) => mention.words !== null && names.some((n) => n.placeId === mention.place && n.name === mention.words),
);

describe('content/mentions.ts', () => {
  it('links only sentences of the document and places of the gazetteer', () => {
    const unknown = mentions.filter((m) => !sentenceText.has(m.sentence) || !placeById.has(m.place));
    expect(unknown).toEqual([]);
  });

  it('quotes each mention’s words verbatim from its sentence', () => {
    const misquoted = mentions.filter((m) => m.words !== null && !sentenceText.get(m.sentence)?.includes(m.words));
    expect(misquoted).toEqual([]);
  });

  it('links every place the text names at least once', () => {
    const unlinked = places
      .filter((place) => place.provenance === 'named' && sentenceIdsNaming(place.id, mentions).length === 0)
      .map((place) => place.id);
    expect(unlinked).toEqual([]);
  });

  it('never links a place that is on the map only for context', () => {
    const linked = places
      .filter((place) => place.provenance === 'context' && sentenceIdsNaming(place.id, mentions).length > 0)
      .map((place) => place.id);
    expect(linked).toEqual([]);
  });

  it('links every sentence to at least one place, but for those listed with a reason', () => {
    const bare = sentences.filter((s) => placeIdsNamedIn(s.id, mentions).length === 0).map((s) => s.id);
    expect(bare).toEqual(Object.keys(SENTENCES_WITHOUT_PLACE));
  });

  it('does not link the nationwide address line to the Northeast', () => {
    expect(placeIdsNamedIn('opening.s1', mentions)).toEqual([]);
  });

  it('links the region to the sentence on the old industrial base’s enterprises, beside China', () => {
    expect(placeIdsNamedIn('I.1.s5', mentions)).toEqual(['china', 'northeast-china']);
  });

  it('leaves no place name in the text unlinked', () => {
    expect(findUnlinkedNames(sentences, mentions, names)).toEqual([]);
  });

  it('names each place by one of its names or aliases, or the region by a reference to it', () => {
    const violations = mentions.filter(
      (m) =>
        m.words !== null &&
        !names.some((n) => n.placeId === m.place && n.name === m.words) &&
        !(m.place === 'northeast-china' && REGION_REFERENCES.includes(m.words)),
    );
    expect(violations).toEqual([]);
  });

  it('links a sentence to the region without words only when the sentence names no place', () => {
    const misused = mentions.filter(
      (m) =>
        m.words === null &&
        (m.place !== 'northeast-china' || mentions.some((other) => other !== m && other.sentence === m.sentence)),
    );
    expect(misused).toEqual([]);
  });

  it('lists each link once', () => {
    const keys = mentions.map((m) => JSON.stringify([m.sentence, m.place, m.words]));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('runs in document order, then by position within each sentence', () => {
    // Position of the first occurrence of the words: enough to order distinct names in one sentence.
    const position = (m: Mention): [number, number] => [
      sentenceIndex.get(m.sentence) ?? -1,
      m.words === null ? -1 : (sentenceText.get(m.sentence)?.indexOf(m.words) ?? -1),
    ];
    const outOfOrder = mentions.slice(1).filter((m, i) => {
      const [sentence, start] = position(m);
      const [previousSentence, previousStart] = position(mentions[i] as Mention);
      return sentence < previousSentence || (sentence === previousSentence && start < previousStart);
    });
    expect(outOfOrder).toEqual([]);
  });
});

describe('findUnlinkedNames', () => {
  it('reports a name whose mention is removed from a copy of the list', () => {
    const withoutHarbin = mentions.filter((m) => !(m.sentence === 'I.5.s11' && m.place === 'harbin'));
    const text = sentenceText.get('I.5.s11') ?? '';
    const start = text.indexOf('Harbin');
    expect(findUnlinkedNames(sentences, withoutHarbin, names)).toEqual([
      { sentence: 'I.5.s11', placeId: 'harbin', name: 'Harbin', start, end: start + 'Harbin'.length },
    ]);
  });

  it('reports each mention of a place by its name, when that mention alone is removed', () => {
    expect(namingMentions.length).toBeGreaterThan(0);
    const unreported = namingMentions.filter((removed) => {
      const unlinked = findUnlinkedNames(sentences, mentions.filter((m) => m !== removed), names);
      return !(
        unlinked.length > 0 &&
        unlinked.every((u) => u.sentence === removed.sentence && u.placeId === removed.place && u.name === removed.words)
      );
    });
    expect(unreported).toEqual([]);
  });

  it('reports a name whose mention links the wrong place', () => {
    const misattributed = mentions.map((m) => (m.sentence === 'I.6.s8' ? { ...m, place: 'dalian' } : m));
    expect(findUnlinkedNames(sentences, misattributed, names).map((u) => [u.sentence, u.placeId])).toEqual([
      ['I.6.s8', 'dalian-eco-industrial-demonstration-zone'],
    ]);
  });
});

describe('findNameOccurrences', () => {
  const CITIES: PlaceName[] = [
    { placeId: 'dalian', name: 'Dalian' },
    { placeId: 'harbin', name: 'Harbin' },
    { placeId: 'changchun', name: 'Changchun' },
    { placeId: 'jilin-city', name: 'Jilin' },
    { placeId: 'tumen', name: 'Tumen' },
  ];
  const CHINA: PlaceName = { placeId: 'china', name: 'China' };
  const NORTHEAST: PlaceName = { placeId: 'northeast-china', name: 'Northeast China' };
  const ZONE: PlaceName = { placeId: 'changchun-jilin-tumen', name: 'Changchun-Jilin-Tumen region economic zone' };

  /** The occurrences as `placeId:name@start`, for compact expectations. */
  const found = (text: string, given: PlaceName[]): string[] =>
    findNameOccurrences(text, given).map((o: NameOccurrence) => `${o.placeId}:${o.name}@${o.start}`);

  it.each<[behaviour: string, text: string, given: PlaceName[], expected: string[]]>([
    ['finds names set off by dashes and commas', 'cities---Dalian, Harbin', CITIES, ['dalian:Dalian@9', 'harbin:Harbin@17']],
    ['does not find a name inside a longer word', 'Dalianese firms', CITIES, []],
    ['matches case exactly', 'made in northeast china', [NORTHEAST], []],
    ['finds every occurrence of a name', 'China and China', [CHINA], ['china:China@0', 'china:China@10']],
    ['lets the longest name win', 'including Northeast China', [CHINA, NORTHEAST], ['northeast-china:Northeast China@10']],
    [
      'does not find a shorter name inside the span a longer name has claimed',
      'and Changchun-Jilin-Tumen region economic zone are',
      [...CITIES, ZONE],
      ['changchun-jilin-tumen:Changchun-Jilin-Tumen region economic zone@4'],
    ],
    [
      'finds names joined by hyphens when no longer name claims them',
      'Changchun-Jilin-Tumen',
      CITIES,
      ['changchun:Changchun@0', 'jilin-city:Jilin@10', 'tumen:Tumen@16'],
    ],
    ['does not take the People’s Bank of China for China', 'the People’s Bank of China and', [CHINA], []],
    [
      'still finds China beside the People’s Bank of China',
      'made in China and the People’s Bank of China',
      [CHINA],
      ['china:China@8'],
    ],
  ])('%s', (_behaviour, text, given, expected) => {
    expect(found(text, given)).toEqual(expected);
  });

  it('knows the People’s Bank of China as a name that is no place', () => {
    expect(NOT_PLACES).toContain('People’s Bank of China');
  });

  it('rejects an empty name, which would match everywhere', () => {
    expect(() => findNameOccurrences('text', [{ placeId: 'x', name: '' }])).toThrow(/empty/);
  });
});

describe('sentenceIdsNaming', () => {
  it('gives the sentences that name a place, in document order', () => {
    expect(sentenceIdsNaming('dalian', mentions)).toEqual(['I.5.s11', 'I.6.s5']);
  });

  it('gives a sentence once when it names the place in two wordings', () => {
    expect(sentenceIdsNaming('shenyang-tiexi', mentions)).toEqual(['I.6.s3']);
  });

  it('gives none for a place no sentence names', () => {
    expect(sentenceIdsNaming('logistics-dalian', mentions)).toEqual([]);
  });
});

describe('placeIdsNamedIn', () => {
  it('gives the places a sentence names, in the order it names them', () => {
    expect(placeIdsNamedIn('I.5.s11', mentions)).toEqual(['dalian', 'harbin', 'daqing', 'yanji', 'suifenhe']);
  });

  it('gives a place once when the sentence names it in two wordings', () => {
    expect(placeIdsNamedIn('I.6.s3', mentions)).toEqual(['shenyang-tiexi', 'dalian-equipment-manufacturing-clusters']);
  });

  it('gives the region for a sentence that names no place', () => {
    expect(placeIdsNamedIn('preamble.s2', mentions)).toEqual(['northeast-china']);
  });
});
