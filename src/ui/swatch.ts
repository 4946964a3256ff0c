/** Key swatches: a category's marker shape or area sample, or a theme's, in their colours. */
import type { AtlasData } from '../content/atlas-data.ts';
import { type Category, categoryById } from '../content/categories.ts';
import type { Theme as KeyTheme } from '../content/designations.ts';
import { placesOfTheme } from '../content/key-counts.ts';
import type { ThemeInk } from '../map/theme.ts';
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

function coloured(kind: SwatchKind, colour: string, fill?: string): HTMLSpanElement {
  const element = el('span', { className: `swatch swatch--${kind}`, attrs: { 'aria-hidden': 'true' } });
  // Colours come from the category and theme tables, never from data or the
  // URL. Set through the CSSOM, not a style attribute, which a strict
  // style-src refuses.
  element.style.setProperty('--swatch', colour);
  if (fill) element.style.setProperty('--swatch-fill', fill);
  return element;
}

export function swatch(category: Category): HTMLSpanElement {
  const kind = category.shape !== 'none' ? category.shape : category.rendering === 'point' ? 'circle' : category.rendering;
  return coloured(kind, category.color);
}

/** A theme's swatch: markers in their marker ink, areas as a wash of the fill inside an outline. */
export function themeSwatch(kind: SwatchKind, ink: ThemeInk): HTMLSpanElement {
  return coloured(kind, ink.marker, ink.fill);
}
