/**
 * The atlas by keyboard and screen reader: axe-core (WCAG 2.2 AA) finds no
 * serious or critical violation in any view, in either language, and the
 * journeys can be done with the keyboard alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe.ts';
import { DESKTOP, SCREENSHOTS, describePageHygiene, openSession, type Session } from './harness.ts';

let session: Session;

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session?.close();
});

/** Software rendering on a busy machine: the first frame can take a minute or more. */
const SLOW = { timeout: 400_000 };

async function open(query = '', viewport = DESKTOP): Promise<Page> {
  const page = await session.newPage(viewport);
  await page.goto(`${session.site.url}${query}`);
  await page.locator('.map[data-map-ready="true"]').waitFor({ timeout: 180_000 });
  return page;
}

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
    search: '搜索地点和原文',
    reader: '阅读全文',
    inView: /当前视图中的地点/,
    inViewList: '当前视图中的地点',
    chooser: '此处有多个地点',
  },
] as const;

describe.each(LANGS)('axe-core in $lang', (words) => {
  const query = (extra = '') => `?${[extra, words.query].filter(Boolean).join('&')}`;

  it('finds nothing serious in the overview, search results, a selection, the reader and the list of places in view', SLOW, async () => {
    const page = await open(query());
    expect(await seriousViolations(page)).toEqual([]);

    const box = page.getByRole('combobox', { name: words.search });
    await box.fill(words.place);
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await box.fill('port');
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
    await page.screenshot({ path: `${SCREENSHOTS}a11y-places-in-view-${words.lang}.png` });
  });

  it('finds nothing serious with the chooser open', SLOW, async () => {
    // Yingkou lies in both the Liaoning coastal zone and the Shenyang economic zone.
    const page = await open(query('map=7/40.62/122.45'));
    const canvas = page.locator('canvas.maplibregl-canvas');
    const size = await canvas.boundingBox();
    await canvas.click({ position: { x: (size?.width ?? 0) / 2, y: (size?.height ?? 0) / 2 } });
    await page.getByRole('dialog', { name: words.chooser }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describePageHygiene(() => session);
