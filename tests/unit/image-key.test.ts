import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/content/designations.ts';
import { imageKey } from '../../src/features/share/image-key.ts';
import { DARK_PALETTE } from '../../src/map/palette-dark.ts';
import { LIGHT_PALETTE } from '../../src/map/palette.ts';
import { loadAtlasData } from './atlas-fixture.ts';

const data = loadAtlasData();

describe('the exported image’s key', () => {
  it('is the screen’s key: the themes in its order, with its counts, not the categories', () => {
    const key = imageKey(data, [], 'en', LIGHT_PALETTE);
    expect(key.slice(0, 4).map((entry) => entry.label)).toEqual([
      'Economic zones (3)',
      'Hi-tech industrial bases (5)',
      'Service-outsourcing cities (3 designated · 2 encouraged)',
      'Logistics (4)',
    ]);
    expect(key.map((entry) => entry.label).join()).not.toMatch(/\bCity\b|Institution\b/);
  });

  it('gives the counts by standing in Chinese too', () => {
    const labels = imageKey(data, [], 'zh', LIGHT_PALETTE).map((entry) => entry.label);
    expect(labels).toContain('服务外包城市（示范3 · 鼓励2）');
  });

  it('draws each theme in the ink the map uses, in the palette given', () => {
    const light = imageKey(data, [], 'en', LIGHT_PALETTE);
    const dark = imageKey(data, [], 'en', DARK_PALETTE);
    const outsourcing = (key: typeof light) => key.find((entry) => entry.label.startsWith('Service-outsourcing'))!;
    expect(outsourcing(light)).toMatchObject({ color: LIGHT_PALETTE.inks['service-outsourcing'].marker, shape: 'circle' });
    expect(outsourcing(dark).color).toBe(DARK_PALETTE.inks['service-outsourcing'].marker);
    const zones = light.find((entry) => entry.label.startsWith('Economic zones'))!;
    expect(zones).toMatchObject({ color: LIGHT_PALETTE.inks['economic-zones'].fill, shape: 'none' });
  });

  it('leaves out the themes switched off', () => {
    const key = imageKey(data, ['service-outsourcing', 'logistics'], 'en', LIGHT_PALETTE);
    expect(key.some((entry) => /Service-outsourcing|Logistics/.test(entry.label))).toBe(false);
    expect(key.length).toBe(THEMES.length - 2);
  });
});
