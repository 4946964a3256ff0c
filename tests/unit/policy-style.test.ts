import { readFileSync } from 'node:fs';
import { createExpression, featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Geometry } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { PLACES_PATH } from '../../scripts/content/output.ts';
import { BASEMAP_PATH } from '../../scripts/geodata/output.ts';
import { type PlaceFeature, type PlaceProperties, atlasData } from '../../src/content/atlas-data.ts';
import { THEMES } from '../../src/content/designations.ts';
import type { PolicyDocument } from '../../src/content/types.ts';
import { basemapSources } from '../../src/data/basemap-data.ts';
import { baseStyle } from '../../src/map/base-layers.ts';
import { MARKER_RADIUS_MAX, markerRadiusScale } from '../../src/map/marker-scale.ts';
import { policyFeatures } from '../../src/map/policy-features.ts';
import {
  AREA_LABELS_SOURCE,
  FILLS_BEFORE,
  FOCUSED_OUTLINES_SOURCE,
  INTERACTIVE_LAYERS,
  NAME_LAYERS,
  OBSTACLE_MINZOOM,
  PLACES_SOURCE,
  POLICY_LAYER,
  ROLE_FILTERS,
  policyLayers,
  shownFilter,
  withAlpha,
} from '../../src/map/policy-layers.ts';
import { LIGHT_PALETTE, type Palette } from '../../src/map/palette.ts';
import { LABEL_SCALE, MAX_LABEL_SCALE, labelScaleFor } from '../../src/map/label-scale.ts';
import { contextLayers, contextObstacleLayers } from '../../src/map/context-layers.ts';
import { MARKER_IMAGE_RADIUS } from '../../src/map/marker-scale.ts';
import { cityContextLayers } from '../../src/map/city-context-layers.ts';
import { laterDesignationLayers } from '../../src/map/later-designation-layers.ts';

const base = baseStyle(LIGHT_PALETTE, basemapSources(JSON.parse(readFileSync(BASEMAP_PATH, 'utf8')) as Topology));
const { under, over } = policyLayers(LIGHT_PALETTE);
const geojson = JSON.parse(readFileSync(PLACES_PATH, 'utf8')) as FeatureCollection<Geometry | null, PlaceProperties>;
const data = atlasData({ opening: { sentences: [] }, preamble: { sentences: [] }, sections: [] } as unknown as PolicyDocument, geojson);
const features = policyFeatures(data.places);
const style = {
  ...base,
  sources: {
    ...base.sources,
    [PLACES_SOURCE]: { type: 'geojson' as const, data: features.places, promoteId: 'id' },
    [AREA_LABELS_SOURCE]: { type: 'geojson' as const, data: features.labels, promoteId: 'id' },
    [FOCUSED_OUTLINES_SOURCE]: { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] }, promoteId: 'id' },
  },
  layers: [...base.layers, ...under, ...over],
};
const all: LayerSpecification[] = [...under, ...over];

describe('the policy layers', () => {
  it('pass the MapLibre style validator alongside the base map', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('still pass it with the key’s filters set', () => {
    const filtered = all.map((layer) => ({ ...layer, filter: shownFilter(layer.id, ['dalian', 'tonghua']) }));
    expect(validateStyleMin({ ...style, layers: [...base.layers, ...filtered] })).toEqual([]);
  });

  it('are one layer per geometry role, not one per category or theme', () => {
    expect(all.map((layer) => layer.id).sort()).toEqual(Object.values(POLICY_LAYER).sort());
    expect(all.length).toBeLessThan(THEMES.length);
  });

  it('read only the places sources', () => {
    for (const layer of all) {
      if ('source' in layer) expect([PLACES_SOURCE, AREA_LABELS_SOURCE, FOCUSED_OUTLINES_SOURCE], layer.id).toContain(layer.source);
    }
  });

  it('draw the region-wide and country-wide outlines from the source of places in focus alone', () => {
    const outline = features.places.features.find((f) => f.properties?.rendering === 'outline');
    expect(outline, 'a place drawn as an outline').toBeDefined();
    const admits = (layer: LayerSpecification) =>
      featureFilter(ROLE_FILTERS[layer.id], `layers.${layer.id}.filter`).filter({ zoom: 6 }, { type: 3, properties: outline?.properties ?? {} } as never);
    const drawing = all.filter((layer) => 'source' in layer && admits(layer));
    expect(drawing.map((layer) => [layer.id, 'source' in layer ? layer.source : null])).toEqual([
      [POLICY_LAYER.focusedOutline, FOCUSED_OUTLINES_SOURCE],
    ]);
  });

  it('have unique ids, none clashing with the base map', () => {
    const ids = style.layers.map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('give every layer a role filter the key can narrow', () => {
    for (const layer of all) expect(Object.keys(ROLE_FILTERS), layer.id).toContain(layer.id);
  });

  it('colour each theme of the key from its own entry in the palette, by id', () => {
    const fill = (palette: Palette) => JSON.stringify(policyLayers(palette).under[0]);
    for (const t of THEMES) {
      expect(fill(LIGHT_PALETTE)).toContain(`"${t.id}","${LIGHT_PALETTE.inks[t.id].fill}"`);
    }
    // Changing one theme's ink changes that theme's colour and no other's.
    const changed: Palette = { ...LIGHT_PALETTE, inks: { ...LIGHT_PALETTE.inks, logistics: { fill: '#123456', marker: '#123456', text: '#123456' } } };
    for (const t of THEMES) {
      const expected = t.id === 'logistics' ? '#123456' : LIGHT_PALETTE.inks[t.id].fill;
      expect(fill(changed)).toContain(`"${t.id}","${expected}"`);
    }
  });

  it('name places with symbol layers in the palette’s fonts', () => {
    for (const id of [POLICY_LAYER.areaLabel, ...NAME_LAYERS]) {
      const layer = all.find((l) => l.id === id) as { type: string; layout: Record<string, unknown> };
      expect(layer.type, id).toBe('symbol');
      expect(layer.layout['text-font'], id).toEqual(LIGHT_PALETTE.fonts);
    }
  });

  it('slip the fills under a base layer that exists', () => {
    expect(under.every((layer) => layer.type === 'fill')).toBe(true);
    expect(base.layers.map((layer) => layer.id)).toContain(FILLS_BEFORE);
  });

  it('let a click pick only layers that exist', () => {
    const ids = new Set(all.map((layer) => layer.id));
    for (const id of INTERACTIVE_LAYERS) expect(ids, id).toContain(id);
  });

  it('give every feature a theme the palette colours, and every point an image', () => {
    const themes = new Set<string>(THEMES.map((t) => t.id));
    for (const feature of features.places.features) {
      expect(themes, String(feature.properties?.id)).toContain(feature.properties?.theme);
      if (feature.geometry.type === 'Point') expect(feature.properties?.marker_image, String(feature.properties?.id)).toMatch(/^marker:/);
    }
  });
});

/** A text-size expression's value at a zoom, with the label scale set (or not). */
const sizeAt = (expression: unknown, zoom: number, scale: number | undefined) => {
  const parsed = createExpression(expression, { type: 'number', 'property-type': 'data-constant', expression: { interpolated: true, parameters: ['zoom'] } } as never);
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  return parsed.value.evaluate({ zoom, globalState: scale === undefined ? {} : { [LABEL_SCALE]: scale } } as never) as number;
};

describe('the size of the map’s names', () => {
  const cityContext = cityContextLayers(LIGHT_PALETTE, 'en');
  const named = [...base.layers, ...all, ...contextLayers(LIGHT_PALETTE, 'en', 2025), ...cityContext.under, ...cityContext.labels, ...laterDesignationLayers(LIGHT_PALETTE, true)].filter(
    (layer): layer is LayerSpecification & { layout: Record<string, unknown> } => layer.type === 'symbol' && Boolean(layer.layout?.['text-field']),
  );

  it('follows one label scale on every named layer, base map, policy, context, city context and later designations alike, and is 1 unless set', () => {
    expect(named.length).toBeGreaterThan(6);
    for (const layer of named) {
      for (const zoom of [4, 6, 8]) {
        const own = sizeAt(layer.layout['text-size'], zoom, undefined);
        expect(own, layer.id).toBeGreaterThan(0);
        expect(sizeAt(layer.layout['text-size'], zoom, 1), layer.id).toBeCloseTo(own);
        expect(sizeAt(layer.layout['text-size'], zoom, 1.5), layer.id).toBeCloseTo(own * 1.5);
      }
    }
    expect(base.state?.[LABEL_SCALE]).toEqual({ default: 1 });
  });

  it('grows with the text it is set beside, never smaller than its own and at most MAX_LABEL_SCALE', () => {
    expect(labelScaleFor(31, 16)).toBeCloseTo(31 / 16);
    expect(labelScaleFor(12, 16)).toBe(1);
    expect(labelScaleFor(80, 16)).toBe(MAX_LABEL_SCALE);
    expect(labelScaleFor(Number.NaN, 16)).toBe(1);
  });
});

describe('names keep clear of point symbols', () => {
  const layout = (layer: LayerSpecification) => (layer.type === 'symbol' ? (layer.layout ?? {}) : {}) as Record<string, unknown>;
  const obstacles = [...over.filter((layer) => layer.id === POLICY_LAYER.markerObstacle), ...contextObstacleLayers(2025)];
  const textPadding = (layer: LayerSpecification) => Number(layout(layer)['text-padding'] ?? 2);

  it('from the zoom where sites are named, every marker and context symbol is an obstacle placed before any name', () => {
    expect(obstacles).toHaveLength(4);
    for (const obstacle of obstacles) {
      expect(layout(obstacle), obstacle.id).toMatchObject({ 'icon-allow-overlap': true, 'icon-ignore-placement': false, 'icon-padding': 0 });
      expect(obstacle.minzoom).toBe(OBSTACLE_MINZOOM);
    }
    // MapLibre places the topmost layer first: the markers' obstacle is above every policy name, and
    // the context's go on top of the style when added (context-layers.ts), above every name there is.
    const ids = over.map((layer) => layer.id);
    for (const name of [...NAME_LAYERS, POLICY_LAYER.areaLabel]) expect(ids.indexOf(name)).toBeLessThan(ids.indexOf(POLICY_LAYER.markerObstacle));
    // A context symbol not open in the year shown is no obstacle either: each obstacle keeps what its symbol draws.
    for (const year of [2008, 2025]) {
      const symbols = contextLayers(LIGHT_PALETTE, 'en', year);
      for (const obstacle of contextObstacleLayers(year)) {
        const symbol = symbols.find((layer) => layer.id === obstacle.id.replace(/-obstacle$/, ''));
        expect(symbol && 'filter' in symbol ? symbol.filter : undefined, obstacle.id).toEqual('filter' in obstacle ? obstacle.filter : null);
      }
    }
    // A marker the key hides stops being an obstacle with it.
    expect(ROLE_FILTERS[POLICY_LAYER.markerObstacle]).toEqual(ROLE_FILTERS[POLICY_LAYER.marker]);
  });

  it('a name is set off its own symbol by more than the symbol’s obstacle, so no name is hidden by its own marker', () => {
    const byId = (id: string) => over.find((layer) => layer.id === id)!;
    const satellite = byId(POLICY_LAYER.satelliteLabel);
    const city = byId(POLICY_LAYER.markerLabel);
    // The city names' offset, in ems of 12 px: the radius and 4 px.
    expect(layout(city)['text-radial-offset']).toEqual(['/', ['+', ['get', 'marker_radius'], 4], 12]);
    for (const feature of features.places.features.filter((f) => f.geometry.type === 'Point')) {
      const p = feature.properties as { marker_radius: number; marker_size: number; label_offset: [number, number]; marker_offset: [number, number] };
      // The obstacle is the marker's disc: half its side, at the marker's size, is the radius.
      expect(MARKER_IMAGE_RADIUS * p.marker_size).toBeCloseTo(p.marker_radius, 6);
      const markerY = p.marker_offset[1] * p.marker_size;
      expect(p.label_offset[1] * 11 - textPadding(satellite), String(feature.properties?.id)).toBeGreaterThan(markerY + p.marker_radius);
      expect(p.marker_radius + 4 - textPadding(city), String(feature.properties?.id)).toBeGreaterThan(p.marker_radius);
    }
    for (const label of contextLayers(LIGHT_PALETTE, 'en', 2025).filter((layer) => layer.id.endsWith('-label'))) {
      const [, down] = layout(label)['text-offset'] as [number, number];
      const size = sizeAt(layout(label)['text-size'], 8, 1);
      const obstacle = obstacles.find((o) => o.id === label.id.replace(/-label$/, '-obstacle'))!;
      expect(down * size - textPadding(label), label.id).toBeGreaterThan(MARKER_IMAGE_RADIUS * Number(layout(obstacle)['icon-size']));
    }
  });
});

describe('markerRadiusScale', () => {
  it('gives the most-named place the largest marker and an unnamed one none', () => {
    const radius = markerRadiusScale(58);
    expect(radius(0)).toBe(0);
    expect(radius(58)).toBe(MARKER_RADIUS_MAX);
  });

  it.each([
    [100, 25],
    [2, 1],
    [7, 3],
  ])('makes marker area, r², proportional to the count (%i against %i)', (a, b) => {
    const radius = markerRadiusScale(100);
    expect(radius(a) ** 2 / radius(b) ** 2).toBeCloseTo(a / b, 6);
  });

  it('takes its domain from the point places only, not the region', () => {
    const points = data.places.filter((p) => p.geometry.type === 'Point');
    const most = Math.max(...points.map((p) => p.properties.sentences.length));
    const dalian = features.symbols.find((s) => s.id === 'dalian');
    expect(data.placeById.get('dalian')?.properties.sentences.length).toBe(most);
    expect(dalian?.radius).toBe(MARKER_RADIUS_MAX);
    const tonghua = features.symbols.find((s) => s.id === 'tonghua');
    const ratio = (tonghua?.radius ?? 0) ** 2 / (dalian?.radius ?? 1) ** 2;
    expect(ratio).toBeCloseTo((data.placeById.get('tonghua') as PlaceFeature).properties.sentences.length / most, 6);
  });
});

describe('a wash drawn as a colour with alpha', () => {
  const evaluate = (expression: unknown, properties: Record<string, unknown>, state: Record<string, unknown> = {}) => {
    const parsed = createExpression(expression, { type: 'color', 'property-type': 'data-driven', expression: { interpolated: false, parameters: ['feature', 'feature-state'] } } as never);
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    return parsed.value.evaluate({ zoom: 5 }, { type: 'Polygon', properties } as never, state) as { toString(): string };
  };

  it('keeps the ink and multiplies its alpha by the wash', () => {
    expect(evaluate(withAlpha(['literal', 'rgba(200, 100, 50, 0.5)'] as never, ['get', 'wash']), { wash: 0.4 }).toString()).toBe('rgba(200,100,50,0.2)');
  });

  it('is stronger for the selection than at rest, and weaker when dimmed', () => {
    const fill = under.find((layer) => layer.id === POLICY_LAYER.areaFill) as { paint: Record<string, unknown> };
    const alpha = (state: Record<string, boolean>) =>
      Number(/,([\d.]+)\)$/.exec(evaluate(fill.paint['fill-color'], { theme: THEMES[0]!.id, wash: 0.2 }, state).toString())?.[1]);
    expect(alpha({ selected: true })).toBeGreaterThan(alpha({}));
    expect(alpha({ dim: true })).toBeLessThan(alpha({}));
    expect(fill.paint['fill-opacity']).toBeUndefined();
  });
});
