/**
 * Key and panel swatches: a category's marker shape or area sample, or a
 * theme's, in the colours the map draws them with. The one source of those
 * colours is the map's palette (src/map/palette.ts), in both colour schemes:
 * a swatch names its theme's inks as CSS custom properties, which
 * `showPaletteInks` sets on the page from the palette shown, so every
 * swatch follows a change of scheme without being redrawn.
 */
import { type Category, categoryById } from '../content/categories.ts';
import type { Theme as KeyTheme, ThemeId } from '../content/designations.ts';
import type { AtlasData, PlaceFeature } from '../content/atlas-data.ts';
import { placesOfTheme } from '../content/key-counts.ts';
import { LIGHT_PALETTE, type Palette, type ThemeInk } from '../map/palette.ts';
import { placeTheme } from '../map/policy-features.ts';
import { el } from './dom.ts';

/** How a theme's swatch is drawn: as its places are on the map. */
export type SwatchKind = 'circle' | 'square' | 'diamond' | 'triangle' | 'area' | 'band' | 'outline';

/** A theme's swatch takes the form its places take on the map. */
export function swatchKind(places: AtlasData['places'], theme: KeyTheme): SwatchKind {
  const held = placesOfTheme(places, theme);
  const point = held.find((p) => p.geometry.type === 'Point');
  if (point) {
    const shape = categoryById(point.properties.category).shape;
    return shape === 'none' ? 'circle' : shape;
  }
  const rendering = held[0] ? categoryById(held[0].properties.category).rendering : 'outline';
  return rendering === 'point' ? 'circle' : rendering;
}

const inkProperty = (theme: ThemeId, ink: keyof ThemeInk) => `--ink-${theme}-${ink}`;

/** A theme's ink as a CSS value: the palette shown on the page, the light palette until one is. */
export function inkVar(theme: ThemeId, ink: keyof ThemeInk): string {
  return `var(${inkProperty(theme, ink)}, ${LIGHT_PALETTE.inks[theme][ink]})`;
}

/** Puts a palette's inks on the page (`root`, the document's element) for the swatches to use. */
export function showPaletteInks(root: HTMLElement, palette: Palette): void {
  for (const [theme, inks] of Object.entries(palette.inks) as [ThemeId, ThemeInk][]) {
    for (const [ink, value] of Object.entries(inks) as [keyof ThemeInk, string][]) root.style.setProperty(inkProperty(theme, ink), value);
  }
}

/** Takes the inks off the page again: the swatches fall back to the light palette. */
export function hidePaletteInks(root: HTMLElement): void {
  for (const [theme, inks] of Object.entries(LIGHT_PALETTE.inks) as [ThemeId, ThemeInk][]) {
    for (const ink of Object.keys(inks) as (keyof ThemeInk)[]) root.style.removeProperty(inkProperty(theme, ink));
  }
}

function coloured(kind: SwatchKind, colour: string, fill?: string): HTMLSpanElement {
  const element = el('span', { className: `swatch swatch--${kind}`, attrs: { 'aria-hidden': 'true' } });
  // Colours come from the palette, never from data or the URL. Set through
  // the CSSOM, not a style attribute, which a strict style-src refuses.
  element.style.setProperty('--swatch', colour);
  if (fill) element.style.setProperty('--swatch-fill', fill);
  return element;
}

function categoryKind(category: Category): SwatchKind {
  return category.shape !== 'none' ? category.shape : category.rendering === 'point' ? 'circle' : category.rendering;
}

/** A whole category's swatch, for lists by category: its shape, in its theme's marker ink. */
export function swatch(category: Category): HTMLSpanElement {
  return coloured(categoryKind(category), inkVar(category.theme, 'marker'));
}

/** One place's swatch: its category's shape, in the ink the map draws that place with. */
export function placeSwatch(place: PlaceFeature): HTMLSpanElement {
  return coloured(categoryKind(categoryById(place.properties.category)), inkVar(placeTheme(place), 'marker'));
}

/** A theme's swatch: markers in their marker ink, areas as a wash of the fill inside an outline. */
export function themeSwatch(kind: SwatchKind, ink: ThemeInk): HTMLSpanElement {
  return coloured(kind, ink.marker, ink.fill);
}
