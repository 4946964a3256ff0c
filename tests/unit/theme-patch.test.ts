import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/content/designations.ts';
import { DARK_THEME } from '../../src/map/theme-dark.ts';
import { patchedTheme } from '../../src/map/theme-patch.ts';
import { LIGHT_THEME } from '../../src/map/theme.ts';

describe('patchedTheme', () => {
  it('changes only the values the patch names and leaves the base as it is', () => {
    const before = structuredClone(LIGHT_THEME);
    const patched = patchedTheme(LIGHT_THEME, { colors: { water: '#000001' }, widths: { coast: 2 } });
    expect(patched).toEqual({
      ...LIGHT_THEME,
      colors: { ...LIGHT_THEME.colors, water: '#000001' },
      widths: { ...LIGHT_THEME.widths, coast: 2 },
    });
    expect(LIGHT_THEME).toEqual(before);
  });

  it('keeps the base’s values of an ink the patch names only in part, and every ink it does not name', () => {
    const before = structuredClone(LIGHT_THEME);
    const patched = patchedTheme(LIGHT_THEME, { inks: { logistics: { text: '#000002' } } });
    expect(patched.inks).toEqual({ ...before.inks, logistics: { ...before.inks.logistics, text: '#000002' } });
    expect(LIGHT_THEME).toEqual(before);
  });
});

describe('the dark theme', () => {
  it('repaints every colour of the map and the markers’ rim', () => {
    for (const [name, colour] of Object.entries(DARK_THEME.colors)) {
      expect(colour, name).not.toBe(LIGHT_THEME.colors[name as keyof typeof LIGHT_THEME.colors]);
    }
    expect(DARK_THEME.markerRim).not.toBe(LIGHT_THEME.markerRim);
  });

  it('washes each theme of the key in the light theme’s Okabe–Ito hue, with its widths and fonts', () => {
    for (const { id } of THEMES) expect(DARK_THEME.inks[id].fill, id).toBe(LIGHT_THEME.inks[id].fill);
    expect(DARK_THEME.widths).toEqual(LIGHT_THEME.widths);
    expect(DARK_THEME.fonts).toEqual(LIGHT_THEME.fonts);
  });
});
