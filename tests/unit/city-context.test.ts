import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CONTEXT_NAMES } from '../../content/context-names.ts';
import { WATER_NAMES } from '../../content/water-names.ts';
import {
  type CityContextProperties,
  buildCityContext,
  cityContextFile,
  distanceKm,
  isPolicyPlace,
  localUnitBare,
  localUnitNameZh,
  readsAs,
  townMinZoom,
  townNameZh,
  withoutSuffix,
} from '../../scripts/city-context/build.ts';
import { readCityContextInputs } from '../../scripts/city-context/inputs.ts';
import { CITY_CONTEXT_PATH } from '../../scripts/city-context/output.ts';
import { CITY_CONTEXT_LABEL_LAYER_IDS, CITY_CONTEXT_SOURCE, COAST_SOURCE } from '../../src/map/city-context-ids.ts';
import { cityContextLayers, contextLabel, townDot } from '../../src/map/city-context-layers.ts';
import { DARK_PALETTE } from '../../src/map/palette-dark.ts';
import { LIGHT_PALETTE } from '../../src/map/palette.ts';

const inputs = readCityContextInputs();
const built = buildCityContext(inputs);
const committed = JSON.parse(readFileSync(CITY_CONTEXT_PATH, 'utf8')) as FeatureCollection<Geometry, CityContextProperties>;
const ofLayer = (layer: CityContextProperties['layer']) => committed.features.filter((f) => f.properties.layer === layer);

describe('geodata/site/city-context.json', () => {
  it('is what `npm run city-context` writes from the vendored pack, the names table and the atlas data', () => {
    expect(cityContextFile(built) === readFileSync(CITY_CONTEXT_PATH, 'utf8')).toBe(true);
  });

  it('holds every river and lake of the pack and the atlas’s schematic railways, each labelled as schematic', () => {
    expect(ofLayer('river')).toHaveLength(inputs.rivers.features.length);
    expect(ofLayer('lake')).toHaveLength(inputs.lakes.features.length);
    const railways = ofLayer('railway');
    expect(railways.length).toBeGreaterThan(0);
    for (const railway of railways) {
      expect(railway.properties.name_en).toBe('Railway (schematic)');
      expect(railway.properties.name_zh).toBe('铁路（示意）');
    }
  });

  it('gives a river or lake a Chinese name only where content/context-names.ts cites a source for it', () => {
    const sourced = new Map(Object.values(CONTEXT_NAMES).filter((n) => n.nameZh).map((n) => [n.nameEn, n]));
    for (const feature of [...ofLayer('river'), ...ofLayer('lake')]) {
      const { name_en: en, name_zh: zh } = feature.properties;
      if (!zh) continue;
      const name = sourced.get(en ?? '');
      expect(name?.nameZh, en).toBe(zh);
      expect(name?.source?.url, en).toMatch(/^https?:\/\//);
    }
    const songhua = ofLayer('river').find((f) => f.properties.name_en === 'Songhua');
    expect(songhua?.properties.name_zh).toBe('松花江');
  });

  it('names each sea and bay of content/water-names.ts in both languages at its source’s point, from its own zoom', () => {
    const waters = ofLayer('water');
    expect(waters.map((f) => [f.properties.name_en, f.properties.name_zh, (f.geometry as Point).coordinates, f.properties.minzoom])).toEqual(
      WATER_NAMES.map((w) => [w.nameEn, w.nameZh, w.at, w.minzoom]),
    );
    for (const water of WATER_NAMES) expect(water.source.url, water.nameEn).toMatch(/^https?:\/\//);
    expect(waters.find((f) => f.properties.name_en === 'Dalian Bay')?.properties.name_zh).toBe('大连湾');
  });

  it('names the rivers in plain ASCII English, as the fonts and search expect', () => {
    for (const feature of committed.features) expect(feature.properties.name_en ?? '', feature.properties.name_en).not.toMatch(/’/);
  });

  it('leaves out the towns the policy names, and any town within 4 km of a bigger one', () => {
    const towns = ofLayer('town');
    for (const town of towns) {
      const at = (town.geometry as Point).coordinates;
      for (const point of inputs.policyPoints) expect(distanceKm(point.at, at), town.properties.name_en).toBeGreaterThanOrEqual(3);
    }
    for (const name of ['Harbin', 'Qiqihar', 'Dalian', 'Suifenhe']) expect(towns.some((town) => town.properties.name_en === name), name).toBe(false);
    expect(towns.find((town) => town.properties.name_en === 'Acheng')).toBeDefined();
    // A district of Daqing 6 km from its marker is a town of its own name, not the policy's place.
    expect(towns.find((town) => town.properties.name_en === 'Longfeng')).toBeDefined();
  });

  it('takes a town for a policy place under its marker, or near one of its own name', () => {
    const harbin = [{ at: [126.65, 45.75], name: 'Harbin' }];
    expect(isPolicyPlace({ name: 'Harbin', at: [126.7, 45.78] }, harbin)).toBe(true);
    expect(isPolicyPlace({ name: 'Acheng', at: [126.66, 45.76] }, harbin)).toBe(true);
    expect(isPolicyPlace({ name: 'Acheng', at: [126.95, 45.54] }, harbin)).toBe(false);
    expect(isPolicyPlace({ name: 'Harbin', at: [127.0, 45.75] }, harbin)).toBe(false);
    expect(isPolicyPlace({ name: 'Jilin', at: [126.57, 43.85] }, [{ at: [126.55, 43.84], name: 'Jilin City' }])).toBe(true);
  });

  it('draws bigger towns from lower zooms', () => {
    for (const town of ofLayer('town')) expect(town.properties.minzoom).toBe(townMinZoom(town.properties.population ?? 0));
    expect([townMinZoom(600_000), townMinZoom(150_000), townMinZoom(40_000), townMinZoom(0)]).toEqual([6, 7, 8, 9]);
  });
});

describe('a town’s Chinese name', () => {
  const divisions = inputs.divisions;
  const nePlace = (name: string, nameZh: string, at: [number, number]) => ({
    type: 'FeatureCollection' as const,
    features: [{ type: 'Feature' as const, properties: { name, name_zh: nameZh }, geometry: { type: 'Point' as const, coordinates: at } }],
  });

  it('drops an administrative suffix only where a name of two characters or more remains', () => {
    expect(withoutSuffix('柳河县')).toBe('柳河');
    expect(withoutSuffix('双城区')).toBe('双城');
    expect(withoutSuffix('通化市')).toBe('通化');
    expect(withoutSuffix('县')).toBe('县');
  });

  it('reads pinyin as postal spellings read it', () => {
    expect(readsAs('哈尔滨', 'Harbin')).toBe(true);
    expect(readsAs('依安', "Yi'an")).toBe(true);
    expect(readsAs('路南', 'Hangu')).toBe(false);
  });

  it('is Natural Earth’s where it reads as the GeoNames name, and nothing where it does not (Hangu is not 路南区)', () => {
    const town = { name: 'Shangzhi', feature_code: 'PPL', at: [127.96, 45.21] };
    expect(townNameZh(town, nePlace('Shangzhi', '尚志', [127.97, 45.22]), divisions)).toBe('尚志');
    expect(townNameZh({ name: 'Hangu', feature_code: 'PPL', at: [117.8, 39.25] }, nePlace('Hangu', '路南区', [117.8, 39.25]), divisions)).toBeUndefined();
  });

  it('is not taken from a place of the same name far away', () => {
    const town = { name: 'Shangzhi', feature_code: 'PPL', at: [127.96, 45.21] };
    expect(townNameZh(town, nePlace('Shangzhi', '尚志', [128.5, 45.21]), divisions)).toBeUndefined();
  });
});

describe('a town’s Chinese name from the statistical division codes', () => {
  const units = [
    { name: '金州区', cityCode: '2102' },
    { name: '大连湾街道', cityCode: '2102' },
    { name: '岫岩满族自治县', cityCode: '2103' },
    { name: '锦州市', cityCode: '2107' },
    { name: '新兴街道', cityCode: '2106' },
    { name: '新星镇', cityCode: '2106' },
  ];
  const square = (id: string, [west, south, east, north]: [number, number, number, number]) => ({
    type: 'Feature' as const,
    properties: { id },
    geometry: { type: 'Polygon' as const, coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] },
  });
  const prefectures = [square('210200', [121, 38.5, 123, 40]), square('210600', [123.5, 39.5, 125, 41])];

  it('drops what says what a unit is, autonomous counties’ peoples included, where two characters remain', () => {
    expect(['金州区', '大连湾街道', '岫岩满族自治县', '莫力达瓦达斡尔族自治旗', '新星镇', '东区'].map(localUnitBare)).toEqual([
      '金州',
      '大连湾',
      '岫岩',
      '莫力达瓦',
      '新星',
      '东区',
    ]);
  });

  it('is the one unit of the town’s own prefecture that reads as its name, else none', () => {
    expect(localUnitNameZh({ name: 'Jinzhou', at: [121.72, 39.1] }, prefectures, units)).toBe('金州');
    expect(localUnitNameZh({ name: 'Dalianwan', at: [121.69, 39.03] }, prefectures, units)).toBe('大连湾');
    // Jinzhou the prefecture city (锦州) is not in Dalian's units; outside every prefecture there is no match.
    expect(localUnitNameZh({ name: 'Jinzhou', at: [121.14, 41.11] }, prefectures, units)).toBeUndefined();
    // Two units of Dandong read as "Xinxing" (新兴, 新星): which is meant is not known, so neither is taken.
    expect(localUnitNameZh({ name: 'Xinxing', at: [124.12, 39.87] }, prefectures, units)).toBeUndefined();
  });
});

describe('the city context’s layers', () => {
  for (const [scheme, palette] of [['light', LIGHT_PALETTE], ['dark', DARK_PALETTE]] as const) {
    for (const lang of ['en', 'zh'] as const) {
      it(`are a valid style in the ${scheme} scheme, ${lang}`, () => {
        const { ground, under, coast, labels } = cityContextLayers(palette, lang);
        const empty = { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } };
        const style = {
          version: 8 as const,
          sources: { [CITY_CONTEXT_SOURCE]: empty, [COAST_SOURCE]: empty },
          layers: [...ground, ...under, ...coast, ...labels],
        };
        expect(validateStyleMin(style)).toEqual([]);
        for (const layer of [...under, ...labels]) expect('source' in layer && layer.source).toBe(CITY_CONTEXT_SOURCE);
        for (const layer of [...ground, ...coast]) expect('source' in layer && layer.source).toBe(COAST_SOURCE);
        expect(labels.every((layer) => layer.type === 'symbol')).toBe(true);
        expect(labels.map((layer) => layer.id).sort()).toEqual([...CITY_CONTEXT_LABEL_LAYER_IDS].sort());
      });
    }
  }

  it('name a feature in Chinese on the Chinese map where a Chinese name is sourced, else in English', () => {
    expect(contextLabel('zh')).toEqual(['coalesce', ['get', 'name_zh'], ['get', 'name_en']]);
    expect(contextLabel('en')).toEqual(['get', 'name_en']);
  });

  it('draw a town’s dot in the palette’s town colour, transparent at its corners', () => {
    const dot = townDot(LIGHT_PALETTE, 2);
    const centre = ((dot.height >> 1) * dot.width + (dot.width >> 1)) * 4;
    expect([...dot.data.slice(centre, centre + 3)].map((v) => v.toString(16).padStart(2, '0')).join('')).toBe(LIGHT_PALETTE.colors.town.slice(1));
    expect(dot.data[3]).toBe(0);
  });
});
