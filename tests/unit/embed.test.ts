import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_RANGE, HEIGHT_MESSAGE_TYPE, clampEmbedHeight, embedCode } from '../../src/embed/embed-code.ts';
import { isEmbedQuery, viewUrl } from '../../src/embed/embed-url.ts';
import { wantedHeight } from '../../src/embed/post-height.ts';
import { metresPerPixel, roundDown, scaleBar } from '../../src/export/map-scale.ts';

describe('embed mode is asked for by embed=1 and nothing else', () => {
  it.each([
    ['?embed=1', true],
    ['?place=dalian&embed=1&lang=zh', true],
    ['embed=1', true],
    ['', false],
    ['?embed=0', false],
    ['?embed=true', false],
    ['?embed=', false],
    ['?embed=1x', false],
    ['?EMBED=1', false],
    [`?x=${'a'.repeat(5000)}&embed=1`, false],
  ])('%s → %s', (query, expected) => {
    expect(isEmbedQuery(query)).toBe(expected);
  });
});

describe('a view has one address on the page, with or without embed mode', () => {
  const page = 'https://example.org/atlas/index.html?place=harbin&embed=1#top';
  it.each([
    [{ query: '?place=dalian&map=6/40/122', options: {} }, 'https://example.org/atlas/index.html?place=dalian&map=6/40/122'],
    [{ query: '', options: {} }, 'https://example.org/atlas/index.html'],
    [{ query: '?clause=I.5', options: { embed: true } }, 'https://example.org/atlas/index.html?clause=I.5&embed=1'],
    [{ query: '?clause=I.5&embed=1', options: {} }, 'https://example.org/atlas/index.html?clause=I.5'],
    [{ query: '?place=dalian', options: { embed: true, lang: 'zh' } }, 'https://example.org/atlas/index.html?place=dalian&lang=zh&embed=1'],
    [{ query: '?place=dalian&lang=en', options: { lang: 'zh' } }, 'https://example.org/atlas/index.html?place=dalian&lang=zh'],
    [{ query: '?hide=city,institution', options: {} }, 'https://example.org/atlas/index.html?hide=city,institution'],
  ])('%j', ({ query, options }, expected) => {
    expect(viewUrl(page, query, options)).toBe(expected);
  });

  it('takes the embed URL back to the same view, and the view back to its embed', () => {
    const embedded = viewUrl(page, '?sentence=I.5.s12&view=reader', { embed: true });
    expect(isEmbedQuery(new URL(embedded).search)).toBe(true);
    const full = viewUrl(embedded, new URL(embedded).search);
    expect(full).toBe('https://example.org/atlas/index.html?sentence=I.5.s12&view=reader');
    expect(isEmbedQuery(new URL(full).search)).toBe(false);
  });
});

describe('the embed code', () => {
  const src = 'https://example.org/atlas/?place=dalian&embed=1';
  it('is an iframe with a title, lazy loading, full width, the height chosen and no border', () => {
    const code = embedCode({ src, title: 'Map of Dalian in Guo Fa [2009] No. 33', height: 600, resize: false });
    expect(code).toBe(
      '<iframe src="https://example.org/atlas/?place=dalian&amp;embed=1" title="Map of Dalian in Guo Fa [2009] No. 33" ' +
        'width="100%" height="600" loading="lazy" allow="fullscreen; clipboard-write" style="border:0"></iframe>',
    );
  });

  it('escapes what would break out of an attribute', () => {
    const code = embedCode({ src, title: 'A "quoted" <b>title</b> & more', height: 500, resize: false });
    expect(code).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"');
    expect(code.match(/"/g)?.length).toBe(14);
  });

  it.each([
    [100, EMBED_HEIGHT_RANGE[0]],
    [400, 400],
    [637.4, 637],
    [5000, EMBED_HEIGHT_RANGE[1]],
    [Number.NaN, 500],
  ])('keeps a height of %d within the designed range: %d', (height, expected) => {
    expect(clampEmbedHeight(height)).toBe(expected);
  });

  it('adds, when asked, a script that trusts only its own iframe’s messages', () => {
    const code = embedCode({ src, title: 'Map', height: 500, resize: true });
    const [iframe, ...script] = code.split('\n');
    expect(iframe.startsWith('<iframe ')).toBe(true);
    const body = script.join('\n');
    expect(body.startsWith('<script>')).toBe(true);
    expect(body.endsWith('</script>')).toBe(true);
    expect(body).toContain('event.source !== frame.contentWindow');
    expect(body).toContain(HEIGHT_MESSAGE_TYPE);
    expect(script.length).toBeLessThanOrEqual(12);
  });
});

describe('the height an embed asks for', () => {
  it('is a landscape map plus the caption, within the designed range', () => {
    expect(wantedHeight(600, 120)).toBe(300 + 120);
    expect(wantedHeight(300, 0)).toBe(EMBED_HEIGHT_RANGE[0]);
    expect(wantedHeight(1200, 2000)).toBe(EMBED_HEIGHT_RANGE[1]);
  });

  it('grows with the caption and does not depend on the frame’s own height', () => {
    expect(wantedHeight(800, 200)).toBeGreaterThan(wantedHeight(800, 100));
    expect(wantedHeight.length).toBe(2);
  });
});

describe('the exported scale bar', () => {
  it('measures about 78 km per 512 px tile-width at zoom 0 scaled by latitude', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.5, 0);
    expect(metresPerPixel(60, 0)).toBeCloseTo(78271.5 / 2, 0);
  });

  it.each([
    [0.7, 0.5],
    [1, 1],
    [3.9, 2],
    [7, 5],
    [180, 100],
  ])('rounds %d down to %d', (value, expected) => {
    expect(roundDown(value)).toBeCloseTo(expected, 10);
  });

  it('gives a round distance no longer than the bar allows, in the snapshot’s pixels', () => {
    const bar = scaleBar(45, 6, 2, 120);
    expect(bar).not.toBeNull();
    if (!bar) return;
    expect([1, 2, 5, 10, 20, 50, 100]).toContain(bar.km);
    expect(bar.lengthPx).toBeLessThanOrEqual(240);
    expect(bar.lengthPx).toBeGreaterThan(240 / 2.5);
  });
});
