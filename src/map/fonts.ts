/**
 * Loads the web fonts the map's labels are drawn with before the first
 * render. MapLibre rasterises each glyph once; a glyph drawn before its font
 * arrives would stay in a fallback face, so every character the labels use
 * is requested up front, which also pulls in just the Chinese subsets needed.
 */
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans-sc/400.css';
import { WEB_FONTS } from './theme.ts';

/** The distinct characters of the given strings, as one string. */
export function charactersOf(texts: Iterable<string>): string {
  const seen = new Set<string>();
  for (const text of texts) for (const character of text) seen.add(character);
  return [...seen].join('');
}

export async function loadLabelFonts(texts: Iterable<string>): Promise<void> {
  const sample = charactersOf(texts);
  await Promise.all(WEB_FONTS.map((family) => document.fonts.load(`16px "${family}"`, sample)));
}
