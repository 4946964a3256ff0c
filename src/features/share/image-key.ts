/**
 * The exported image's key is the screen's key for what the map shows: the
 * themes switched on, in the key's order, each in the form the map draws it
 * and in the inks of the palette given (the light one, which the image's
 * frame is drawn on), with the count the key gives ("3 designated · 2 encouraged").
 */
import { type AtlasData, placesShown } from '../../content/atlas-data.ts';
import { THEMES, type ThemeId, designationsOfThemes } from '../../content/designations.ts';
import { keyCounts, placesOfTheme } from '../../content/key-counts.ts';
import type { LegendEntry } from '../../export/export-layout.ts';
import { STRINGS } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { Palette } from '../../map/palette.ts';
import { keyCountText } from '../../ui/key-count.ts';
import { type SwatchKind, swatchKind } from '../../ui/swatch.ts';

/** Areas, bands and outlines have no marker: the image keys them with a filled square of their wash. */
const SHAPE: Readonly<Record<SwatchKind, LegendEntry['shape']>> = {
  circle: 'circle',
  square: 'square',
  diamond: 'diamond',
  triangle: 'triangle',
  area: 'none',
  band: 'none',
  outline: 'none',
};

/** One row of the key: a theme the map shows, the form its places take, and its label with the key's count. */
export interface KeyRow {
  theme: ThemeId;
  kind: SwatchKind;
  label: string;
}

/** The screen key's rows for what the map shows: for the image and for print alike. */
export function keyRows(data: AtlasData, hidden: readonly ThemeId[], lang: Lang): KeyRow[] {
  const onMap = placesShown(data, designationsOfThemes(hidden));
  return THEMES.filter((theme) => !hidden.includes(theme.id) && placesOfTheme(onMap, theme).length > 0).map((theme) => ({
    theme: theme.id,
    kind: swatchKind(data.places, theme),
    label: STRINGS[lang].imageKeyEntry(lang === 'zh' ? theme.label_zh : theme.label_en, keyCountText(keyCounts(data.places, theme), lang)),
  }));
}

export function imageKey(data: AtlasData, hidden: readonly ThemeId[], lang: Lang, palette: Palette): LegendEntry[] {
  return keyRows(data, hidden, lang).map(({ theme, kind, label }) => {
    const ink = palette.inks[theme];
    return { label, color: SHAPE[kind] === 'none' ? ink.fill : ink.marker, shape: SHAPE[kind] };
  });
}
