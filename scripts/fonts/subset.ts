/**
 * Cuts the @fontsource web fonts down to the characters the site shows.
 *
 * @fontsource ships each font as slices split by unicode-range (Noto Sans SC:
 * about 100 per weight), not as one file, and no maintained JavaScript tool
 * merges fonts. So each slice that holds a character we need is subset, with
 * HarfBuzz, to just those characters, and gets an @font-face whose
 * unicode-range is exactly what it now holds. The browser fetches only the
 * slices the page shows characters from, as before, but each is a few kB
 * instead of tens.
 */
import subsetFont from 'subset-font';
import { convert } from 'fontverter';
import { mappedCodePoints } from './cmap.ts';
import { formatUnicodeRange, parseUnicodeRange } from './unicode-range.ts';

/** One @font-face of a @fontsource stylesheet. */
export interface SourceFace {
  family: string;
  weight: string;
  style: string;
  /** The woff2 file named in `src`, relative to the stylesheet. */
  file: string;
  range: Set<number>;
}

/** A subset ready to ship: its file name, its bytes and the code points it maps. */
export interface SubsetFace {
  family: string;
  weight: string;
  style: string;
  fileName: string;
  codePoints: number[];
  woff2: Uint8Array;
}

const descriptor = (block: string, name: string): string | undefined =>
  new RegExp(`${name}\\s*:\\s*([^;]+);`).exec(block)?.[1]?.trim();

/** The @font-face rules of a @fontsource stylesheet, with their woff2 files. */
export function parseFontFaces(css: string): SourceFace[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, block = '']) => {
    const family = descriptor(block, 'font-family')?.replace(/^['"]|['"]$/g, '');
    const file = /url\(([^)]+\.woff2)\)/.exec(block)?.[1]?.replace(/^['"]|['"]$/g, '');
    const range = descriptor(block, 'unicode-range');
    if (!family || !file || !range) throw new Error(`@font-face without family, woff2 or unicode-range: ${block}`);
    return {
      family,
      weight: descriptor(block, 'font-weight') ?? '400',
      style: descriptor(block, 'font-style') ?? 'normal',
      file,
      range: parseUnicodeRange(range),
    };
  });
}

/** The base name of a @fontsource file without its folder and format, e.g. `noto-sans-sc-42-400-normal`. */
const baseName = (file: string): string => file.replace(/^.*\//, '').replace(/\.woff2$/, '');

/**
 * Subsets each source face to the wanted characters it covers; faces that
 * cover none are left out. @fontsource's ranges overlap (Latin is in several
 * Noto Sans SC slices), so each character goes to the first face that maps
 * it and no other: one file per character, fetched once. `read` returns a
 * face's woff2 bytes.
 */
export async function subsetFaces(
  faces: readonly SourceFace[],
  wanted: ReadonlySet<number>,
  read: (face: SourceFace) => Uint8Array,
): Promise<SubsetFace[]> {
  const subsets: SubsetFace[] = [];
  const taken = new Set<number>();
  for (const face of faces) {
    const needed = [...wanted].filter((point) => face.range.has(point) && !taken.has(point));
    if (needed.length === 0) continue;
    const sfnt = await subsetFont(Buffer.from(read(face)), String.fromCodePoint(...needed), { targetFormat: 'sfnt' });
    // What the file really maps, not what we asked for: a slice's range may name a character it lacks.
    const mapped = mappedCodePoints(sfnt);
    const codePoints = needed.filter((point) => mapped.has(point)).sort((a, b) => a - b);
    if (codePoints.length === 0) continue;
    for (const point of codePoints) taken.add(point);
    const woff2 = new Uint8Array(await convert(sfnt, 'woff2'));
    subsets.push({ family: face.family, weight: face.weight, style: face.style, fileName: `${baseName(face.file)}.woff2`, codePoints, woff2 });
  }
  return subsets;
}

/**
 * The @font-face rules for the subsets. `swap`: text shows at once in a
 * fallback face and changes face when the subset arrives; a subset that fails
 * to load leaves the fallback, never blank text.
 */
export function fontFaceCss(subsets: readonly SubsetFace[], header: string): string {
  const rules = subsets.map((subset) =>
    [
      '@font-face {',
      `  font-family: '${subset.family}';`,
      `  font-style: ${subset.style};`,
      `  font-weight: ${subset.weight};`,
      '  font-display: swap;',
      `  src: url(./${subset.fileName}) format('woff2');`,
      `  unicode-range: ${formatUnicodeRange(subset.codePoints)};`,
      '}',
    ].join('\n'),
  );
  return `${header}\n${rules.join('\n')}\n`;
}
