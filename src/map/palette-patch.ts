/**
 * A palette written as what it changes of another: the dark palette names only
 * the colours it draws otherwise and takes the rest of the light table (the
 * widths, the fonts, the themes' Okabe–Ito washes), so the two tables cannot
 * drift apart where they are meant to agree.
 */
import type { ThemeId } from '../content/designations.ts';
import type { Palette, ThemeInk } from './palette.ts';

/** What a palette changes of its base: any colour, width, font stack or ink, each on its own. */
export interface PalettePatch {
  colors?: Partial<Palette['colors']>;
  widths?: Partial<Palette['widths']>;
  fonts?: string[];
  /** Per theme of the key, the inks that differ; an ink left out keeps the base's. */
  inks?: Partial<Record<ThemeId, Partial<ThemeInk>>>;
  markerRim?: string;
}

/** The base palette with the patch's values in place of its own; the base is left as it is. */
export function patchedPalette(base: Palette, patch: PalettePatch): Palette {
  const inks = { ...base.inks };
  for (const [id, ink] of Object.entries(patch.inks ?? {}) as [ThemeId, Partial<ThemeInk>][]) {
    inks[id] = { ...base.inks[id], ...ink };
  }
  return {
    colors: { ...base.colors, ...patch.colors },
    widths: { ...base.widths, ...patch.widths },
    fonts: [...(patch.fonts ?? base.fonts)],
    inks,
    markerRim: patch.markerRim ?? base.markerRim,
  };
}
