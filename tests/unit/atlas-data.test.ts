import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  atlasData,
  designationsOf,
  placesNamedIn,
  placesOfSelection,
  placesShown,
  sentencesNaming,
  sentencesQuotedFor,
  type PlaceProperties,
} from '../../src/content/atlas-data.ts';
import type { PolicyDocument } from '../../src/content/types.ts';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const data = atlasData(
  read('../../geodata/document.json') as PolicyDocument,
  read('../../geodata/places.geojson') as FeatureCollection<Geometry | null, PlaceProperties>,
);

describe('atlasData', () => {
  it('keeps places without geometry apart from the places the map draws', () => {
    expect(data.places.every((place) => place.geometry !== null)).toBe(true);
    expect(data.regionWidePlaces.map((place) => place.properties.id)).toEqual(['northeast-property-rights-exchange-platform']);
    expect(data.placeById.has('northeast-property-rights-exchange-platform')).toBe(false);
  });
});

describe('sentencesNaming', () => {
  it('gives the region both the sentences that name it and those linked to it by default, in reading order', () => {
    const ids = sentencesNaming(data, 'northeast-china').map((entry) => entry.sentence.id);
    expect(ids).toHaveLength(59);
    expect(ids.slice(0, 3)).toEqual(['preamble.s1', 'preamble.s2', 'preamble.s3']);
    expect(ids).not.toContain('opening.s1');
  });
});

describe('sentencesQuotedFor', () => {
  it('counts every sentence the panel quotes for Daqing once: the one naming it and the corridor’s that gives its designation', () => {
    const quoted = sentencesQuotedFor(data, 'daqing').map((entry) => entry.sentence.id);
    const designations = designationsOf(data, 'daqing').map((d) => d.sentence);
    expect(quoted).toEqual(['I.5.s11', 'I.6.s2']);
    expect(designations.every((id) => quoted.includes(id))).toBe(true);
    expect(sentencesNaming(data, 'daqing').map((entry) => entry.sentence.id)).toEqual(['I.5.s11']);
  });

  it('quotes for every place each sentence of its designations and its links, and no other', () => {
    for (const place of data.places) {
      const id = place.properties.id;
      const expected = new Set([...sentencesNaming(data, id).map((e) => e.sentence.id), ...designationsOf(data, id).map((d) => d.sentence)]);
      const quoted = sentencesQuotedFor(data, id).map((entry) => entry.sentence.id);
      expect(new Set(quoted), id).toEqual(expected);
      expect(quoted.length, id).toBe(expected.size);
    }
  });
});

describe('placesNamedIn', () => {
  it('gives the region for a sentence linked to it by default', () => {
    expect(placesNamedIn(data, 'I.2.s1').map((place) => place.properties.id)).toEqual(['northeast-china']);
  });

  it('gives no place for the nationwide address line', () => {
    expect(placesNamedIn(data, 'opening.s1')).toEqual([]);
  });

  it('gives, for every sentence, exactly the places that link it, each once, in place order', () => {
    for (const { sentence } of data.sentences) {
      const linking = data.places.filter(
        (place) => place.properties.sentences.includes(sentence.id) || place.properties.region_sentences.includes(sentence.id),
      );
      expect(placesNamedIn(data, sentence.id), sentence.id).toEqual(linking);
    }
  });

  it('hands out a copy: changing the result changes no later answer', () => {
    placesNamedIn(data, 'I.2.s1').pop();
    expect(placesNamedIn(data, 'I.2.s1')).toHaveLength(1);
  });
});

describe('placesOfSelection', () => {
  const ids = (selection: Parameters<typeof placesOfSelection>[1]) =>
    placesOfSelection(data, selection).map((place) => place.properties.id);

  it('gives a selected place itself, and nothing for a place the map does not draw', () => {
    expect(ids({ kind: 'place', id: 'dalian' })).toEqual(['dalian']);
    expect(ids({ kind: 'place', id: 'northeast-property-rights-exchange-platform' })).toEqual([]);
  });

  it('gives the places a selected sentence names', () => {
    expect(ids({ kind: 'sentence', id: 'I.4.s7' })).toEqual(['northeast-china', 'neighboring-countries', 'northeast-asia']);
  });

  it('gives each place a selected clause names once, in the order its sentences name them', () => {
    expect(ids({ kind: 'clause', id: 'I.1' })).toEqual(['northeast-china', 'china']);
  });

  it('gives no place for a division, an unknown clause or no selection', () => {
    expect(ids({ kind: 'division', id: '210200' })).toEqual([]);
    expect(ids({ kind: 'clause', id: 'IX.99' })).toEqual([]);
    expect(ids(null)).toEqual([]);
  });
});

describe('designationsOf', () => {
  it('gives each of Dalian’s designations with the sentence that confers it', () => {
    expect(designationsOf(data, 'dalian').map((d) => [d.id, d.sentence])).toEqual([
      ['hi-tech-industrial-base', 'I.6.s5'],
      ['service-outsourcing-demonstration-city', 'I.5.s11'],
    ]);
  });

  it('gives none for an unknown place', () => {
    expect(designationsOf(data, 'atlantis')).toEqual([]);
  });
});

describe('placesShown', () => {
  const ids = (hidden: string[]) =>
    placesShown(data, new Set(hidden as never[])).map((place) => place.properties.id);

  it('keeps Dalian while one of its designations is on', () => {
    expect(ids(['hi-tech-industrial-base'])).toContain('dalian');
    expect(ids(['hi-tech-industrial-base'])).not.toContain('tonghua');
  });

  it('hides Dalian when all its designations are off', () => {
    expect(ids(['hi-tech-industrial-base', 'service-outsourcing-demonstration-city'])).not.toContain('dalian');
  });

  it('shows every place when nothing is hidden', () => {
    expect(ids([])).toHaveLength(data.places.length);
  });
});
