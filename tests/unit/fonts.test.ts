import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { convert } from 'fontverter';
import { describe, expect, it } from 'vitest';
import { charactersOfJson, charactersOfSource } from '../../scripts/fonts/characters.ts';
import { mappedCodePoints } from '../../scripts/fonts/cmap.ts';
import {
  DETAIL_STYLESHEET,
  OUTPUT_DIR,
  STYLESHEET,
  charactersToCover,
  committedDigest,
  detailCharacters,
  inputsDigest,
} from '../../scripts/fonts/site-fonts.ts';
import { parseFontFaces } from '../../scripts/fonts/subset.ts';
import { formatUnicodeRange, parseUnicodeRange } from '../../scripts/fonts/unicode-range.ts';
import { loadLabelFonts } from '../../src/map/fonts.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fontDir = `${root}/${OUTPUT_DIR}`;
const stylesheet = readFileSync(`${fontDir}/${STYLESHEET}`, 'utf8');
const shipped = parseFontFaces(stylesheet);
const detailStylesheet = readFileSync(`${fontDir}/${DETAIL_STYLESHEET}`, 'utf8');
/** The faces of the city-zoom context's names, imported with it, never by the first load. */
const detail = parseFontFaces(detailStylesheet);

/** What each shipped file really maps, read from its own cmap table (one at a time: the decoder is not reentrant). */
const cmaps = new Map<string, Set<number>>();
for (const face of [...shipped, ...detail]) {
  cmaps.set(face.file, mappedCodePoints(await convert(readFileSync(`${fontDir}/${face.file}`), 'sfnt')));
}
const coveredBy = (family: string): Set<number> =>
  new Set(shipped.filter((face) => face.family === family).flatMap((face) => [...(cmaps.get(face.file) ?? [])]));

const isHan = (point: number): boolean => /\p{Script=Han}/u.test(String.fromCodePoint(point));
const show = (points: Iterable<number>): string => [...points].map((point) => String.fromCodePoint(point)).join('');

describe('unicode ranges', () => {
  const cases: [string, number[], string][] = [
    ['single code points', [0x4e00, 0x4e02], 'U+4e00,U+4e02'],
    ['a run of neighbours as one range', [0x41, 0x42, 0x43, 0x61], 'U+41-43,U+61'],
    ['unsorted input with repeats, sorted', [0x62, 0x61, 0x61], 'U+61-62'],
  ];
  it.each(cases)('writes %s', (_what, points, range) => {
    expect(formatUnicodeRange(points)).toBe(range);
    expect([...parseUnicodeRange(range)].sort((a, b) => a - b)).toEqual([...new Set(points)].sort((a, b) => a - b));
  });

  it('reads wildcards and upper-case prefixes', () => {
    expect(parseUnicodeRange('u+4?, U+1F600').size).toBe(17);
  });
});

describe('the characters the site can show', () => {
  it('come from string values of JSON, not its keys', () => {
    expect(show(charactersOfJson({ name_zh: '大连', nested: [{ k: '市' }], n: 3 }))).toBe('大连市');
  });

  it('come from source lines, leaving out comments that start a line', () => {
    const source = ['/**', ' * 哈尔滨 in an example', ' */', '// 牡丹江 in a note', "const label = '长春';"].join('\n');
    const characters = show(charactersOfSource(source));
    expect(characters).toContain('长春');
    expect(characters).not.toMatch(/[哈尔滨牡丹江]/u);
  });
});

describe('the shipped font subsets', () => {
  it('are current: made from the characters the data and sources hold today (else run npm run fonts)', () => {
    expect(committedDigest(root)).toBe(inputsDigest(root));
  });

  it('would be remade if one more character appeared: the digest covers the characters', () => {
    const wanted = charactersToCover(root);
    expect(inputsDigest(root, new Set([...wanted, '龍'.codePointAt(0) as number]))).not.toBe(inputsDigest(root, wanted));
  });

  it('cover every Han character of the data files and the source strings in Noto Sans SC', () => {
    const han = [...charactersToCover(root)].filter(isHan);
    const sc = coveredBy('Noto Sans SC');
    expect(han.length).toBeGreaterThan(200);
    expect(show(han.filter((point) => !sc.has(point)))).toBe('');
  });

  it('cover the Chinese names of the base map and of the places', () => {
    const sc = coveredBy('Noto Sans SC');
    const names = [
      ...readFileSync(`${root}/geodata/basemap.topo.json`, 'utf8').matchAll(/"name_zh":"([^"]*)"/g),
      ...readFileSync(`${root}/geodata/places.geojson`, 'utf8').matchAll(/"name_zh":\s*"([^"]*)"/g),
    ].map((match) => match[1] ?? '');
    expect(names.length).toBeGreaterThan(50);
    const missing = names.flatMap((name) => [...name]).filter((char) => isHan(char.codePointAt(0) as number) && !sc.has(char.codePointAt(0) as number));
    expect(missing.join('')).toBe('');
  });

  it('cover every character the site shows in one family or the other', () => {
    const all = new Set([...coveredBy('Noto Sans'), ...coveredBy('Noto Sans SC')]);
    expect(show([...charactersToCover(root)].filter((point) => !all.has(point)))).toBe('');
  });

  it('declare in each unicode-range only characters the file maps, so the browser never fetches a file in vain', () => {
    for (const face of shipped) {
      const mapped = cmaps.get(face.file) ?? new Set();
      expect(show([...face.range].filter((point) => !mapped.has(point))), face.file).toBe('');
    }
  });

  it('declare each character in one file of its family only', () => {
    for (const family of ['Noto Sans', 'Noto Sans SC']) {
      const declared = shipped.filter((face) => face.family === family).flatMap((face) => [...face.range]);
      expect(declared.length).toBe(new Set(declared).size);
    }
  });

  it('hold only glyphs the site shows, in files well under the @fontsource slices', () => {
    const wanted = charactersToCover(root);
    const extra = shipped.flatMap((face) => [...(cmaps.get(face.file) ?? [])].filter((point) => !wanted.has(point)));
    expect(show(extra)).toBe('');
    const bytes = shipped.reduce((sum, face) => sum + readFileSync(`${fontDir}/${face.file}`).length, 0);
    // The subset grows with the names the site shows (the inventories added 39 airports' and
    // 35 ports of entry's Chinese names); the @fontsource slices it is cut from total megabytes.
    expect(bytes).toBeLessThan(200_000);
  });

  it('are the only files in the font folder, each named in one of the two stylesheets', () => {
    const files = readdirSync(fontDir).filter((name) => name !== STYLESHEET && name !== DETAIL_STYLESHEET).sort();
    expect(files).toEqual([...shipped, ...detail].map((face) => face.file.replace(/^\.\//, '')).sort());
  });

  it('fall back instead of blanking text: every face uses font-display: swap', () => {
    expect(stylesheet.match(/font-display: swap;/g)?.length).toBe(shipped.length);
  });
});

describe('the city-zoom context’s font subsets', () => {
  const core = charactersToCover(root);
  const wanted = detailCharacters(root, core);

  it('cover every character of the context’s names that the first load’s faces lack', () => {
    expect(wanted.size).toBeGreaterThan(30);
    const covered = new Set(detail.flatMap((face) => [...(cmaps.get(face.file) ?? [])]));
    expect(show([...wanted].filter((point) => !covered.has(point)))).toBe('');
    // …and nothing else: each file holds only the context's own new glyphs.
    expect(show([...covered].filter((point) => !wanted.has(point)))).toBe('');
  });

  it('add nothing to the first load: no character is in both stylesheets, so no first-load file changes for them', () => {
    for (const family of ['Noto Sans', 'Noto Sans SC']) {
      const first = new Set(shipped.filter((face) => face.family === family).flatMap((face) => [...face.range]));
      const lazy = detail.filter((face) => face.family === family).flatMap((face) => [...face.range]);
      expect(show(lazy.filter((point) => first.has(point))), family).toBe('');
    }
    expect(stylesheet).not.toContain('detail-');
  });

  it('are small files that fall back instead of blanking text', () => {
    const bytes = detail.reduce((sum, face) => sum + readFileSync(`${fontDir}/${face.file}`).length, 0);
    expect(bytes).toBeLessThan(60_000);
    expect(detailStylesheet.match(/font-display: swap;/g)?.length).toBe(detail.length);
  });
});

describe('loadLabelFonts', () => {
  const fontsThat = (load: (font: string) => Promise<FontFace[]>): Pick<FontFaceSet, 'load'> => ({ load });

  it('resolves with no failures when every family loads', async () => {
    const asked: string[] = [];
    const fonts = fontsThat(async (font) => {
      asked.push(font);
      return [];
    });
    expect(await loadLabelFonts(['Noto Sans', 'Noto Sans SC'], ['大连', 'Dalian'], { fonts })).toEqual([]);
    expect(asked).toEqual(['16px "Noto Sans"', '16px "Noto Sans SC"']);
  });

  it('resolves, naming the family, when a font fails to load', async () => {
    const fonts = fontsThat(async (font) => {
      if (font.includes('SC')) throw new DOMException('failed', 'NetworkError');
      return [];
    });
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(await loadLabelFonts(['Noto Sans', 'Noto Sans SC'], ['大连'], { fonts })).toEqual(['Noto Sans SC']);
    } finally {
      console.warn = warn;
    }
  });

  it('resolves, naming the family, when a font never arrives', async () => {
    const fonts = fontsThat((font) => (font.includes('SC') ? new Promise<FontFace[]>(() => {}) : Promise.resolve([])));
    expect(await loadLabelFonts(['Noto Sans', 'Noto Sans SC'], ['大连'], { fonts, timeoutMs: 20 })).toEqual(['Noto Sans SC']);
  });

  it('resolves when the font set itself throws', async () => {
    const fonts = fontsThat(() => {
      throw new SyntaxError('bad font shorthand');
    });
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(await loadLabelFonts(['Noto Sans'], ['x'], { fonts })).toEqual(['Noto Sans']);
    } finally {
      console.warn = warn;
    }
  });
});
