/**
 * Loads the web fonts the map's labels are drawn with before the first
 * render. MapLibre rasterises each glyph once; a glyph drawn before its font
 * arrives would stay in a fallback face, so every character the labels use
 * is requested up front, which also pulls in just the subsets needed.
 *
 * The faces are subsets of Noto Sans and Noto Sans SC cut at build time to
 * the characters the site shows (scripts/fonts). A face that fails or is slow
 * must never take the text or the map down: the loader always resolves, and
 * labels then use the next font of the stack or the system's.
 */
import '../fonts/font-faces.css';

/** The distinct characters of the given strings, as one string. */
export function charactersOf(texts: Iterable<string>): string {
  const seen = new Set<string>();
  for (const text of texts) for (const character of text) seen.add(character);
  return [...seen].join('');
}

export interface LoadLabelFontsOptions {
  /** The page's font set; a stand-in in tests. Default: `document.fonts`. */
  fonts?: Pick<FontFaceSet, 'load'>;
  /** How long the map waits for a family before it starts without it. Default: 4000 ms. */
  timeoutMs?: number;
}

/**
 * Loads each family of a palette's font stack for the characters the labels
 * use. Never rejects: resolves with the families that failed or timed out
 * (empty when all loaded), so the caller can start the map either way.
 */
export async function loadLabelFonts(
  families: readonly string[],
  texts: Iterable<string>,
  { fonts = document.fonts, timeoutMs = 4000 }: LoadLabelFontsOptions = {},
): Promise<string[]> {
  const sample = charactersOf(texts);
  const loaded = await Promise.all(
    families.map(async (family) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      try {
        const load = Promise.resolve()
          .then(() => fonts.load(`16px "${family}"`, sample))
          .then(
            () => true,
            (error: unknown) => {
              console.warn(`font "${family}" could not be loaded; labels use a fallback font`, error);
              return false;
            },
          );
        return await Promise.race([load, timeout]);
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  return families.filter((_, i) => !loaded[i]);
}
