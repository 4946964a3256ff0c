/**
 * The context layers as of a year: valid MapLibre style, and filters that
 * keep on the map exactly what `asOf` keeps (opened by the year, not closed
 * by it), so the map and every distance agree about the year shown.
 */
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { CONTEXT_SOURCE, contextLayers, openInFilter } from '../../src/map/context-layers.ts';
import { LIGHT_PALETTE } from '../../src/map/palette.ts';
import { asOf } from '../../src/spatial/as-of.ts';
import { CONTEXT_KINDS } from '../../src/state/app-state.ts';
import { infrastructureCollection } from './spatial-fixture.ts';

const features = infrastructureCollection.features;

/** The ids a kind's map filter keeps in a year. */
function drawn(kind: (typeof CONTEXT_KINDS)[number], year: number): string[] {
  const filter = featureFilter(openInFilter(kind, year), 'layers[0].filter');
  return features
    .filter((f) => filter.filter({ zoom: 6 }, { type: f.geometry.type === 'Point' ? 1 : 2, properties: f.properties } as never))
    .map((f) => f.properties.id);
}

describe('the context layers as of a year', () => {
  it('pass the MapLibre style validator', () => {
    const style = {
      version: 8 as const,
      glyphs: 'https://example.invalid/{fontstack}/{range}.pbf',
      sources: { [CONTEXT_SOURCE]: { type: 'geojson' as const, data: infrastructureCollection } },
      layers: contextLayers(LIGHT_PALETTE, 'en', 2009),
    };
    expect(validateStyleMin(style as never)).toEqual([]);
  });

  it.each([2003, 2004, 2005, 2008, 2009, 2010, 2021, 2022, 2024, 2025])('draw in %i exactly what was open then, kind by kind', (year) => {
    for (const kind of CONTEXT_KINDS) {
      const open = asOf(
        features.filter((f) => f.properties.kind === kind).map((f) => f.properties),
        year,
      ).map((p) => p.id);
      expect(drawn(kind, year), `${kind} in ${year}`).toEqual(open);
    }
  });

  it('show Daqing Sartu from 2009, Panjin’s port from 2010, the Harbin–Dalian high-speed line from 2012; Dafangshen until 2004 and Mudanjiang Hailang until 2024', () => {
    expect(drawn('airport', 2008)).not.toContain('airport-daqing-sartu');
    expect(drawn('airport', 2009)).toContain('airport-daqing-sartu');
    expect(drawn('seaport', 2009)).not.toContain('port-panjin');
    expect(drawn('seaport', 2010)).toContain('port-panjin');
    expect(drawn('railway', 2011)).not.toContain('rail-harbin-dalian-high-speed');
    expect(drawn('railway', 2012)).toContain('rail-harbin-dalian-high-speed');
    expect(drawn('airport', 2004)).toContain('airport-changchun-dafangshen');
    expect(drawn('airport', 2005)).not.toContain('airport-changchun-dafangshen');
    expect(drawn('airport', 2024)).toContain('airport-mudanjiang-hailang');
    expect(drawn('airport', 2025)).not.toContain('airport-mudanjiang-hailang');
  });

  it('filter every layer by the year it is given', () => {
    for (const layer of contextLayers(LIGHT_PALETTE, 'en', 2009)) {
      expect(JSON.stringify('filter' in layer ? layer.filter : null), layer.id).toContain('2009');
    }
  });
});
