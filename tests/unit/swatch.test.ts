import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/content/categories.ts';
import { THEMES, type ThemeId } from '../../src/content/designations.ts';
import { DARK_PALETTE } from '../../src/map/palette-dark.ts';
import { LIGHT_PALETTE, type ThemeInk } from '../../src/map/palette.ts';
import { placeTheme } from '../../src/map/policy-features.ts';
import { hidePaletteInks, inkVar, showPaletteInks } from '../../src/ui/swatch.ts';
import { loadAtlasData } from './atlas-fixture.ts';

const INKS: (keyof ThemeInk)[] = ['fill', 'marker', 'text'];

/** A stand-in for the document's element: only its inline style's custom properties. */
function fakeRoot() {
  const properties = new Map<string, string>();
  const style = { setProperty: (name: string, value: string) => properties.set(name, value), removeProperty: (name: string) => properties.delete(name) };
  return { properties, root: { style } as unknown as HTMLElement };
}

/** What a swatch's colour resolves to on a page with these custom properties, as a browser would resolve `var(--x, fallback)`. */
function resolve(value: string, properties: Map<string, string>): string {
  const [, name, fallback] = /^var\((--[\w-]+), (.+)\)$/.exec(value)!;
  return properties.get(name!) ?? fallback!;
}

describe('swatch colours', () => {
  it.each([
    ['light', LIGHT_PALETTE],
    ['dark', DARK_PALETTE],
  ] as const)('are the map’s %s palette’s inks once the page shows it', (_, palette) => {
    const { properties, root } = fakeRoot();
    showPaletteInks(root, palette);
    for (const { id } of THEMES) for (const ink of INKS) expect(resolve(inkVar(id, ink), properties), `${id} ${ink}`).toBe(palette.inks[id][ink]);
  });

  it('are the light palette’s inks before any palette is shown, and again after it is taken off', () => {
    const { properties, root } = fakeRoot();
    showPaletteInks(root, DARK_PALETTE);
    hidePaletteInks(root);
    expect(properties.size).toBe(0);
    for (const { id } of THEMES) for (const ink of INKS) expect(resolve(inkVar(id, ink), properties)).toBe(LIGHT_PALETTE.inks[id][ink]);
  });

  it('give a whole category the theme most of its places are drawn in on the map', () => {
    const data = loadAtlasData();
    for (const category of CATEGORIES) {
      const counts = new Map<ThemeId, number>();
      for (const place of data.places.filter((p) => p.properties.category === category.id)) {
        counts.set(placeTheme(place), (counts.get(placeTheme(place)) ?? 0) + 1);
      }
      const most = Math.max(0, ...counts.values());
      if (most > 0) expect(counts.get(category.theme), category.id).toBe(most);
    }
  });
});
