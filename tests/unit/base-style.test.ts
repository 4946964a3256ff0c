import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { BASEMAP_PATH } from '../../scripts/geodata/output.ts';
import { basemapSources } from '../../src/data/basemap-data.ts';
import { BASE_SOURCE, LABEL_LAYER_IDS, baseLayers, baseStyle } from '../../src/map/base-layers.ts';
import { LIGHT_PALETTE } from '../../src/map/palette.ts';

const sources = basemapSources(JSON.parse(readFileSync(BASEMAP_PATH, 'utf8')) as Topology);
const style = baseStyle(LIGHT_PALETTE, sources);

describe('the base style', () => {
  it('passes the MapLibre style validator without errors', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('fetches nothing: no glyphs, no sprite, no URL anywhere', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(baseLayers(LIGHT_PALETTE))).not.toMatch(/https?:|mapbox:|\/\//);
    for (const source of Object.values(style.sources)) expect(typeof (source as { data: unknown }).data).toBe('object');
  });

  it('reads only sources it declares', () => {
    for (const layer of style.layers) {
      if ('source' in layer) expect(layer.source).toBe(BASE_SOURCE);
    }
  });

  it('labels with symbol layers in the palette’s fonts, English over Chinese', () => {
    const labels = style.layers.filter((layer) => LABEL_LAYER_IDS.includes(layer.id));
    expect(labels).toHaveLength(LABEL_LAYER_IDS.length);
    for (const layer of labels) {
      expect(layer.type).toBe('symbol');
      const layout = (layer as { layout: Record<string, unknown> }).layout;
      expect(layout['text-font']).toEqual(LIGHT_PALETTE.fonts);
      expect(JSON.stringify(layout['text-field'])).toMatch(/name_en.*\\n.*name_zh/);
    }
  });

  it('takes every colour from the palette', () => {
    const paletteColours = new Set(Object.values(LIGHT_PALETTE.colors));
    const colours = JSON.stringify(style.layers).match(/#[0-9a-f]{6}|rgba\([^)]*\)/gi) ?? [];
    for (const colour of colours) expect(paletteColours).toContain(colour);
  });

  it('is rebuilt from a changed palette', () => {
    const dark = { ...LIGHT_PALETTE, colors: { ...LIGHT_PALETTE.colors, water: '#102030' } };
    const water = baseLayers(dark).find((layer) => layer.id === 'water');
    expect(water?.paint).toEqual({ 'background-color': '#102030' });
  });

  it('draws borders as shared-arc meshes: one line per border between divisions of a province', () => {
    expect(sources.divisionLines.coordinates.length).toBeGreaterThan(20);
    expect(sources.provinceLines.coordinates.length).toBeGreaterThan(5);
  });
});
