/**
 * The atlas by keyboard and screen reader: axe-core (WCAG 2.2 AA) finds no
 * serious or critical violation in any view, in either language, and the
 * journeys can be done with the keyboard alone.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe.ts';
import { describePageHygiene, saveScreenshot } from './harness.ts';
import { clickMap, positionOf, useSharedAtlas } from './fixtures.ts';

// What is checked here is what a reader can perceive and reach, not how the map moves: it jumps rather than eases.
const atlas = useSharedAtlas({ reducedMotion: 'reduce' });

/** Software rendering on a busy machine: the first frame can take a minute or more. */
const SLOW = { timeout: 400_000 };

const LANGS = [
  {
    lang: 'en',
    query: '',
    place: 'Dalian',
    search: 'Search places and text',
    reader: 'Read the policy',
    inView: /places? in view/,
    inViewList: 'Places in view',
    chooser: 'Several places here',
  },
  {
    lang: 'zh',
    query: 'lang=zh',
    place: '大连',
    search: '搜索地点和译文',
    reader: '阅读全文',
    inView: /当前视图中的地点/,
    inViewList: '当前视图中的地点',
    chooser: '此处有多个地点',
  },
] as const;

describe.each(LANGS)('axe-core in $lang', (words) => {
  const query = (extra = '') => `?${[extra, words.query].filter(Boolean).join('&')}`;

  it('finds nothing serious in the overview, search results, a selection, the reader and the list of places in view', SLOW, async () => {
    const page = await atlas.show(query());
    expect(await seriousViolations(page)).toEqual([]);

    const box = page.getByRole('combobox', { name: words.search });
    await box.fill(words.place);
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await box.fill('futures');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await box.fill(words.place);
    await page.getByRole('listbox').getByRole('option').first().click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toContain(words.place);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: words.reader }).click();
    await page.locator('.reader').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: words.inView }).click();
    await page.getByRole('region', { name: words.inViewList }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, `a11y-places-in-view-${words.lang}.png`);
  });

  it('finds nothing serious with the chooser open', SLOW, async () => {
    // Yingkou lies in both the Liaoning coastal zone and the Shenyang economic zone: a click on its name falls in both.
    const page = await atlas.show(query('map=7/40.62/122.45'));
    await clickMap(page, await positionOf(page, /^(Yingkou 营口市|营口市 Yingkou)$/));
    await page.getByRole('dialog', { name: words.chooser }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('axe-core on every dialog and mode', () => {
  it.each([
    { name: 'the dark theme, in English', query: '?theme=dark&place=dalian' },
    { name: 'the dark theme, in Chinese', query: '?theme=dark&lang=zh&view=reader' },
    // The comparison opens by itself only when the page loads with it, and the embed is a way of loading the page.
    { name: 'the comparison', query: '?compare=dalian,harbin,yanji', load: true },
    { name: 'what is here at a spot', query: '?at=41.0817,122.9949' },
    { name: 'the presentation tour', query: '?tour=I.5' },
    { name: 'the tour in Chinese', query: '?tour=I.3&lang=zh' },
    { name: 'the embed', query: '?embed=1&place=suifenhe', load: true },
  ])('finds nothing serious in $name', SLOW, async ({ query, load }) => {
    const page = load ? await atlas.load(query) : await atlas.show(query);
    if (load && query.includes('compare')) await page.getByRole('dialog', { name: 'Places compared' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds nothing serious in the share dialog, in either language', SLOW, async () => {
    for (const [query, share] of [['?place=dalian', 'Share'], ['?place=dalian&lang=zh', '分享']]) {
      const page = await atlas.show(query);
      await page.getByRole('button', { name: share, exact: true }).click();
      await page.getByRole('dialog').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    }
  });
});

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, matches: (el: { tag: string; name: string; className: string }) => boolean, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { tag: el?.tagName ?? '', name: el?.getAttribute('aria-label') ?? el?.textContent ?? '', className: el?.className ?? '' };
    });
    if (matches(focused)) return;
  }
  throw new Error('Tab never reached the element');
}

const announcement = (page: Page) => page.locator('[data-announcer]').textContent();

describe('the atlas by keyboard alone', () => {
  it('shows a focus ring on the map, selects a place from the places in view, and announces it', SLOW, async () => {
    const page = await atlas.show();
    // The panel comes first in the page's order (search is a few stops from the top), so the map is reached after it.
    await tabTo(page, (f) => f.className.includes('maplibregl-canvas'), 90);
    const ring = await page.locator('canvas.maplibregl-canvas').evaluate((canvas) => {
      const style = getComputedStyle(canvas);
      return { style: style.outlineStyle, width: style.outlineWidth, offset: style.outlineOffset };
    });
    // Drawn inside the canvas, since the map clips whatever lies outside it.
    expect(ring).toEqual({ style: 'solid', width: '3px', offset: '-3px' });
    await saveScreenshot(page, 'a11y-map-focus.png');

    await tabTo(page, (f) => /places? in view/.test(f.name));
    await page.keyboard.press('Enter');
    const list = page.getByRole('region', { name: 'Places in view' });
    await list.waitFor();
    await expect(list.getByRole('list', { name: /City/ }).getByRole('button', { name: 'Harbin 哈尔滨市', exact: true }).isVisible()).resolves.toBe(true);
    await tabTo(page, (f) => f.name === 'Harbin 哈尔滨市');
    await page.keyboard.press('Enter');
    const heading = page.getByRole('complementary', { name: 'Policy panel' }).getByRole('heading', { level: 2 });
    await expect.poll(() => heading.textContent()).toContain('Harbin');
    await expect.poll(() => announcement(page)).toBe('Harbin selected');
    expect(new URL(page.url()).searchParams.get('place')).toBe('harbin');

    // Esc goes back to the overview, from wherever focus is in the panel.
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe(null);
    await expect.poll(() => announcement(page)).toBe('Back to the overview');
    await expect(page.getByRole('button', { name: 'Back to the overview' }).isVisible()).resolves.toBe(false);
  });

  it('moves through the text with the arrow keys, one tab stop for all its sentences', SLOW, async () => {
    const page = await atlas.show('?view=reader');
    const reader = page.getByRole('article', { name: 'Read the policy' });
    await reader.waitFor();
    const stops = await reader.locator('.sentence, .clause-link').evaluateAll((nodes) => nodes.filter((n) => (n as HTMLElement).tabIndex === 0).length);
    expect(stops).toBe(1);
    await tabTo(page, (f) => f.className.includes('sentence'));
    const first = await page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const third = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(third).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toBe(first);
    // Tab leaves the text (after the focused sentence's own place links), not through every sentence.
    await page.keyboard.press('End');
    const sentenceId = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.sentence);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('sentence')).toBe(sentenceId);
    await expect.poll(() => announcement(page)).toMatch(/^Sentence · .* selected$/);
  });

  it('goes back to the overview by the panel button and by the title', SLOW, async () => {
    const page = await atlas.show('?place=dalian');
    const back = page.getByRole('button', { name: 'Back to the overview' });
    await back.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe(null);
    await page.getByRole('link', { name: 'Northeast China Revitalization Atlas' }).waitFor();
    await page.getByRole('combobox').fill('Harbin');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe('harbin');
    await page.getByRole('link', { name: 'Northeast China Revitalization Atlas' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe(null);
  });
});

describe('a clear start', () => {
  // In English only: the status line in Chinese, and its clearing, are checked in tests/unit/views/loading-status.test.ts,
  // and search in Chinese in search-box.test.ts, without the whole atlas a load here costs.
  it('says the map is loading while the text is already usable', SLOW, async () => {
    // A page of its own: the loading state is only seen while a page loads.
    const page = await atlas.newPage();
    // The map waits for its label fonts; held back, the map stays loading.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/*.woff2', async (route) => {
      await held;
      await route.continue();
    });
    // Not waiting for the load event, which the held fonts hold back too.
    await page.goto(atlas.session.site.url, { waitUntil: 'domcontentloaded' });
    const status = page.getByRole('status').filter({ hasText: 'Loading the map…' });
    await status.waitFor();
    await expect(status.isVisible()).resolves.toBe(true);
    // No screenshot here: Playwright's waits for the fonts this test holds back.
    // The panel works before the map: search and choose a place.
    await page.getByRole('combobox').fill('Harbin');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe('harbin');
    release();
    await page.locator('.map[data-map-ready="true"]').waitFor({ timeout: 180_000 });
    await expect.poll(() => status.count()).toBe(0);
    await page.close();
  });
});

describePageHygiene(() => atlas.session);
