/**
 * Graceful failure: each file the atlas loads fails on its own, the way real
 * hosts and networks fail, and the page says what failed, keeps what still
 * works, and recovers on Retry. Driven through a fault-injecting server in
 * front of the production build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DESKTOP, DIST, SCREENSHOTS, openSession, type Session } from './harness.ts';
import { type Fault, type FaultRule, type FaultSite, serveWithFaults } from './fault-server.ts';

let site: FaultSite;
let session: Session;

beforeAll(async () => {
  site = await serveWithFaults(DIST);
  session = await openSession({ site });
});

afterAll(async () => {
  await session?.close();
});

const FILES = {
  document: /\/assets\/document-[^/]*\.json$/,
  places: /\/assets\/places\.topo-[^/]*\.json$/,
  basemap: /\/assets\/basemap\.topo-[^/]*\.json$/,
  worker: /\/assets\/maplibre-gl-worker-[^/]*\.mjs$/,
  fonts: /\.woff2$/,
  search: /\/assets\/search-index-[^/]*\.js$/,
};

/** The ways a file fails outright, each of which the page must survive. */
const FAILURES: Fault[] = ['404', '500', 'truncated', 'html-fallback', 'reset'];

const opened: Page[] = [];

async function open(rules: FaultRule[], query = '', setup?: (page: Page) => Promise<unknown>): Promise<Page> {
  // Pages of earlier cases are closed, so that their maps stop drawing on the two cores.
  for (const page of opened.splice(0)) await page.context().close();
  site.setFaults(rules);
  const page = await session.newPage(DESKTOP);
  opened.push(page);
  await setup?.(page);
  await page.goto(`${site.url}${query}`);
  return page;
}

/** The map's ready signal, with room for a retried load on a busy two-core machine. */
async function waitForMap(page: Page): Promise<void> {
  await page.locator('.map[data-map-ready="true"]').waitFor({ timeout: 60_000 });
}

function panel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Policy panel' });
}

function retryButton(page: Page, name = 'Retry'): Locator {
  return page.getByRole('button', { name });
}

/** Types in the search box and waits for the first option naming `expected`. */
async function searchFinds(page: Page, query: string, expected: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Search places and text' });
  await box.fill(query);
  await page.getByRole('option').filter({ hasText: expected }).first().waitFor({ timeout: 15_000 });
}

describe('a data file of the text that fails', () => {
  // Every fault is named; the retry, which then loads the whole map, is tried once per file to keep the run short.
  const cases = (['document', 'places'] as const).flatMap((file) =>
    FAILURES.map((fault) => ({ file, fault, retry: fault === '500' })),
  );
  const named = { document: 'The policy text could not be loaded.', places: 'The list of places could not be loaded.' };

  it.each(cases)('says $file failed ($fault), with a Retry (tried: $retry) that loads the text', async ({ file, fault, retry }) => {
    const page = await open([{ path: FILES[file], fault }]);
    const alert = page.getByRole('alert').filter({ hasText: named[file] });
    await alert.waitFor({ timeout: 15_000 });
    await expect(alert.textContent()).resolves.toContain('Check the connection and try again.');
    if (file === 'document' && fault === '500') await page.screenshot({ path: `${SCREENSHOTS}failure-document.png` });
    await expect(retryButton(page).isVisible()).resolves.toBe(true);
    if (!retry) return;

    site.setFaults([]);
    await retryButton(page).click();
    await panel(page).getByRole('heading', { level: 2 }).first().waitFor({ timeout: 15_000 });
    await expect.poll(() => alert.count()).toBe(0);
    // Only what failed is fetched again.
    expect(site.hits(FILES[file])).toBe(1);
    expect(site.hits(FILES[file === 'document' ? 'places' : 'document'])).toBe(0);
  });
});

describe('a base map that fails', () => {
  it.each(FAILURES.map((fault) => ({ fault, retry: fault === '404' })))(
    'leaves the text and search working ($fault), with a Retry (tried: $retry) that draws the map',
    async ({ fault, retry }) => {
      const page = await open([{ path: FILES.basemap, fault }]);
      const alert = page.getByRole('alert').filter({ hasText: 'The base map could not be loaded.' });
      await alert.waitFor({ timeout: 15_000 });
      await expect(alert.textContent()).resolves.toContain('The policy text and search still work.');
      await searchFinds(page, 'Harbin', 'Harbin');
      if (fault === '404') await page.screenshot({ path: `${SCREENSHOTS}failure-basemap.png` });
      await expect(retryButton(page).isVisible()).resolves.toBe(true);
      if (!retry) return;

      site.setFaults([]);
      await retryButton(page).click();
      await waitForMap(page);
      await expect.poll(() => alert.count()).toBe(0);
    },
  );

  it('says so in Chinese when the interface is in Chinese', async () => {
    const page = await open([{ path: FILES.basemap, fault: '404' }], '?lang=zh');
    const alert = page.getByRole('alert').filter({ hasText: '底图未能加载。' });
    await alert.waitFor({ timeout: 15_000 });
    await expect(alert.textContent()).resolves.toContain('政策原文和搜索功能仍可使用。');
    await expect(retryButton(page, '重试').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}failure-basemap-zh.png` });
  });
});

describe('a map worker that cannot start', () => {
  const faults: Fault[] = [...FAILURES, 'wrong-type'];

  it.each(faults.map((fault) => ({ fault, retry: fault === 'wrong-type' })))(
    'is named within seconds ($fault), not left loading for ever, with a Retry (tried: $retry) that draws the map',
    async ({ fault, retry }) => {
      const page = await open([{ path: FILES.worker, fault }]);
      const alert = page.getByRole('alert').filter({ hasText: 'drawing program' });
      await alert.waitFor({ timeout: 20_000 });
      await expect(alert.textContent()).resolves.toContain('The policy text and search still work.');
      await expect(panel(page).getByRole('heading', { level: 2 }).first().isVisible()).resolves.toBe(true);
      if (fault === 'wrong-type') await page.screenshot({ path: `${SCREENSHOTS}failure-worker.png` });
      await expect(retryButton(page).isVisible()).resolves.toBe(true);
      if (!retry) return;

      site.setFaults([]);
      await retryButton(page).click();
      await waitForMap(page);
      await expect.poll(() => alert.count()).toBe(0);
    },
  );
});

describe('fonts that fail', () => {
  it.each(FAILURES.map((fault) => ({ fault })))('fall back to other fonts ($fault): the map and its names still show', async ({ fault }) => {
    const page = await open([{ path: FILES.fonts, fault }], '?lang=zh');
    await waitForMap(page);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    const names = page.getByRole('list', { name: '地图上显示的地名' });
    await expect.poll(() => names.textContent()).toContain('哈尔滨');
    if (fault === '404') await page.screenshot({ path: `${SCREENSHOTS}failure-fonts-zh.png` });
  });
});

describe('slow answers', () => {
  it.each((['document', 'places', 'basemap', 'worker', 'fonts', 'search'] as const).map((file) => ({ file })))(
    'only delay the page: $file',
    async ({ file }) => {
      const page = await open([{ path: FILES[file], fault: 'slow', delayMs: 2500 }]);
      await waitForMap(page);
      await expect(page.getByRole('alert').count()).resolves.toBe(0);
      await searchFinds(page, 'Dalian', 'Dalian');
    },
  );
});

describe('search that cannot load', () => {
  it('leaves the map working and says search is unavailable', async () => {
    // (A retry in the same page is not tested: Chromium keeps a failed module import
    // for the page's life, so the chunk is not fetched again; see the closing note of issue 13.)
    const page = await open([{ path: FILES.search, fault: '404' }]);
    await waitForMap(page);
    const box = page.getByRole('combobox', { name: 'Search places and text' });
    await box.fill('Harb');
    const status = page.getByRole('status').filter({ hasText: 'Search could not be loaded. Reload the page to try again.' });
    await status.waitFor({ timeout: 15_000 });
    await expect(status.isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}failure-search.png` });
  });

  it('is loaded once the page is up, so that it works after the connection goes', async () => {
    const page = await open([]);
    await waitForMap(page);
    await expect.poll(() => site.hits(FILES.search)).toBe(1);
    await page.context().setOffline(true);
    await searchFinds(page, '大连', 'Dalian');
  });
});

describe('a browser without WebGL', () => {
  it('says the map cannot be drawn, and the text, search and list of places still work', async () => {
    const page = await open([], '', (p) =>
      p.context().addInitScript(() => {
        const original = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
          if (/webgl/i.test(type)) return null;
          return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
        } as typeof original;
      }),
    );
    const alert = page.getByRole('alert').filter({ hasText: 'This browser cannot draw the map' });
    await alert.waitFor({ timeout: 15_000 });
    await expect(retryButton(page).count()).resolves.toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}failure-no-webgl.png` });
    await searchFinds(page, 'Harbin', 'Harbin');
    await page.getByRole('combobox', { name: 'Search places and text' }).fill('');
    await panel(page).getByRole('link', { name: 'Dalian', exact: true }).first().click();
    await expect.poll(() => panel(page).getByRole('heading', { level: 2 }).first().textContent()).toContain('Dalian');
  });
});

describe('an address without its trailing slash', () => {
  it('says how to reach the site, in both languages', async () => {
    // A host that serves the folder's page at ".../atlas" rather than redirecting to ".../atlas/".
    const page = await open([{ path: /^\/atlas$/, fault: 'html-fallback' }]);
    await page.goto(site.url.replace(/\/$/, ''));
    await expect.poll(() => page.getByText('add “/” at the end and reload').isVisible()).toBe(true);
    await expect(page.getByText('请在末尾加上“/”后重新加载').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}failure-no-slash.png` });
  });

  it('keeps that message hidden on the site itself', async () => {
    const page = await open([]);
    await waitForMap(page);
    await expect(page.getByText('add “/” at the end and reload').isVisible()).resolves.toBe(false);
  });
});

describe('a camera in the URL that the map cannot show', () => {
  // Each is a valid link (the URL reader accepts zooms to 22), but beyond the map's zoom range or its bounds.
  it.each([{ query: '?map=0/0/0' }, { query: '?map=15/45.5/126.6' }, { query: '?map=6/-40/-60' }])(
    'is written back as the camera actually shown: $query',
    async ({ query }) => {
      const page = await open([], query);
      await waitForMap(page);
      const [zoom, lat, lng] = (new URL(page.url()).searchParams.get('map') ?? '').split('/').map(Number);
      expect(zoom).toBeGreaterThanOrEqual(2.5);
      expect(zoom).toBeLessThanOrEqual(10);
      // Within the base map's extent, which the map may not leave.
      expect(lng).toBeGreaterThan(60);
      expect(lat).toBeGreaterThan(15);
    },
  );
});

describe('the pages, throughout', () => {
  it('sent nothing beyond their own origin and threw nothing', () => {
    expect(session.pagesOpened).toBeGreaterThan(0);
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
