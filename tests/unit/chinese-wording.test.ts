/**
 * The Chinese wording: the subtitle quotes the document's sourced title, the
 * quotes are called the translation, zones include (not govern) their
 * divisions, one spelling of square kilometres, and the Chinese map names
 * every place in Chinese.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { documentMeta } from '../../content/document-meta.ts';
import { DOCUMENT_PATH, PLACES_PATH } from '../../scripts/content/output.ts';
import { BASEMAP_PATH } from '../../scripts/geodata/output.ts';
import { INFRASTRUCTURE_PATH } from '../../scripts/infrastructure/output.ts';
import type { PolicyDocument } from '../../src/content/types.ts';
import { ZH } from '../../src/i18n/zh.ts';
import { basemapSources } from '../../src/data/basemap-data.ts';
import { baseLayers } from '../../src/map/base-layers.ts';
import { contextLayers } from '../../src/map/context-layers.ts';
import { POLICY_LAYER, policyLayers } from '../../src/map/policy-layers.ts';
import { LIGHT_PALETTE } from '../../src/map/palette.ts';

const ROOT = new URL('../../', import.meta.url);
const readText = (path: string | URL) => readFileSync(new URL(path, ROOT), 'utf8');
const readJson = <T>(path: URL) => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Every .ts file under a folder of the repository, as [path, text]. */
function sources(folder: string): [string, string][] {
  return (readdirSync(new URL(folder, ROOT), { recursive: true }) as string[])
    .filter((name) => name.endsWith('.ts'))
    .map((name) => [`${folder}${name}`, readText(`${folder}${name}`)]);
}

/**
 * The traditional characters of the copies' title and their simplified forms
 * (the copies of the Chinese text found are in traditional characters).
 */
const SIMPLIFIED: Readonly<Record<string, string>> = {
  國: '国', 務: '务', 關: '关', 於: '于', 進: '进', 實: '实', 東: '东', 區: '区', 業: '业', 興: '兴', 戰: '战', 見: '见',
};

describe('the document’s Chinese title', () => {
  it('is the title the cited copy of the Chinese text prints, character for character', () => {
    const printed = (documentMeta.titleZhSource.label.match(/[\u4e00-\u9fff]{10,}/g) ?? []).at(0) ?? '';
    expect(printed.length).toBeGreaterThan(20);
    expect([...printed].map((character) => SIMPLIFIED[character] ?? character).join('')).toBe(documentMeta.titleZh);
    expect(documentMeta.titleZhSource.url).toMatch(/^https?:\/\//);
  });

  it('is the 2009 Opinions’, not the 2003 document’s: they differ by 进一步 (“further”)', () => {
    expect(documentMeta.titleZh).toBe('国务院关于进一步实施东北地区等老工业基地振兴战略的若干意见');
  });

  it('is quoted whole, in title marks, by the Chinese subtitle, and shipped in document.json', () => {
    expect(ZH.appSubtitle).toContain(`《${documentMeta.titleZh}》`);
    expect(readJson<PolicyDocument>(DOCUMENT_PATH).meta.titleZh).toBe(documentMeta.titleZh);
  });
});

describe('the Chinese interface’s words', () => {
  it('calls the quotes the translation (政策译文), not the original', () => {
    expect(ZH.whatPolicySays(2)).toContain('政策译文');
    expect(ZH.quotedInEnglish).toContain('译文');
    expect(ZH.searchLabel).toContain('译文');
  });

  it('never says 原文 anywhere in the site’s code: the atlas holds only the translation', () => {
    const saying = sources('src/').filter(([, text]) => text.includes('原文')).map(([path]) => path);
    expect(saying).toEqual([]);
  });

  it('lists a zone’s members as the divisions it includes, not ones it governs', () => {
    expect(ZH.members).toBe('包含的地级行政区');
    const saying = [...sources('src/'), ...sources('content/')].filter(([, text]) => text.includes('所辖')).map(([path]) => path);
    expect(saying).toEqual([]);
  });

  it('names the border measured to as China’s land border', () => {
    expect(ZH.landBorder).toBe('中国陆地边界');
  });

  it('spells square kilometres one way, 平方公里, in the interface, the content and the data', () => {
    const figures = ZH.approximationFigures(1200, 700);
    expect(figures.match(/平方公里/g)).toHaveLength(2);
    const texts: [string, string][] = [
      ...sources('src/'),
      ...sources('content/'),
      ['geodata/places.geojson', readText(PLACES_PATH)],
    ];
    expect(texts.filter(([, text]) => /平方千米|千米/.test(text)).map(([path]) => path)).toEqual([]);
  });
});

/** The feature properties a text field reads, in order: the first is the name a label leads with. */
function propertiesRead(expression: unknown): string[] {
  if (!Array.isArray(expression)) return [];
  if (expression[0] === 'get' && typeof expression[1] === 'string') return [expression[1]];
  return expression.flatMap(propertiesRead);
}

const textFields = (layers: LayerSpecification[]) =>
  layers.flatMap((layer) =>
    layer.type === 'symbol' && layer.layout?.['text-field'] !== undefined
      ? [{ id: layer.id, reads: propertiesRead(layer.layout['text-field']) }]
      : [],
  );

describe('the Chinese map', () => {
  const policy = policyLayers(LIGHT_PALETTE, 'zh');
  const labels = textFields([...baseLayers(LIGHT_PALETTE, 'zh'), ...policy.under, ...policy.over, ...contextLayers(LIGHT_PALETTE, 'zh', 2025)]);

  it('leads every label with the Chinese name', () => {
    expect(labels.length).toBeGreaterThanOrEqual(9);
    for (const { id, reads } of labels) expect(reads[0], id).toBe('name_zh');
  });

  it('names the policy’s places and the facilities in Chinese alone: no English phrase beneath', () => {
    const policyIds: string[] = [POLICY_LAYER.areaLabel, POLICY_LAYER.satelliteLabel, POLICY_LAYER.markerLabel];
    const phrases = labels.filter(({ id }) => policyIds.includes(id) || id.startsWith('context-'));
    expect(phrases.length).toBe(3 + 3);
    for (const { id, reads } of phrases) expect(reads, id).toEqual(['name_zh']);
  });

  it('has a Chinese name for every place, facility and base-map name it can draw', () => {
    const named = [
      ...readJson<FeatureCollection>(PLACES_PATH).features,
      ...readJson<FeatureCollection>(INFRASTRUCTURE_PATH).features,
      ...basemapSources(readJson<Topology>(BASEMAP_PATH)).labels.features,
    ];
    expect(named.length).toBeGreaterThan(100);
    const missing = named.filter((f) => !/^[\u4e00-\u9fff·（）]+/.test(String(f.properties?.name_zh ?? ''))).map((f) => f.properties?.name_en);
    expect(missing).toEqual([]);
  });
});
