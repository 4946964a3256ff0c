import type { Geometry } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { NamesInView } from '../../../src/features/map-view/names-in-view.ts';
import { CITY_CONTEXT_LABEL_LAYER_IDS, CITY_CONTEXT_LAYER } from '../../../src/map/city-context-ids.ts';

interface Drawn {
  layer: string;
  properties: Record<string, string>;
  geometry: Geometry;
}

/**
 * A stand-in for the map: what it has drawn, per layer, and a projection of
 * one pixel per 0.01° from (126, 46) at the top left, on a 400×300 canvas.
 */
function fakeMap(drawn: Drawn[]): { map: MapLibreMap; idle(): void } {
  let onIdle: () => void = () => {};
  const layers = new Set(drawn.map((d) => d.layer));
  const map = {
    on: (_event: string, listener: () => void) => {
      onIdle = listener;
    },
    off: () => {},
    getLayer: (id: string) => (layers.has(id) ? { id } : undefined),
    getCanvas: () => ({ clientWidth: 400, clientHeight: 300 }),
    project: ([lng, lat]: [number, number]) => ({ x: (lng - 126) * 100, y: (46 - lat) * 100 }),
    queryRenderedFeatures: ({ layers: asked }: { layers: string[] }) =>
      drawn.filter((d) => asked.includes(d.layer)).map(({ properties, geometry }) => ({ properties, geometry })),
  };
  return { map: map as unknown as MapLibreMap, idle: () => onIdle() };
}

const SONGHUA: Drawn = {
  layer: CITY_CONTEXT_LAYER.riverLabels,
  properties: { name_en: 'Songhua', name_zh: '松花江' },
  // Its first vertex is off screen to the west; the second is in view.
  geometry: { type: 'MultiLineString', coordinates: [[[120, 45.9], [126.5, 45.8], [127, 45.7]]] },
};
const ACHENG: Drawn = { layer: CITY_CONTEXT_LAYER.towns, properties: { name_en: 'Acheng' }, geometry: { type: 'Point', coordinates: [126.98, 45.55] } };
const SHUANGCHENG: Drawn = {
  layer: CITY_CONTEXT_LAYER.towns,
  properties: { name_en: 'Shuangcheng', name_zh: '双城' },
  geometry: { type: 'Point', coordinates: [126.3, 45.38] },
};

function listed(lang: 'en' | 'zh', drawn: Drawn[]): { items: HTMLLIElement[]; names: NamesInView } {
  const parent = document.createElement('div');
  document.body.append(parent);
  const { map, idle } = fakeMap(drawn);
  const names = new NamesInView({ layers: [...CITY_CONTEXT_LABEL_LAYER_IDS], label: 'Names shown on the map', lang }).addTo(map, parent);
  idle();
  return { items: [...parent.querySelectorAll('li')], names };
}

describe('the list of names the map shows, at city zoom', () => {
  it('lists the rivers and towns drawn, leading with English and giving the Chinese name where there is one', () => {
    const { items } = listed('en', [SONGHUA, ACHENG, SHUANGCHENG]);
    expect(items.map((item) => item.textContent)).toEqual(['Acheng', 'Shuangcheng 双城', 'Songhua 松花江']);
    expect(items[2]?.querySelector('span.zh')?.textContent).toBe('松花江');
  });

  it('leads with the Chinese name on the Chinese map, and with the English one where no Chinese name is sourced', () => {
    const { items } = listed('zh', [SONGHUA, ACHENG, SHUANGCHENG]);
    expect(items.map((item) => item.textContent)).toEqual(['Acheng', '双城 Shuangcheng', '松花江 Songhua']);
    // A name with no Chinese one is marked as English, for a screen reader's voice as for the page's language check.
    expect(items[0]?.querySelector('[lang="en"]')?.textContent).toBe('Acheng');
    expect(items[1]?.firstChild?.nodeType).toBe(Node.TEXT_NODE);
  });

  it('marks nothing as another language on the English map where the English name leads', () => {
    const { items } = listed('en', [ACHENG]);
    expect(items[0]?.querySelector('[lang]')).toBeNull();
  });

  it('places a river’s name at a vertex of its line that is in view, so the list can be found on the map', () => {
    const { items } = listed('en', [SONGHUA]);
    expect([items[0]?.dataset.x, items[0]?.dataset.y]).toEqual(['50', '20']);
  });

  it('lists nothing for a layer the map does not hold yet (the context before it loads)', () => {
    const { items } = listed('en', []);
    expect(items).toHaveLength(0);
  });
});
