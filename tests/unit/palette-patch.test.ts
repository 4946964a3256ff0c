import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/content/designations.ts';
import { DARK_PALETTE } from '../../src/map/palette-dark.ts';
import { patchedPalette } from '../../src/map/palette-patch.ts';
import { LIGHT_PALETTE } from '../../src/map/palette.ts';

describe('patchedPalette', () => {
  it('changes only the values the patch names and leaves the base as it is', () => {
    const before = structuredClone(LIGHT_PALETTE);
    const patched = patchedPalette(LIGHT_PALETTE, { colors: { water: '#000001' }, widths: { coast: 2 } });
    expect(patched).toEqual({
      ...LIGHT_PALETTE,
      colors: { ...LIGHT_PALETTE.colors, water: '#000001' },
      widths: { ...LIGHT_PALETTE.widths, coast: 2 },
    });
    expect(LIGHT_PALETTE).toEqual(before);
  });

  it('keeps the base’s values of an ink the patch names only in part, and every ink it does not name', () => {
    const before = structuredClone(LIGHT_PALETTE);
    const patched = patchedPalette(LIGHT_PALETTE, { inks: { logistics: { text: '#000002' } } });
    expect(patched.inks).toEqual({ ...before.inks, logistics: { ...before.inks.logistics, text: '#000002' } });
    expect(LIGHT_PALETTE).toEqual(before);
  });
});

describe('the dark palette', () => {
  it('repaints every colour of the map and the markers’ rim', () => {
    for (const [name, colour] of Object.entries(DARK_PALETTE.colors)) {
      expect(colour, name).not.toBe(LIGHT_PALETTE.colors[name as keyof typeof LIGHT_PALETTE.colors]);
    }
    expect(DARK_PALETTE.markerRim).not.toBe(LIGHT_PALETTE.markerRim);
  });

  it('washes each theme of the key in the light palette’s Okabe–Ito hue, with its widths and fonts', () => {
    for (const { id } of THEMES) expect(DARK_PALETTE.inks[id].fill, id).toBe(LIGHT_PALETTE.inks[id].fill);
    expect(DARK_PALETTE.widths).toEqual(LIGHT_PALETTE.widths);
    expect(DARK_PALETTE.fonts).toEqual(LIGHT_PALETTE.fonts);
  });
});
