import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { placesNamedIn, sentencesNaming } from '../../src/content/atlas-data.ts';
import { selectionContents, selectionCsv, selectionFileName, selectionGeoJson } from '../../src/export/selection-download.ts';
import { basemapSources } from '../../src/data/basemap-data.ts';
import type { Selection } from '../../src/state/app-state.ts';
import { parseCsv } from './csv-parse.ts';
import { loadAtlasData, readJson } from './atlas-fixture.ts';

const data = loadAtlasData();
const { divisions } = basemapSources(readJson<Topology>('../../geodata/basemap.topo.json'));

const geoIds = (selection: Selection) => selectionGeoJson(selection, data, divisions).features.map((f) => f.properties?.id);
const csvIds = (selection: Selection) => parseCsv(selectionCsv(selection, data, divisions).slice(1)).slice(1).map((row) => row[0]);

describe('selection downloads', () => {
  it('a place gives its own feature and the sentences that name it', () => {
    expect(geoIds({ kind: 'place', id: 'suifenhe' })).toEqual(['suifenhe']);
    expect(csvIds({ kind: 'place', id: 'suifenhe' })).toEqual(sentencesNaming(data, 'suifenhe').map((e) => e.sentence.id));
  });

  it('a sentence gives itself and the places it names', () => {
    expect(csvIds({ kind: 'sentence', id: 'I.5.s12' })).toEqual(['I.5.s12']);
    expect(geoIds({ kind: 'sentence', id: 'I.5.s12' })).toEqual(placesNamedIn(data, 'I.5.s12').map((p) => p.properties.id));
  });

  it('a clause gives its sentences in order and every place any of them names, once', () => {
    const clause = data.clauseById.get('I.6')!;
    expect(csvIds({ kind: 'clause', id: 'I.6' })).toEqual(clause.paragraph.sentences.map((s) => s.id));
    const named = new Set(clause.paragraph.sentences.flatMap((s) => placesNamedIn(data, s.id).map((p) => p.properties.id)));
    const ids = geoIds({ kind: 'clause', id: 'I.6' });
    expect(new Set(ids)).toEqual(named);
    expect(ids).toHaveLength(named.size);
  });

  it('a division gives its outline first, the zones it is a member of, and the named points inside it', () => {
    const dalianDivision = '210200';
    const collection = selectionGeoJson({ kind: 'division', id: dalianDivision }, data, divisions);
    const [outline, ...places] = collection.features;
    expect(outline.properties).toMatchObject({ id: dalianDivision, kind: 'division' });
    const ids = places.map((f) => f.properties?.id);
    expect(ids).toContain('liaoning-coastal-economic-zone');
    expect(ids).toContain('dalian');
    expect(ids).not.toContain('harbin');
    for (const place of places) {
      const members = (place.properties?.members ?? []) as { id: string }[];
      const inside =
        place.geometry.type === 'Point' &&
        booleanPointInPolygon((place.geometry as Point).coordinates, outline as Feature<Polygon | MultiPolygon>);
      expect(members.some((m) => m.id === dalianDivision) || inside, String(place.properties?.id)).toBe(true);
    }
    const sentences = new Set(csvIds({ kind: 'division', id: dalianDivision }));
    for (const id of sentencesNaming(data, 'dalian').map((e) => e.sentence.id)) expect(sentences.has(id)).toBe(true);
  });

  it.each<Selection>([
    { kind: 'place', id: 'atlantis' },
    { kind: 'division', id: '999999' },
    { kind: 'clause', id: 'IX.1' },
    { kind: 'sentence', id: 'I.9.s99' },
  ])('an unknown %o gives an empty collection and a CSV of just its header', (selection) => {
    expect(selectionGeoJson(selection, data, divisions)).toEqual({ type: 'FeatureCollection', features: [] });
    expect(parseCsv(selectionCsv(selection, data, divisions).slice(1))).toHaveLength(1);
  });

  it('a division without the base map’s divisions gives nothing rather than guessing', () => {
    expect(selectionContents({ kind: 'division', id: '210200' }, data).places).toEqual([]);
  });

  it.each<[Selection, 'geojson' | 'csv', string]>([
    [{ kind: 'place', id: 'suifenhe' }, 'geojson', 'northeast-atlas-place-suifenhe-as-of-2025.geojson'],
    [{ kind: 'sentence', id: 'I.5.s12' }, 'csv', 'northeast-atlas-sentence-I-5-s12-as-of-2025.csv'],
    [{ kind: 'division', id: '210200' }, 'csv', 'northeast-atlas-division-210200-as-of-2025.csv'],
  ])('%o downloads as a .%s named %s, with the year of the view', (selection, extension, name) => {
    expect(selectionFileName(selection, extension, 2025)).toBe(name);
    expect(selectionFileName(selection, extension, 2009)).toBe(name.replace('2025', '2009'));
  });
});
