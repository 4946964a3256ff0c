import type { Feature, FeatureCollection, Geometry, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { atlasData, type PlaceProperties } from '../../src/content/atlas-data.ts';
import type { CategoryId } from '../../src/content/types.ts';
import { spatialContext, type LngLat } from '../../src/spatial/spatial-context.ts';
import { whatsHere } from '../../src/spatial/whats-here.ts';
import { ctx, data, document } from './spatial-fixture.ts';

const pointOf = (id: string) => (data.placeById.get(id)!.geometry as Point).coordinates as LngLat;

describe('what’s here, on the real map', () => {
  it.each([
    ['dalian', '210200', '大连市', '辽宁省', ['liaoning-coastal-economic-zone']],
    ['harbin', '230100', '哈尔滨市', '黑龙江省', ['harbin-daqing-qiqihar-corridor']],
    ['yanji', '222400', '延边朝鲜族自治州', '吉林省', ['changchun-jilin-tumen']],
    ['shenyang', '210100', '沈阳市', '辽宁省', ['shenyang-economic-zone']],
  ])('at %s’s point: division %s (%s) in %s, and its zones', (placeId, code, divisionZh, provinceZh, zones) => {
    const here = whatsHere(pointOf(placeId), ctx);
    if (here.kind !== 'inside') throw new Error('expected inside');
    expect(here.division.id).toBe(code);
    expect(here.division.nameZh).toBe(divisionZh);
    expect(here.division.nameEn).not.toBe('');
    expect(here.province.nameZh).toBe(provinceZh);
    expect(here.province.nameEn).not.toBe('');
    expect(here.zones.map((z) => z.place.properties.id)).toEqual(expect.arrayContaining(zones));
    expect(here.cities[0]?.item.properties.id).toBe(placeId);
  });

  it('quotes, for each zone, exactly the sentences the data links to it, verbatim', () => {
    const here = whatsHere(pointOf('dalian'), ctx);
    if (here.kind !== 'inside') throw new Error('expected inside');
    for (const zone of here.zones) {
      expect(zone.sentences.map((s) => s.sentence.id)).toEqual(zone.place.properties.sentences);
      for (const entry of zone.sentences) expect(data.sentenceById.get(entry.sentence.id)?.sentence.text).toBe(entry.sentence.text);
    }
  });

  it('lists in Yanbian both of its named cities, the nearer first', () => {
    const here = whatsHere(pointOf('tumen'), ctx);
    if (here.kind !== 'inside') throw new Error('expected inside');
    expect(here.cities.map((c) => c.item.properties.id)).toEqual(['tumen', 'yanji']);
  });

  it.each([
    ['the Yellow Sea', [123.5, 37.5]],
    ['Beijing', [116.4, 39.9]],
    ['Vladivostok', [131.9, 43.1]],
    ['Pyongyang', [125.75, 39.02]],
  ] as [string, LngLat][])('says %s is outside the region, yet gives its nearest places and distances', (_, spot) => {
    const here = whatsHere(spot, ctx);
    expect(here.kind).toBe('outside');
    expect('zones' in here).toBe(false);
    expect(here.nearestPlaces.length).toBeGreaterThan(0);
    expect(here.distances.seaport).not.toBeNull();
  });
});

// ---------------------------------------------------------------------------
// Synthetic polygons: a division with a hole, a two-part division sharing an
// edge with it, and zones that are a multipolygon and a ring with a hole.

const square = (w: number, s: number, e: number, n: number) => [
  [w, s], [e, s], [e, n], [w, n], [w, s],
];
const feature = (properties: Record<string, unknown>, geometry: Geometry): Feature => ({ type: 'Feature', properties, geometry });
const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

const synthetic = (() => {
  const zone = (id: string, category: CategoryId, geometry: Geometry): Feature<Geometry, PlaceProperties> => ({
    type: 'Feature',
    properties: {
      id, name_en: id, name_zh: id, category, aliases: [], provenance: 'named', sentences: ['I.6.s1'],
      mentions: [], members: [], label_point: [0, 0], note: '', note_zh: '', source: [],
      region_sentences: [], designations: [], region_wide: null, approximation: null,
    },
    geometry,
  });
  const city = zone('city-b', 'city', { type: 'Point', coordinates: [35, 5] });
  city.properties.label_point = [35, 5];
  const places = [
    zone('two-islands', 'economic-zone', { type: 'MultiPolygon', coordinates: [[square(1, 1, 3, 3)], [square(32, 2, 34, 4)]] }),
    zone('ring', 'resource-base', { type: 'Polygon', coordinates: [square(0, 0, 10, 10), square(1.5, 1.5, 2.5, 2.5)] } as Polygon),
    city,
  ];
  return spatialContext({
    data: atlasData(document, { type: 'FeatureCollection', features: places }),
    provinces: collection([feature({ id: '100000', name_en: 'Province', name_zh: '省' }, { type: 'Polygon', coordinates: [square(0, 0, 40, 10)] })]),
    divisions: collection([
      feature({ id: '100100', name_en: 'Holed', name_zh: '有洞', province: '100000' }, { type: 'Polygon', coordinates: [square(0, 0, 10, 10), square(4, 4, 6, 6)] }),
      feature({ id: '100200', name_en: 'Two parts', name_zh: '两块', province: '100000' }, {
        type: 'MultiPolygon',
        coordinates: [[square(10, 0, 20, 10)], [square(30, 0, 40, 10)]],
      }),
    ]),
    landBorder: collection([feature({}, { type: 'LineString', coordinates: [[11, 10], [13, 10]] })]),
    infrastructure: { type: 'FeatureCollection', features: [] },
  });
})();

describe('what’s here, on synthetic polygons', () => {
  it.each([
    ['inside a plain part', [8, 8], '100100', [], ['ring']],
    ['inside both parts of a multipolygon zone', [2, 3], '100100', [], ['two-islands', 'ring']],
    ['in a zone’s hole, yet in the zone’s other polygon', [2, 2], '100100', [], ['two-islands']],
    ['in the second polygon of a multipolygon division', [33, 3], '100200', [], ['two-islands']],
    ['on the outer edge of a division', [0, 5], '100100', [], ['ring']],
    ['on the edge of a division’s hole', [4, 5], '100100', [], ['ring']],
    ['on the border shared by two divisions', [10, 5], '100100', ['100200'], ['ring']],
  ] as [string, LngLat, string, string[], string[]][])('%s', (_, spot, division, alsoOn, zones) => {
    const here = whatsHere(spot, synthetic);
    if (here.kind !== 'inside') throw new Error(`expected inside at ${spot}`);
    expect(here.division.id).toBe(division);
    expect(here.province).toEqual({ id: '100000', nameEn: 'Province', nameZh: '省' });
    expect(here.alsoOnBorderOf.map((d) => d.id)).toEqual(alsoOn);
    expect(here.zones.map((z) => z.place.properties.id).sort()).toEqual([...zones].sort());
  });

  it.each([
    ['in a division’s hole', [5, 5]],
    ['between the parts of a multipolygon division', [25, 5]],
    ['beyond every division', [50, 50]],
  ] as [string, LngLat][])('is outside %s', (_, spot) => {
    expect(whatsHere(spot, synthetic).kind).toBe('outside');
  });

  it('finds the city of the division a spot lies in, even in its other part', () => {
    const here = whatsHere([12, 5], synthetic);
    if (here.kind !== 'inside') throw new Error('expected inside');
    expect(here.cities.map((c) => c.item.properties.id)).toEqual(['city-b']);
    expect(here.distances.seaport).toBeNull();
    // Five degrees of latitude south of a short border segment.
    expect(here.distances.landBorderKm).toBeCloseTo(5 * 111.19, -1);
  });
});
