import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { describe, expect, it } from 'vitest';
import { codePointsOf, parseUnicodeRange, subsetFontFaces, type Subsetter } from '../../scripts/offline/font-subset.ts';

const FILES = new URL('../../node_modules/@fontsource/noto-sans-sc/files/', import.meta.url);
/** A real slice of Noto Sans SC holding 哈 (U+54C8), and one that does not. */
const withHa = readFileSync(new URL('noto-sans-sc-113-400-normal.woff2', FILES));
const withoutHa = readFileSync(new URL('noto-sans-sc-116-400-normal.woff2', FILES));
const subset: Subsetter = (font, text) => subsetFont(font, text, { targetFormat: 'woff2' });

const face = (font: Buffer, range: string) =>
  `@font-face{font-family:Noto Sans SC;src:url(data:font/woff2;base64,${font.toString('base64')})format("woff2");unicode-range:${range}}`;
const fontOf = (css: string) => Buffer.from(/base64,([A-Za-z0-9+/=]+)/.exec(css)?.[1] ?? '', 'base64');

describe('parseUnicodeRange', () => {
  it.each([
    ['U+54C8', [[0x54c8, 0x54c8]]],
    ['U+4E00-4E2F', [[0x4e00, 0x4e2f]]],
    ['U+4??', [[0x400, 0x4ff]]],
    ['U+??', [[0x00, 0xff]]],
    ['u+26, U+3c-3d', [[0x26, 0x26], [0x3c, 0x3d]]],
  ])('reads %s', (value, expected) => {
    expect(parseUnicodeRange(value)).toEqual(expected);
  });
});

describe('codePointsOf', () => {
  it('takes the characters of the texts, escaped ones included, and always printable Latin-1', () => {
    const points = codePointsOf(['哈尔滨', 'const s = "\\u5927\\u{8FDE}";']);
    for (const character of '哈尔滨大连é~ ') expect(points.has(character.codePointAt(0)!)).toBe(true);
    expect(points.has('京'.codePointAt(0)!)).toBe(false);
  });
});

describe('subsetFontFaces', () => {
  it('keeps a face whose range holds a shown character, smaller and still drawing it', async () => {
    const css = face(withHa, 'U+54C8,U+54E5');
    const out = await subsetFontFaces(css, codePointsOf(['哈']), subset);
    const font = fontOf(out);
    expect(font.length).toBeGreaterThan(0);
    expect(font.length).toBeLessThan(withHa.length / 4);
    // A font holding 哈 keeps more when subset to it than to nothing.
    const [kept, empty] = await Promise.all([subset(font, '哈'), subset(font, 'A')]);
    expect(kept.length).toBeGreaterThan(empty.length);
    expect(out).toContain('unicode-range:U+54C8,U+54E5');
  });

  it('drops a face whose range holds none of the shown characters', async () => {
    const css = `${face(withHa, 'U+54C8')}\n${face(withoutHa, 'U+4E16')}`;
    const out = await subsetFontFaces(css, codePointsOf(['哈']), subset);
    expect(out.match(/@font-face/g)).toHaveLength(1);
    expect(out).toContain('unicode-range:U+54C8');
    expect(out).not.toContain('U+4E16');
  });

  it('leaves faces without an inline WOFF2 source and the rest of the stylesheet alone', async () => {
    const css = `.a{color:red}@font-face{font-family:X;src:local(X)}.b{color:blue}`;
    await expect(subsetFontFaces(css, codePointsOf(['哈']), subset)).resolves.toBe(css);
  });
});
