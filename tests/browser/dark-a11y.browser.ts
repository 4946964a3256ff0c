/**
 * The dark colour scheme reads as well as the light one: axe-core (WCAG 2.2
 * AA, contrast included) finds no serious or critical violation in the views
 * and dialogs that a11y.browser.ts checks in light. One page for every check;
 * each view is reached by moving the page's history as Back and Forward do,
 * which the atlas restores its state from.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe.ts';
import { DESKTOP, saveScreenshot, describePageHygiene, openSession, type Session } from './harness.ts';
import { clickMap, positionOf, resetTo } from './fixtures.ts';

let session: Session;
let page: Page;

/** Software rendering on a busy machine: the first frame can take a minute or more. */
const SLOW = { timeout: 400_000 };

beforeAll(async () => {
  session = await openSession();
  // What is checked here is what a reader can perceive, not how the map moves: it jumps rather than eases.
  page = await session.newPage(DESKTOP, { reducedMotion: 'reduce' });
  await page.goto(`${session.site.url}?theme=dark`);
  await page.locator('.map[data-map-ready="true"]').waitFor({ timeout: 180_000 });
}, 240_000);

afterAll(async () => {
  await session?.close();
});

/** Shows the state a link's query names, in the same page, as Back or Forward would. */
async function visit(query: string): Promise<void> {
  // Any dialog or list left open by the previous check is closed first, as a reader would.
  await page.keyboard.press('Escape');
  await page.evaluate((search) => {
    window.history.pushState(null, '', `${window.location.pathname}${search}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

const LANGS = [
  {
    lang: 'en',
    query: 'theme=dark',
    place: 'Dalian',
    search: 'Search places and text',
    reader: 'Read the policy',
    inView: /places? in view/,
    inViewList: 'Places in view',
    chooser: 'Several places here',
  },
  {
    lang: 'zh',
    query: 'theme=dark&lang=zh',
    place: '大连',
    search: '搜索地点和译文',
    reader: '阅读全文',
    inView: /当前视图中的地点/,
    inViewList: '当前视图中的地点',
    chooser: '此处有多个地点',
  },
] as const;

describe.each(LANGS)('axe-core in the dark scheme, in $lang', (words) => {
  const query = (extra = '') => `?${[extra, words.query].filter(Boolean).join('&')}`;

  it('finds nothing serious in the overview, search results, a selection, the reader and the list of places in view', SLOW, async () => {
    await visit(query());
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.scheme)).toBe('dark');
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
    // A chosen clause: its heading is marked in the reader.
    await visit(query('clause=I.5&view=reader'));
    await page.locator('.reader__clause.is-current').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, `dark-reader-${words.lang}.png`);

    await page.getByRole('button', { name: words.inView }).click();
    await page.getByRole('region', { name: words.inViewList }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds nothing serious in the locator inset, shown for a place beyond the region', SLOW, async () => {
    await visit(query('place=northeast-asia'));
    await page.locator('.locator').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page.locator('.locator'), `dark-locator-${words.lang}.png`);
  });

  it('finds nothing serious with the chooser open', SLOW, async () => {
    // Yingkou lies in both the Liaoning coastal zone and the Shenyang economic zone: a click on its name falls in both.
    // The camera is restored from the history, which keeps an earlier framing's padding (see fixtures.ts),
    // so the click goes where the map draws the name rather than to the middle of the canvas.
    await resetTo(page, query('map=7/40.62/122.45'));
    await clickMap(page, await positionOf(page, /^(Yingkou 营口市|营口市 Yingkou)$/));
    await page.getByRole('dialog', { name: words.chooser }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('axe-core in the dark scheme on every dialog and mode', () => {
  it.each([
    { name: 'the comparison', query: '?theme=dark&compare=dalian,harbin,yanji', shows: '.compare-tray' },
    { name: 'what is here at a spot', query: '?theme=dark&at=41.0817,122.9949', shows: '.whats-here' },
    { name: 'the presentation tour', query: '?theme=dark&tour=I.5', shows: '.tour' },
    { name: 'the tour in Chinese', query: '?theme=dark&tour=I.3&lang=zh', shows: '.tour' },
  ])('finds nothing serious in $name', SLOW, async ({ query, shows }) => {
    await visit(query);
    await page.locator(shows).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds nothing serious in the share dialog, in either language', SLOW, async () => {
    for (const [query, share] of [['?theme=dark&place=dalian', 'Share'], ['?theme=dark&place=dalian&lang=zh', '分享']]) {
      await visit(query);
      await page.getByRole('button', { name: share, exact: true }).click();
      await page.getByRole('dialog').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
    }
  });

  it('finds nothing serious in the embed', SLOW, async () => {
    // The embed is a way of opening the page, not a state: it needs a load of its own, in the same page.
    await page.goto(`${session.site.url}?embed=1&theme=dark&place=suifenhe`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.locator('.map[data-map-ready="true"]').waitFor({ timeout: 180_000 });
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describePageHygiene(() => session);
