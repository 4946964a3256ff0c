/**
 * Loads the web fonts the map's labels are drawn with before the first
 * render. MapLibre rasterises each glyph once; a glyph drawn before its font
 * arrives would stay in a fallback face, so every character the labels use
 * is requested up front, which also pulls in just the Chinese subsets needed.
 */
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans-sc/400.css';

/** The distinct characters of the given strings, as one string. */
export function charactersOf(texts: Iterable<string>): string {
  const seen = new Set<string>();
  for (const text of texts) for (const character of text) seen.add(character);
  return [...seen].join('');
}

/** Loads each family of a theme's font stack for the characters the labels use. */
export async function loadLabelFonts(families: readonly string[], texts: Iterable<string>): Promise<void> {
  const sample = charactersOf(texts);
  await Promise.all(families.map((family) => document.fonts.load(`16px "${family}"`, sample)));
}
