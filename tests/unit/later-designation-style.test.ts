import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LATER_DESIGNATIONS } from '../../src/content/later-designations-data.ts';
import { LATER_SOURCE, laterDesignationLayers, laterDesignationMarkers } from '../../src/map/later-designation-layers.ts';
import { DARK_PALETTE } from '../../src/map/palette-dark.ts';
import { LIGHT_PALETTE } from '../../src/map/palette.ts';
import { laterDesignationsIn } from '../../src/spatial/later-designations.ts';

const all = LATER_DESIGNATIONS.features;

describe('the Since 2009 layers', () => {
  it('pass the MapLibre style validator in both colour schemes, off and on', () => {
    for (const palette of [LIGHT_PALETTE, DARK_PALETTE]) {
      for (const visible of [false, true]) {
        const style = {
          version: 8 as const,
          sources: { [LATER_SOURCE]: { type: 'geojson' as const, data: laterDesignationMarkers(all) } },
          layers: laterDesignationLayers(palette, visible),
        };
        expect(validateStyleMin(style)).toEqual([]);
      }
    }
  });

  it('draw the marker in each scheme’s label ink on its halo, so it reads on light and dark land', () => {
    for (const palette of [LIGHT_PALETTE, DARK_PALETTE]) {
      const ring = laterDesignationLayers(palette, true).find((layer) => layer.id === 'later-ring');
      expect(ring?.paint).toMatchObject({ 'circle-stroke-color': palette.colors.labelArea, 'circle-color': palette.colors.halo });
    }
    expect(LIGHT_PALETTE.colors.labelArea).not.toBe(DARK_PALETTE.colors.labelArea);
  });

  it('put one marker at each host point, holding every designation there with its years, and none for what has no geometry', () => {
    const markers = laterDesignationMarkers(laterDesignationsIn(all, 2025)).features;
    const harbin = markers.find((marker) => marker.properties.ids.includes('harbin-new-area'));
    expect(harbin?.properties).toMatchObject({ ids: 'harbin-new-area,heilongjiang-ftz-harbin-area', years: '2015 · 2019' });
    const drawnIds = markers.flatMap((marker) => marker.properties.ids.split(','));
    expect(drawnIds).not.toContain('northeast-important-measures-2016');
    expect(drawnIds).not.toContain('liaoning-coastal-economic-belt-plan');
    expect(new Set(markers.map((marker) => marker.properties.key)).size).toBe(markers.length);
  });

  it('draw only what was designated by the year shown', () => {
    const harbin2016 = laterDesignationMarkers(laterDesignationsIn(all, 2016)).features.find((m) => m.properties.ids.includes('harbin-new-area'));
    expect(harbin2016?.properties.years).toBe('2015');
    expect(laterDesignationMarkers(laterDesignationsIn(all, 2014)).features).toEqual([]);
  });
});
