import { describe, expect, it } from 'vitest';
import { atlasData } from '../../src/content/atlas-data.ts';
import { buildEpilogueSteps, buildTourSteps } from '../../src/content/tour-steps.ts';
import { LATER_DESIGNATIONS } from '../../src/content/later-designations-data.ts';
import { CATEGORIES } from '../../src/content/categories.ts';
import type { BasemapSources } from '../../src/data/basemap-data.ts';
import { AtlasIndex } from '../../src/state/atlas-index.ts';
import { readerShowsFor } from '../../src/state/reader-rule.ts';
import { basemap, data, document, infrastructureCollection } from './spatial-fixture.ts';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };
const noBasemap = (): BasemapSources => ({
  ...basemap,
  divisions: { type: 'FeatureCollection', features: [] },
  provinces: { type: 'FeatureCollection', features: [] },
});

describe('the atlas index', () => {
  const index = new AtlasIndex(data, infrastructureCollection, basemap);

  it('names every prefecture with its province in both languages', () => {
    expect(index.divisionNames.size).toBe(basemap.divisions.features.length);
    const harbin = [...index.divisionNames.values()].find((d) => d.nameEn === 'Harbin');
    expect(harbin).toMatchObject({ nameZh: '哈尔滨市', provinceEn: 'Heilongjiang', provinceZh: '黑龙江省' });
  });

  it('finds the prefecture a city lies in, and none at sea', () => {
    const dalian = data.placeById.get('dalian')!;
    const code = index.divisionAt(dalian.properties.label_point);
    expect(code && index.divisionNames.get(code)?.nameEn).toBe('Dalian');
    expect(index.divisionAt([123.5, 38.0])).toBeUndefined();
  });

  it('knows the ids a URL may name: places, prefectures, clauses, sentences and tour steps with sentences and the epilogue', () => {
    expect(index.known.places.has('suifenhe')).toBe(true);
    expect(index.known.divisions.size).toBe(index.divisionNames.size);
    expect(index.known.clauses.has('I.5')).toBe(true);
    expect(index.known.sentences.has('I.5.s12')).toBe(true);
    expect(index.known.tourSteps.map((s) => s.id)).toEqual([
      ...buildTourSteps(data, CATEGORIES, { sentences: true }).map((s) => s.id),
      ...buildEpilogueSteps(data, CATEGORIES, LATER_DESIGNATIONS.features).map((s) => s.id),
    ]);
  });

  it('builds the tour steps once, with and without a step per sentence', () => {
    expect(index.tourSteps.sentences.length).toBeGreaterThan(index.tourSteps.clauses.length);
    expect(index.tourSteps.clauses.map((s) => s.id)).toEqual(buildTourSteps(data, CATEGORIES, { sentences: false }).map((s) => s.id));
  });

  it('learns the prefectures of a base map that arrives after the text', () => {
    const late = new AtlasIndex(data, infrastructureCollection, noBasemap());
    expect(late.divisionNames.size).toBe(0);
    expect(late.known.divisions.size).toBe(0);
    const spatialBefore = late.spatial;
    late.setBasemap(basemap);
    expect(late.divisionNames.size).toBe(basemap.divisions.features.length);
    expect(late.known.divisions.size).toBe(late.divisionNames.size);
    expect(late.spatial).not.toBe(spatialBefore);
    expect(late.spatial.divisions.length).toBe(late.divisionNames.size);
  });

  it('indexes the text alone when the places could not be loaded: clauses and sentences, no places', () => {
    const textOnly = new AtlasIndex(atlasData(document, EMPTY), EMPTY, noBasemap());
    expect(textOnly.known.places.size).toBe(0);
    expect(textOnly.known.clauses.has('I.6')).toBe(true);
    expect(textOnly.known.sentences.size).toBe(index.known.sentences.size);
  });
});

describe('the reader rule', () => {
  const readerShows = readerShowsFor(data);

  it('shows clauses, sentences and places the text names', () => {
    expect(readerShows({ kind: 'clause', id: 'I.5' })).toBe(true);
    expect(readerShows({ kind: 'sentence', id: 'I.5.s12' })).toBe(true);
    expect(readerShows({ kind: 'place', id: 'suifenhe' })).toBe(true);
  });

  it('sends a place the text never names, and a prefecture, to the details', () => {
    const unnamed = data.places.find((p) => p.properties.sentences.length === 0);
    expect(unnamed).toBeDefined();
    expect(readerShows({ kind: 'place', id: unnamed!.properties.id })).toBe(false);
    expect(readerShows({ kind: 'division', id: '230100' })).toBe(false);
  });
});
