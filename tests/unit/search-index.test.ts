import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { namesToRomanise, pinyinTable } from '../../scripts/pinyin/table.ts';
import { type PlaceProperties, atlasData } from '../../src/content/atlas-data.ts';
import { basemapSources } from '../../src/data/basemap-data.ts';
import { AtlasIndex } from '../../src/state/atlas-index.ts';
import type { PolicyDocument } from '../../src/content/types.ts';
import {
  MAX_QUERY_LENGTH,
  type SearchResult,
  createSearchIndex,
  tokenize,
} from '../../src/search/search-index.ts';
import PINYIN from '../../src/search/pinyin.generated.json';
import { sentencePlace } from '../../src/ui/panel-context.ts';
import { EN } from '../../src/i18n/en.ts';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;

const data = atlasData(
  readJson<PolicyDocument>('../../geodata/document.json'),
  readJson<FeatureCollection<Geometry, PlaceProperties>>('../../geodata/places.geojson'),
);

const basemap = readJson<Topology>('../../geodata/basemap.topo.json');
const divisionNames = new AtlasIndex(data, { type: 'FeatureCollection', features: [] }, basemapSources(basemap)).divisionNames;
const index = createSearchIndex(data, (entry) => sentencePlace(EN, entry), divisionNames);

const ids = (results: SearchResult[]): string[] => results.map((result) => result.id);
const placeIds = (results: SearchResult[]): string[] =>
  results.filter((result) => result.kind === 'place').map((result) => result.id);

describe('tokenize', () => {
  it('splits Latin text on hyphens, en dashes and other punctuation', () => {
    expect(tokenize('Harbin–Daqing-Qiqihar (Corridor)')).toEqual(['harbin', 'daqing', 'qiqihar', 'corridor']);
  });

  it('folds case, full-width forms and tone marks', () => {
    expect(tokenize('Ｈａｒｂｉｎ Hā’ěrbīn')).toEqual(['harbin', 'ha', 'erbin']);
  });

  it('gives each Chinese character and each adjacent pair', () => {
    expect(tokenize('大连市')).toEqual(['大', '大连', '连', '连市', '市']);
  });

  it('gives nothing for punctuation, markup symbols and emoji alone', () => {
    expect(tokenize('(( ** 🙂 ++')).toEqual([]);
  });
});

describe('createSearchIndex', () => {
  const firstResults: [string, string, string][] = [
    ['the Chinese name without 市', '哈尔滨', 'harbin'],
    ['joined toneless pinyin', 'haerbin', 'harbin'],
    ['spaced toneless pinyin', 'ha er bin', 'harbin'],
    ['the English name', 'Harbin', 'harbin'],
    ['the English name in lower case', 'harbin', 'harbin'],
    ['the text’s hyphenated spelling of a corridor', 'Harbin-Daqing-Qiqihar', 'harbin-daqing-qiqihar-corridor'],
    ['the text’s variant spelling of a corridor', 'Heilongjiang-Daqing-Qiqihar', 'harbin-daqing-qiqihar-corridor'],
    ['the en-dash spelling of a corridor', 'Harbin–Daqing–Qiqihar', 'harbin-daqing-qiqihar-corridor'],
    ['the start of a name', 'suifen', 'suifenhe'],
    ['a name with two letters swapped', 'dalain', 'dalian'],
    ['the Chinese name of Dalian', '大连', 'dalian'],
    ['a name typed in full-width letters', 'ＤＡＬＩＡＮ', 'dalian'],
    ['a name typed with tone marks', 'Hā’ěrbīn', 'harbin'],
  ];

  it.each(firstResults)('finds by %s: %j → %s first', (_how, query, id) => {
    expect(index.search(query)[0]?.id).toBe(id);
  });

  it('finds a place by any part of its Chinese name', () => {
    expect(placeIds(index.search('尔滨'))).toContain('harbin');
    expect(placeIds(index.search('交易所'))).toContain('dalian-commodity-exchange');
  });

  it('needs the Chinese characters of a query adjacent and in order', () => {
    expect(placeIds(index.search('连大'))).not.toContain('dalian');
  });

  it('finds Dalian and the places named after it by 大连', () => {
    const found = placeIds(index.search('大连', 50));
    expect(found).toEqual(
      expect.arrayContaining([
        'dalian',
        'dalian-commodity-exchange',
        'dalian-equipment-manufacturing-clusters',
        'dalian-eco-industrial-demonstration-zone',
      ]),
    );
    expect(found).not.toContain('harbin');
  });

  it('ranks the exact name above places that only contain it', () => {
    const found = placeIds(index.search('Dalian', 50));
    expect(found[0]).toBe('dalian');
    expect(found).toContain('dalian-commodity-exchange');
  });

  it('narrows as words are added: every word must match', () => {
    expect(placeIds(index.search('Dalian exchange'))).toEqual(['dalian-commodity-exchange']);
  });

  it('finds the verbatim sentence text: futures → the Dalian Commodity Exchange sentence of clause 5', () => {
    const sentences = index.search('futures').filter((result) => result.kind === 'sentence');
    expect(sentences[0]).toMatchObject({ kind: 'sentence', id: 'I.5.s7', clauseLabel: 'Clause 5' });
    expect(sentences[0]?.kind === 'sentence' && sentences[0].text).toMatch(/^Dalian Commodity Exchange is supported/);
  });

  it('labels sentences outside the clauses with the preamble and opening labels', () => {
    const opening = data.document.opening.sentences[0];
    const preamble = data.document.preamble.sentences[0];
    if (!opening || !preamble) throw new Error('document has no opening or preamble');
    const labelOf = (text: string, id: string) =>
      index
        .search(text.split(/\s+/).slice(0, 6).join(' '), 200)
        .find((result) => result.kind === 'sentence' && result.id === id);
    expect(labelOf(opening.text, opening.id)).toMatchObject({ clauseLabel: 'Opening' });
    expect(labelOf(preamble.text, preamble.id)).toMatchObject({ clauseLabel: 'Preamble' });
  });

  it('lists places before sentences', () => {
    const kinds = index.search('Dalian', 50).map((result) => result.kind);
    expect(kinds).toContain('sentence');
    expect(kinds.indexOf('sentence')).toBeGreaterThan(kinds.lastIndexOf('place'));
  });

  it('returns place results with their names and category', () => {
    expect(index.search('Harbin')[0]).toEqual({
      kind: 'place',
      id: 'harbin',
      nameEn: 'Harbin',
      nameZh: '哈尔滨市',
      category: 'city',
    });
  });

  it('returns at most the limit asked for, and a default limit otherwise', () => {
    expect(index.search('a', 3)).toHaveLength(3);
    expect(index.search('a').length).toBeLessThanOrEqual(12);
    expect(index.search('Harbin', 0)).toEqual([]);
    expect(() => index.search('Harbin', Number.NaN)).not.toThrow();
    expect(() => index.search('Harbin', -5)).not.toThrow();
  });

  it('ignores surrounding whitespace', () => {
    expect(ids(index.search('  Harbin \n'))).toEqual(ids(index.search('Harbin')));
  });

  const oddInputs: [string, string][] = [
    ['an empty query', ''],
    ['only whitespace', '   '],
    ['markup', '<script>alert(1)</script>'],
    ['regular-expression characters', '(('],
    ['more regular-expression characters', '.*+?^${}()|[]\\'],
    ['emoji', '🙂🚄'],
    ['a lone surrogate', '\uD800'],
    ['a very long query', 'a'.repeat(10_000)],
    ['a very long Chinese query', '大连'.repeat(5_000)],
  ];

  it.each(oddInputs)('never throws on %s', (_what, query) => {
    expect(() => index.search(query)).not.toThrow();
    expect(Array.isArray(index.search(query))).toBe(true);
  });

  it('returns nothing for empty, blank or symbol-only queries', () => {
    for (const query of ['', '   ', '((', '🙂']) expect(index.search(query)).toEqual([]);
  });

  it(`reads no more than ${MAX_QUERY_LENGTH} characters of a query`, () => {
    const long = `Harbin${' '.repeat(MAX_QUERY_LENGTH)}zzzzzzzz`;
    expect(index.search(long)[0]?.id).toBe('harbin');
  });
});

describe('prefectures in search', () => {
  const mudanjiang = { kind: 'division', id: '231000', nameEn: 'Mudanjiang', nameZh: '牡丹江市' };

  const firstDivisions: [string, string, string][] = [
    ['the English name', 'Mudanjiang', '231000'],
    ['the Chinese name', '牡丹江市', '231000'],
    ['the Chinese name without 市', '牡丹江', '231000'],
    ['joined toneless pinyin', 'mudanjiang', '231000'],
    ['spaced toneless pinyin', 'mu dan jiang', '231000'],
    ['a Chinese name without 盟', '兴安盟', '152200'],
    ['an English name without League', 'Xilingol', '152500'],
    ['a Chinese name without its autonomous-prefecture suffix', '延边', '222400'],
    ['an English name without its autonomous-prefecture suffix', 'Yanbian', '222400'],
    ['the pinyin of a prefecture with a polyphonic first character (朝 chao)', 'chaoyang', '211300'],
  ];

  it.each(firstDivisions)('finds a prefecture by %s: %j → division %s first', (_how, query, code) => {
    const first = index.search(query).find((result) => result.kind === 'division');
    expect(first?.id).toBe(code);
  });

  it('returns a division result with its code and names, ready to select', () => {
    expect(index.search('Mudanjiang')).toContainEqual(mudanjiang);
  });

  it('ranks the city the text names above the prefecture of the same name', () => {
    const kinds = index.search('Dalian', 50).map((result) => `${result.kind}:${result.id}`);
    expect(kinds[0]).toBe('place:dalian');
    expect(kinds).toContain('division:210200');
    expect(kinds.indexOf('division:210200')).toBeLessThan(kinds.findIndex((kind) => kind.startsWith('sentence:')));
  });

  it('finds every prefecture of the base map by its English name', () => {
    expect(divisionNames.size).toBeGreaterThan(40);
    for (const [code, names] of divisionNames) {
      const found = index.search(names.nameEn, 50).filter((result) => result.kind === 'division').map((result) => result.id);
      expect(found, names.nameEn).toContain(code);
    }
  });

  it('leaves divisions out when no base map is given', () => {
    const withoutBasemap = createSearchIndex(data, (entry) => sentencePlace(EN, entry));
    expect(withoutBasemap.search('Mudanjiang', 50).some((result) => result.kind === 'division')).toBe(false);
    expect(withoutBasemap.search('Harbin')[0]?.id).toBe('harbin');
  });
});

describe('the pinyin table made at build time', () => {
  it('is current: it is what scripts/pinyin makes from today’s names (else run npm run pinyin)', () => {
    const places = readJson<{ features: { properties: { name_zh: string } }[] }>('../../geodata/places.geojson');
    expect(PINYIN).toEqual(pinyinTable(namesToRomanise(places, basemap)));
  });

  it('spells a Chinese name as its English name where that name is pinyin', () => {
    const table: Record<string, string> = PINYIN;
    const checked = [...divisionNames.values()].filter((names) => /^[A-Z][a-z]+$/.test(names.nameEn));
    expect(checked.length).toBeGreaterThan(30);
    // Where the English name is a non-pinyin form the Chinese is not read as: Harbin (哈尔滨, ha er bin) and Qiqihar.
    const notPinyin = new Set(['Harbin', 'Qiqihar', 'Hulunbuir']);
    for (const names of checked.filter((n) => !notPinyin.has(n.nameEn))) {
      const han = names.nameZh.replace(/市$/u, '');
      expect(table[han]?.replaceAll(' ', ''), names.nameZh).toBe(names.nameEn.toLowerCase());
    }
  });
});
