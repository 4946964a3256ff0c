/**
 * The atlas as a component: two on one page keep their own state, and
 * `destroy()` leaves no map, listener or observer behind. The page is a
 * test-only build (tests/pages/two-atlases.html).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, DIST_TEST, describePageHygiene, saveScreenshot } from './harness.ts';
import { useSharedAtlas } from './fixtures.ts';

// Not a check of how the map moves: it jumps rather than eases, and names appear without fading (reduced motion).
const shared = useSharedAtlas({ root: DIST_TEST, viewport: { width: DESKTOP.width, height: 1200 }, reducedMotion: 'reduce' });

interface PageProbe {
  listeners: number;
  observers: number;
  /** What the listeners left are listening for. */
  types: string[];
  baseline: { listeners: number; observers: number };
}

/**
 * MapLibre's shared worker pool watches the page's visibility, once per page
 * and for every map (WorkerPool.watchWorkers): a listener of the library's,
 * not of any atlas, which stays when the last map goes.
 */
const LIBRARY_LISTENERS = ['visibilitychange'];

/**
 * The page with two atlases. The first two checks share one load: the first
 * reads the atlases as they open, the second changes them. `fresh` loads it
 * again, for the check of what destroy() leaves, which compares against
 * atlases as they open.
 */
let twoLoaded = false;
async function openTwo(fresh = false): Promise<Page> {
  const page = shared.page;
  if (twoLoaded && !fresh) return page;
  await page.goto(`${shared.session.site.url}two-atlases.html`);
  await page.locator('#atlas-a .map[data-map-ready="true"]').waitFor({ timeout: 120_000 });
  await page.locator('#atlas-b .map[data-map-ready="true"]').waitFor({ timeout: 120_000 });
  twoLoaded = true;
  return page;
}

const atlas = (page: Page, id: 'a' | 'b') => page.locator(`#atlas-${id}`);
const heading = (page: Page, id: 'a' | 'b') => atlas(page, id).getByRole('complementary').getByRole('heading', { level: 2 });

function probe(page: Page): Promise<PageProbe> {
  return page.evaluate(() => {
    const { probe, baseline } = (
      window as unknown as {
        testPage: { probe: { listeners(): number; observers(): number; listenerKeys(): string[] }; baseline: PageProbe['baseline'] };
      }
    ).testPage;
    const types = probe.listenerKeys().map((key) => key.split(':')[1]);
    return { listeners: probe.listeners(), observers: probe.observers(), types, baseline };
  });
}

describe('two atlases on one page', () => {
  it('open on their own views, in their own languages', async () => {
    const page = await openTwo();
    await saveScreenshot(page, 'two-atlases.png');
    await expect(heading(page, 'a').textContent()).resolves.toContain('Dalian');
    await expect(heading(page, 'b').textContent()).resolves.toContain('第5条');
    // Neither owns the address bar or the page's language.
    expect(new URL(page.url()).search).toBe('');
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
  });

  it('change only themselves: a selection or a language switch in one leaves the other as it was', async () => {
    const page = await openTwo();
    const search = atlas(page, 'a').getByRole('combobox', { name: 'Search places and text' });
    await search.fill('Harbin');
    await search.press('Enter');
    await expect.poll(() => heading(page, 'a').textContent()).toContain('Harbin');
    await atlas(page, 'a').getByRole('button', { name: '中文' }).click();
    await expect.poll(() => heading(page, 'a').textContent()).toContain('哈尔滨');
    await expect(heading(page, 'b').textContent()).resolves.toContain('第5条');
    await atlas(page, 'b').getByRole('button', { name: 'English' }).click();
    await expect.poll(() => heading(page, 'b').textContent()).toContain('Clause 5');
    await expect(heading(page, 'a').textContent()).resolves.toContain('哈尔滨');
  });

  it('destroy() removes the map, the panel, and every listener and observer the atlas added', async () => {
    const page = await openTwo(true);
    const before = await probe(page);
    // While mounted, the atlases do hold listeners and observers: the probe sees them.
    expect(before.listeners).toBeGreaterThan(before.baseline.listeners);
    expect(before.observers).toBeGreaterThan(before.baseline.observers);

    await page.evaluate(() => (window as unknown as { testPage: { atlases: { a: { destroy(): void } } } }).testPage.atlases.a.destroy());
    await expect(atlas(page, 'a').locator('*').count()).resolves.toBe(0);
    // The other atlas is untouched and still works.
    await expect(atlas(page, 'b').locator('canvas.maplibregl-canvas').count()).resolves.toBe(1);
    await atlas(page, 'b').getByRole('button', { name: '阅读全文' }).click();
    await expect.poll(() => atlas(page, 'b').getByRole('button', { name: '阅读全文' }).getAttribute('aria-pressed')).toBe('true');

    await page.evaluate(() => (window as unknown as { testPage: { atlases: { b: { destroy(): void } } } }).testPage.atlases.b.destroy());
    await expect(page.locator('canvas').count()).resolves.toBe(0);
    const after = await probe(page);
    expect(after.types).toEqual(LIBRARY_LISTENERS);
    expect(after.observers).toBe(after.baseline.observers);

    // Mounting again and destroying again leaves exactly the same: nothing grows per atlas.
    await page.evaluate(async () => {
      const { remount } = (window as unknown as { testPage: { remount(): { ready: Promise<void>; destroy(): void } } }).testPage;
      const third = remount();
      await third.ready;
      third.destroy();
    });
    const again = await probe(page);
    expect(again.types).toEqual(LIBRARY_LISTENERS);
    expect(again.observers).toBe(again.baseline.observers);
    await expect(page.locator('#atlas-a *').count()).resolves.toBe(0);
  }, 180_000);

  it('destroy() during loading stops it cleanly', async () => {
    // A page of its own, stopped while it loads: the atlases' data never arrives in it.
    const page = await shared.newPage();
    await page.goto(`${shared.session.site.url}two-atlases.html`);
    await page.waitForFunction(() => 'testPage' in window);
    // At once, before either has loaded its data.
    await page.evaluate(() => {
      const { atlases } = (window as unknown as { testPage: { atlases: Record<'a' | 'b', { destroy(): void }> } }).testPage;
      atlases.a.destroy();
      atlases.b.destroy();
    });
    // Give the data and fonts time to arrive: nothing may be built from them.
    await page.waitForLoadState('networkidle');
    await expect(page.locator('#atlas-a *, #atlas-b *').count()).resolves.toBe(0);
    const after = await probe(page);
    expect(after.types).toEqual([]);
    expect(after.observers).toBe(after.baseline.observers);
  });
});

describePageHygiene(() => shared.session);
