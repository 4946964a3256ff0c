import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { designations } from '../../content/designations.ts';
import { places } from '../../content/places.ts';
import { PLACES_PATH } from '../../scripts/content/output.ts';
import type { PlaceProperties } from '../../src/content/atlas-data.ts';
import {
  DESIGNATIONS,
  DESIGNATIONS_OF_OLD_CATEGORY,
  designationById,
  designationsForHideToken,
  type DesignationId,
  THEMES,
} from '../../src/content/designations.ts';
import { CATEGORIES } from '../../src/content/categories.ts';
import type { PolicyDocument } from '../../src/content/types.ts';

const document = JSON.parse(
  readFileSync(new URL('../../geodata/document.json', import.meta.url), 'utf8'),
) as PolicyDocument;
const sentenceText = new Map(
  [document.opening, document.preamble, ...document.sections.flatMap((s) => s.clauses.map((c) => c.paragraph))]
    .flatMap((p) => p.sentences)
    .map((s) => [s.id, s.text]),
);
const openData = JSON.parse(readFileSync(PLACES_PATH, 'utf8')) as FeatureCollection<Geometry | null, PlaceProperties>;

const membersOf = (id: DesignationId) =>
  designations
    .filter((d) => d.designation === id)
    .map((d) => d.place)
    .sort();

describe('content/designations.ts', () => {
  it('cites only sentences of the document and quotes their words verbatim', () => {
    const misquoted = designations.filter((d) => !sentenceText.get(d.sentence)?.includes(d.words));
    expect(misquoted).toEqual([]);
  });

  it('names the place in the cited words, by its name or an alias', () => {
    const unnamed = designations.filter((d) => {
      const place = places.find((p) => p.id === d.place);
      if (!place) return true;
      if (designationById(d.designation).basis === 'context') return false;
      const names = [place.nameEn, ...place.aliases];
      return !names.some((name) => d.words.includes(name));
    });
    expect(unnamed.map((d) => `${d.place} / ${d.designation}`)).toEqual([]);
  });

  it('gives a designation only to places of the gazetteer, each at most once', () => {
    const ids = new Set(places.map((p) => p.id));
    expect(designations.filter((d) => !ids.has(d.place))).toEqual([]);
    const keys = designations.map((d) => `${d.place}/${d.designation}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('sources every context designation, whose places the text does not name', () => {
    for (const fact of designations) {
      const context = designationById(fact.designation).basis === 'context';
      expect(fact.source !== undefined, `${fact.place} / ${fact.designation}`).toBe(context);
    }
  });

  it.each([
    ['hi-tech-industrial-base', 'I.6.s5', ['changchun', 'dalian', 'harbin', 'shenyang', 'tonghua']],
    ['service-outsourcing-demonstration-city', 'I.5.s11', ['dalian', 'daqing', 'harbin']],
    ['software-outsourcing-city', 'I.5.s11', ['suifenhe', 'yanji']],
    ['economic-zone', 'I.6.s2', ['changchun-jilin-tumen', 'liaoning-coastal-economic-zone', 'shenyang-economic-zone']],
    ['industrial-corridor', 'I.6.s2', ['harbin-daqing-qiqihar-corridor']],
    [
      'energy-chemicals-base',
      'I.6.s4',
      ['east-heilongjiang-coal-power-chemical-base', 'east-inner-mongolia-energy-base', 'west-liaoning-coal-chemical-base'],
    ],
    ['equipment-manufacturing', 'I.6.s3', ['dalian-equipment-manufacturing-clusters', 'shenyang-tiexi']],
    ['logistics-node', 'I.5.s9', ['logistics-changchun', 'logistics-dalian', 'logistics-harbin', 'logistics-shenyang']],
  ] as const)('gives %s to the places the text lists in %s', (id, sentence, members) => {
    expect(membersOf(id)).toEqual([...members]);
    expect(new Set(designations.filter((d) => d.designation === id).map((d) => d.sentence))).toEqual(new Set([sentence]));
  });

  it('says the text names no logistics parks: the logistics cities are context', () => {
    expect(sentenceText.get('I.5.s9')).toContain('a batch of major regional logistics parks');
    expect(designationById('logistics-node').basis).toBe('context');
    expect(designationById('logistics-node').note_en).toMatch(/names none/);
    for (const fact of designations.filter((d) => d.designation === 'logistics-node')) {
      expect(places.find((p) => p.id === fact.place)?.provenance).toBe('context');
    }
  });

  it('lets a place hold several designations: Dalian is a hi-tech base and a service-outsourcing city', () => {
    expect(
      designations
        .filter((d) => d.place === 'dalian')
        .map((d) => d.designation)
        .sort(),
    ).toEqual(['hi-tech-industrial-base', 'service-outsourcing-demonstration-city']);
  });

  it('gives every place of the gazetteer at least one designation, so that the key can show or hide it', () => {
    const bare = places.filter((p) => !designations.some((d) => d.place === p.id)).map((p) => p.id);
    expect(bare).toEqual([]);
  });
});

describe('the open data’s designations', () => {
  it('are the content’s facts, place by place, as {id, sentence, words}', () => {
    for (const place of openData.features) {
      const expected = designations
        .filter((d) => d.place === place.properties.id)
        .map((d) => ({ id: d.designation, sentence: d.sentence, words: d.words }));
      expect(place.properties.designations, place.properties.id).toEqual(expected);
    }
  });
});

describe('THEMES', () => {
  it('opens with the product’s four themes, in order, then the rest', () => {
    expect(THEMES.slice(0, 4).map((t) => t.label_en)).toEqual([
      'Economic zones',
      'Hi-tech industrial bases',
      'Service-outsourcing cities',
      'Logistics',
    ]);
    expect(THEMES.map((t) => t.primary)).toEqual(THEMES.map((_, i) => i < 4));
  });

  it('holds every designation in exactly one theme, in the table’s order', () => {
    expect(THEMES.flatMap((t) => t.designations)).toEqual(DESIGNATIONS.map((d) => d.id));
  });

  it('labels every theme and designation in English and Chinese', () => {
    for (const row of [...THEMES, ...DESIGNATIONS]) {
      expect(row.label_en, row.id).toMatch(/^[A-Z]/);
      expect(row.label_zh, row.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('gives no theme without a designation', () => {
    expect(THEMES.filter((t) => t.designations.length === 0)).toEqual([]);
  });
});

describe('designationsForHideToken', () => {
  it.each([
    ['hi-tech-industrial-base', ['hi-tech-industrial-base']],
    ['service-outsourcing', ['service-outsourcing-demonstration-city', 'software-outsourcing-city']],
    ['logistics-hub', ['logistics-node']],
    ['resource-base', ['energy-chemicals-base']],
    ['wider-area', ['wider-reference']],
    ['no-such-thing', []],
    ['toString', []],
  ] as const)('reads %s as %j', (token, expected) => {
    expect(designationsForHideToken(token)).toEqual([...expected]);
  });

  it('maps every old category id, and only to designations its places held', () => {
    expect(Object.keys(DESIGNATIONS_OF_OLD_CATEGORY).sort()).toEqual(CATEGORIES.map((c) => c.id).sort());
    for (const [category, ids] of Object.entries(DESIGNATIONS_OF_OLD_CATEGORY)) {
      const held = new Set(
        designations
          .filter((d) => places.find((p) => p.id === d.place)?.category === category)
          .map((d) => d.designation as string),
      );
      for (const id of ids) expect(held.has(id), `${category} → ${id}`).toBe(true);
    }
  });
});
