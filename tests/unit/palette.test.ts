import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { PLACES_PATH } from '../../scripts/content/output.ts';
import { type PlaceProperties, atlasData } from '../../src/content/atlas-data.ts';
import { THEMES } from '../../src/content/designations.ts';
import type { PolicyDocument } from '../../src/content/types.ts';
import { contrastRatio } from '../../src/map/contrast.ts';
import { pointSymbols } from '../../src/map/point-symbols.ts';
import { DARK_PALETTE } from '../../src/map/palette-dark.ts';
import { LIGHT_PALETTE, type Palette } from '../../src/map/palette.ts';

const geojson = JSON.parse(readFileSync(PLACES_PATH, 'utf8')) as FeatureCollection<Geometry | null, PlaceProperties>;
const data = atlasData({ opening: { sentences: [] }, preamble: { sentences: [] }, sections: [] } as unknown as PolicyDocument, geojson);
const symbols = pointSymbols(data.places);
const symbolOf = (id: string) => {
  const found = symbols.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};

const PALETTES_TO_TEST: [string, Palette][] = [
  ['light', LIGHT_PALETTE],
  ['dark', DARK_PALETTE],
];

describe.each(PALETTES_TO_TEST)('the %s palette’s contrast on the canvas (WCAG relative luminance)', (_name, palette) => {
  const lands = [palette.colors.land, palette.colors.neighbour, palette.colors.province, palette.colors.region];

  it.each(THEMES.map((t) => t.id))('draws %s markers at 3:1 or more against every land fill', (id) => {
    for (const land of lands) expect(contrastRatio(palette.inks[id].marker, land), `${id} on ${land}`).toBeGreaterThanOrEqual(3);
  });

  it.each(THEMES.map((t) => t.id))('draws %s names at 4.5:1 or more against their halo', (id) => {
    // The halo is translucent: composited on the darkest land it can lie on.
    for (const land of lands) {
      expect(contrastRatio(palette.inks[id].text, palette.colors.halo, land), `${id} on ${land}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('draws place names at 4.5:1 or more against their halo', () => {
    for (const colour of [palette.colors.labelDivision, palette.colors.labelArea, palette.colors.labelProvince]) {
      for (const land of lands) expect(contrastRatio(colour, palette.colors.halo, land), colour).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives each of the four product themes its own marker colour', () => {
    const primary = THEMES.filter((t) => t.primary).map((t) => palette.inks[t.id].marker);
    expect(new Set(primary).size).toBe(4);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0072B2', '#0072B2')).toBeCloseTo(1, 5);
  });
});

describe('the compound markers', () => {
  it('show Dalian’s roles at a glance: economic zone, hi-tech base and service outsourcing', () => {
    expect(symbolOf('dalian').themes).toEqual(['economic-zones', 'hi-tech-bases', 'service-outsourcing']);
  });

  it('give a city held by one theme one segment', () => {
    expect(symbolOf('tonghua').themes).toEqual(['hi-tech-bases']);
    expect(symbolOf('suifenhe').themes).toEqual(['service-outsourcing']);
  });

  it('draw a city named only in a zone’s name hollow', () => {
    expect(symbolOf('qiqihar').hollow).toBe(true);
    expect(symbolOf('dalian').hollow).toBe(false);
    expect(symbolOf('logistics-dalian').hollow).toBe(false);
  });

  it('never hide a marker under another at the same city', () => {
    const byHost = new Map<string, typeof symbols>();
    for (const s of symbols) if (s.host) byHost.set(s.host, [...(byHost.get(s.host) ?? []), s]);
    expect([...byHost.keys()].sort()).toEqual(['changchun', 'dalian', 'harbin', 'shenyang']);
    for (const [hostId, satellites] of byHost) {
      const host = symbolOf(hostId);
      for (const s of satellites) {
        // Its centre lies outside the city's marker…
        expect(Math.hypot(...s.offset), s.id).toBeGreaterThan(host.radius);
      }
      // …and apart from every other satellite of the city.
      for (const a of satellites) {
        for (const b of satellites) {
          if (a === b) continue;
          expect(Math.hypot(a.offset[0] - b.offset[0], a.offset[1] - b.offset[1]), `${a.id}/${b.id}`).toBeGreaterThan(
            Math.max(a.radius, b.radius),
          );
        }
      }
    }
  });

  it('draw Dalian’s logistics node beside the city, as a satellite', () => {
    expect(symbolOf('logistics-dalian').host).toBe('dalian');
  });
});
