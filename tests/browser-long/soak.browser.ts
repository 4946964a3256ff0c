/**
 * A soak: 300 random user actions, from a fixed seed, on one page. Clicks on
 * places where the map shows their names, searches, tab switches, key
 * toggles, Back and the language switch. Nothing may throw, and the heap at
 * the end may be no larger than 1.5× its size after the first 50 actions:
 * listeners, layers or nodes that pile up with use would show there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { seededRandom } from '../../scripts/seeded-random.ts';
import { DESKTOP, openSession, saveScreenshot, waitForMap, type Session } from '../browser/harness.ts';

let session: Session;

beforeAll(async () => {
  session = await openSession();
});

afterAll(async () => {
  await session?.close();
});

const SEED = 20091029;
const ACTIONS = 300;
const QUERIES = ['Harbin', '大连', 'futures', 'Shenyang', 'port', 'Suifenhe', '长春', 'zone', 'xyz', 'Jilin'];

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Lets the page draw a frame: the pace of the run, with no fixed sleeps. */
async function frame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

type Action = (page: Page, pick: <T>(items: readonly T[]) => T) => Promise<void>;

const ACTIONS_BY_KIND: Record<string, Action> = {
  async clickPlace(page, pick) {
    const items = page.getByRole('list', { name: /Names shown on the map|地图上显示的地名/ }).getByRole('listitem');
    // One reading of the whole list: the map rewrites it on every idle, so an item counted a moment ago may be gone.
    const points = await items.evaluateAll((shown) => shown.map((item) => [item.getAttribute('data-x'), item.getAttribute('data-y')] as const));
    if (points.length === 0) return;
    const [x, y] = pick(points);
    const canvas = page.locator('canvas.maplibregl-canvas');
    const box = await canvas.boundingBox();
    if (!box || Number(x) < 2 || Number(y) < 2 || Number(x) > box.width - 2 || Number(y) > box.height - 2) return;
    // A name under the key or a control is not clickable for a reader either.
    const uncovered = await page.evaluate(
      ([px, py]) => document.elementFromPoint(px, py)?.classList.contains('maplibregl-canvas') ?? false,
      [box.x + Number(x), box.y + Number(y)],
    );
    if (!uncovered) return;
    await canvas.click({ position: { x: Number(x), y: Number(y) } });
    // Two zones under one click open a chooser; a reader picks one or goes on.
    const chooser = page.locator('.map-chooser [role="option"], .map-chooser button');
    if ((await chooser.count()) > 0) await page.keyboard.press('Escape');
  },
  async search(page, pick) {
    const box = page.getByRole('combobox');
    await box.fill(pick(QUERIES));
    if (pick([true, false])) await box.press('ArrowDown');
    if (pick([true, false, false])) await box.press('Enter');
    // A reader who does not choose closes the list before going on, as its popup covers the panel.
    if ((await box.getAttribute('aria-expanded')) === 'true') await box.press('Escape');
  },
  async switchTab(page, pick) {
    const tab = page.getByRole('button', { name: pick([/^(Explore|浏览)$/, /^(Read the policy|阅读全文)$/]) });
    await tab.click();
  },
  async toggleKey(page, pick) {
    const boxes = page.getByRole('checkbox');
    const count = await boxes.count();
    if (count === 0) return;
    await boxes.nth(pick([...Array(count).keys()])).click();
  },
  async back(page) {
    // Only within the atlas: never back out of the page the run is measuring.
    const canGoBack = await page.evaluate(() => (window as unknown as { navigation?: { canGoBack: boolean } }).navigation?.canGoBack ?? false);
    if (canGoBack) await page.goBack({ waitUntil: 'commit' });
  },
  async switchLanguage(page) {
    const other = page.getByRole('button', { name: /^(English|中文)$/, pressed: false });
    await other.click();
  },
};

describe('a long session of random use', () => {
  it(`survives ${ACTIONS} seeded actions with no errors and no growing heap`, async () => {
    const page = await session.newPage(DESKTOP);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(session.site.url);
    await waitForMap(page);
    const cdp = await page.context().newCDPSession(page);
    const next = seededRandom(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const kinds = Object.keys(ACTIONS_BY_KIND);
    const done: Record<string, number> = {};
    let heapAt50 = 0;
    const box = page.getByRole('combobox');
    for (let i = 1; i <= ACTIONS; i += 1) {
      const kind = pick(kinds);
      // Results that arrived after the reader moved on are closed first, as a reader would.
      if (kind !== 'search' && (await box.getAttribute('aria-expanded')) === 'true') await box.press('Escape');
      await ACTIONS_BY_KIND[kind](page, pick);
      done[kind] = (done[kind] ?? 0) + 1;
      await frame(page);
      if (i === 50) heapAt50 = await heapAfterGc(cdp);
      if (i % 50 === 0) console.info(`soak: ${i} actions`);
    }
    await waitForMap(page);
    await saveScreenshot(page, 'soak-end.png');
    const heapAtEnd = await heapAfterGc(cdp);
    console.info(`soak: actions ${JSON.stringify(done)}; heap after 50: ${heapAt50} B, at the end: ${heapAtEnd} B`);

    expect(errors).toEqual([]);
    // Every kind of action was exercised, so the heap check covers them all.
    expect(Object.keys(done).sort()).toEqual([...kinds].sort());
    expect(heapAt50).toBeGreaterThan(0);
    expect(heapAtEnd).toBeLessThanOrEqual(heapAt50 * 1.5);
    // The atlas still answers at the end.
    await page.getByRole('combobox').fill('Harbin');
    await page.getByRole('option').filter({ hasText: /Harbin|哈尔滨/ }).first().waitFor();
    // About two minutes on an idle two-core machine; room for one that is shared: at a load
    // average of 20 (six other jobs), 150 actions took eight minutes.
  }, 1_200_000);
});

describe('the page, throughout', () => {
  it('sent nothing beyond its own origin and threw nothing', () => {
    expect(session.pagesOpened).toBeGreaterThan(0);
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
