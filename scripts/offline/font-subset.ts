/**
 * Shrinks the one-file copy's fonts to the characters it can show. The site
 * ships every Chinese subset of Noto Sans SC (about 100 files, loaded on
 * demand); a file opened from disk carries all of them inline, 3.6 MB. The
 * text it can draw is known at build time: its script (the interface
 * strings), its markup and its data. Each @font-face keeps its
 * `unicode-range`, so the browser still picks faces the same way; a face
 * whose range holds none of those characters is dropped. A character typed
 * into the search box outside them falls back to a system font.
 */

/** Subsets a font to the given text; subset-font in the build, anything with its shape in tests. */
export type Subsetter = (font: Buffer, text: string) => Promise<Buffer>;

/** A CSS `unicode-range` value as inclusive code-point intervals: `U+4E00-4E2F`, `U+20AC`, `U+4??`. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const token = part.trim().replace(/^u\+/i, '');
    if (token.includes('?')) {
      return [parseInt(token.replace(/\?/g, '0'), 16), parseInt(token.replace(/\?/g, 'F'), 16)];
    }
    const [start, end = start] = token.split('-');
    return [parseInt(start, 16), parseInt(end, 16)];
  });
}

/**
 * Every code point the page can show: the characters of the given texts,
 * plus those written as `\uXXXX` or `\u{…}` escapes in code, plus printable
 * Latin-1, so typing in the search box keeps its face.
 */
export function codePointsOf(texts: Iterable<string>): Set<number> {
  const points = new Set<number>();
  for (let cp = 0x20; cp <= 0xff; cp++) points.add(cp);
  for (const text of texts) {
    for (const character of text) points.add(character.codePointAt(0)!);
    for (const match of text.matchAll(/\\u(?:([0-9a-fA-F]{4})|\{([0-9a-fA-F]{1,6})\})/g)) {
      points.add(parseInt(match[1] ?? match[2], 16));
    }
  }
  return points;
}

const FONT_FACE = /@font-face\s*\{[^}]*\}/g;
const WOFF2_DATA_URL = /url\(\s*["']?data:font\/woff2;base64,([A-Za-z0-9+/=]+)["']?\s*\)/;
const UNICODE_RANGE = /unicode-range\s*:\s*([^;}]+)/;

/**
 * The stylesheet with each inline WOFF2 face subset to the code points in its
 * range, and faces with none of them dropped. Faces without an inline WOFF2
 * source are left as they are.
 */
export async function subsetFontFaces(css: string, points: ReadonlySet<number>, subset: Subsetter): Promise<string> {
  const faces = [...css.matchAll(FONT_FACE)].map((m) => m[0]);
  const replacements = await Promise.all(
    faces.map(async (face): Promise<string> => {
      const font = WOFF2_DATA_URL.exec(face);
      if (!font) return face;
      const range = UNICODE_RANGE.exec(face);
      const intervals = range ? parseUnicodeRange(range[1]) : [[0, 0x10ffff] as [number, number]];
      const wanted = [...points].filter((cp) => intervals.some(([start, end]) => cp >= start && cp <= end));
      if (wanted.length === 0) return '';
      const smaller = await subset(Buffer.from(font[1], 'base64'), String.fromCodePoint(...wanted));
      return face.replace(font[1], () => smaller.toString('base64'));
    }),
  );
  let index = 0;
  return css.replace(FONT_FACE, () => replacements[index++]);
}
