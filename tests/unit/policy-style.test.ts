import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { PLACES_PATH } from '../../scripts/content/output.ts';
import { BASEMAP_PATH } from '../../scripts/geodata/output.ts';
import { CATEGORIES } from '../../src/content/categories.ts';
import { basemapSources } from '../../src/map/basemap-data.ts';
import { baseStyle } from '../../src/map/base-layers.ts';
import { markerRadiusScale, MARKER_RADIUS_RANGE } from '../../src/map/marker-scale.ts';
import {
  AREA_LABELS_SOURCE,
  FILLS_BEFORE,
  PLACES_SOURCE,
  categoryLayerIds,
  interactiveLayerIds,
  policyLayers,
} from '../../src/map/policy-layers.ts';
import { LIGHT_THEME } from '../../src/map/theme.ts';

const base = baseStyle(LIGHT_THEME, basemapSources(JSON.parse(readFileSync(BASEMAP_PATH, 'utf8')) as Topology));
const { under, over } = policyLayers(CATEGORIES, LIGHT_THEME);
const places = JSON.parse(readFileSync(PLACES_PATH, 'utf8'));
const style = {
  ...base,
  sources: {
    ...base.sources,
    [PLACES_SOURCE]: { type: 'geojson' as const, data: places, promoteId: 'id' },
    [AREA_LABELS_SOURCE]: { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } },
  },
  layers: [...base.layers, ...under, ...over],
};
const all: LayerSpecification[] = [...under, ...over];

describe('the policy layers', () => {
  it('pass the MapLibre style validator alongside the base map', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('read only the places sources', () => {
    for (const layer of all) {
      if ('source' in layer) expect([PLACES_SOURCE, AREA_LABELS_SOURCE], layer.id).toContain(layer.source);
    }
  });

  it('have unique ids, none clashing with the base map', () => {
    const ids = style.layers.map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('give every category the layers the key switches, and every layer a category', () => {
    const byCategory = CATEGORIES.flatMap((category) => categoryLayerIds(category));
    expect(new Set(all.map((layer) => layer.id))).toEqual(new Set(byCategory));
  });

  it('colour each category from the category table', () => {
    for (const category of CATEGORIES) {
      const layers = all.filter((layer) => categoryLayerIds(category).includes(layer.id));
      const colours = JSON.stringify(layers).match(/#[0-9A-Fa-f]{6}/g) ?? [];
      const table = new Set([category.color, category.textColor, ...Object.values(LIGHT_THEME.colors)]);
      for (const colour of colours) expect(table, `${category.id}: ${colour}`).toContain(colour);
      // Point categories carry their colour in their marker images (markers.ts);
      // outlines are drawn in the darker text shade, which stays visible on pale land.
      if (category.rendering === 'area' || category.rendering === 'band') {
        expect(JSON.stringify(layers), category.id).toContain(category.color);
      } else if (category.rendering === 'outline') {
        expect(JSON.stringify(layers), category.id).toContain(category.textColor);
      }
    }
  });

  it('name places with symbol layers in the theme’s fonts', () => {
    for (const layer of all.filter((l) => l.id.endsWith('-label'))) {
      expect(layer.type, layer.id).toBe('symbol');
      expect((layer as { layout: Record<string, unknown> }).layout['text-font'], layer.id).toEqual(LIGHT_THEME.fonts);
    }
  });

  it('slip the fills under a base layer that exists', () => {
    expect(under.every((layer) => layer.type === 'fill')).toBe(true);
    expect(base.layers.map((layer) => layer.id)).toContain(FILLS_BEFORE);
  });

  it('let a click pick only layers that exist', () => {
    const ids = new Set(all.map((layer) => layer.id));
    for (const id of interactiveLayerIds(CATEGORIES)) expect(ids, id).toContain(id);
  });
});

describe('markerRadiusScale', () => {
  it('gives the most-named place the largest marker and an unnamed one the smallest', () => {
    const radius = markerRadiusScale(58);
    expect(radius(0)).toBe(MARKER_RADIUS_RANGE[0]);
    expect(radius(58)).toBe(MARKER_RADIUS_RANGE[1]);
  });

  it('grows marker area, not radius, in proportion to the count', () => {
    const radius = markerRadiusScale(100);
    const area = (count: number) => (radius(count) - MARKER_RADIUS_RANGE[0]) ** 2;
    expect(area(100) / area(25)).toBeCloseTo(4, 0);
  });
});
