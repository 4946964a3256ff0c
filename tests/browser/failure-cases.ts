/**
 * Graceful failure: each file the atlas loads fails on its own, the way real
 * hosts and networks fail, and the page says what failed, keeps what still
 * works, and recovers on Retry. Driven through a fault-injecting server in
 * front of the production build.
 *
 * Nearly every case needs a load of its own, as the fault is met while the
 * page loads. `npm test` runs one case of each kind (`describeFailures('quick')`
 * in tests/browser/failure.browser.ts): each named failure with its Retry, the
 * Chinese alert, search that cannot load, no WebGL and the missing slash. The
 * long run (`describeFailures('long')` in tests/browser-long/) runs the rest:
 * every other way each file fails, the fonts, the slow answers and the
 * cameras a map cannot show.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DESKTOP, DIST, openSession, saveScreenshot, type Session } from './harness.ts';
import { type Fault, type FaultRule, type FaultSite, serveWithFaults } from './fault-server.ts';

/** Which part of the failure cases a file runs. */
export type FailurePart = 'quick' | 'long';

export function describeFailures(part: FailurePart): void {
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

  /** A file whose failure the page names in an alert with a Retry, and how the page must take it. */
  interface NamedFailure {
    title: string;
    file: keyof typeof FILES;
    /** Says what the page does for each fault; `$fault` and `$retried` are filled in. */
    behaviour: string;
    faults: Fault[];
    /** Words that pick out the alert, and what else it must say. */
    alert: string;
    says: string;
    /** How long the page may take to name the failure. Default: 15 s. */
    within?: number;
    /** What must still work while the file fails. */
    stillWorks?: (page: Page) => Promise<void>;
    screenshot?: { fault: Fault; path: string };
    /**
     * The one fault whose case also serves the file again and presses Retry:
     * the retry loads the whole map, so one per file keeps the run short.
     */
    retried: Fault;
    /** What shows the page whole again after Retry. */
    recovered: (page: Page) => Promise<void>;
    /** How often each file is fetched by Retry: only what failed. */
    fetchedAgain?: Partial<Record<keyof typeof FILES, number>>;
  }

  const textLoaded = (page: Page) => panel(page).getByRole('heading', { level: 2 }).first().waitFor({ timeout: 15_000 });
  const searchWorks = (page: Page) => searchFinds(page, 'Harbin', 'Harbin');

  /** The whole text can be read, its sentences in place, but no name in it links to a place. */
  async function textWithoutPlaceLinks(page: Page): Promise<void> {
    await panel(page).getByRole('button', { name: 'Read the policy' }).click();
    await panel(page).getByText('Harbin', { exact: false }).first().waitFor({ timeout: 15_000 });
    await expect(panel(page).getByRole('link', { name: 'Harbin' }).count()).resolves.toBe(0);
  }

  const NAMED_FAILURES: NamedFailure[] = [
    {
      title: 'the policy text that fails',
      file: 'document',
      behaviour: 'is named ($fault), with a Retry (tried: $retried) that loads the text',
      faults: FAILURES,
      alert: 'The policy text could not be loaded.',
      says: 'Check the connection and try again.',
      screenshot: { fault: '500', path: 'failure-document.png' },
      retried: '500',
      recovered: textLoaded,
      fetchedAgain: { document: 1, places: 0 },
    },
    {
      title: 'the list of places that fails',
      file: 'places',
      behaviour: 'leaves the policy text readable without place links ($fault), with a Retry (tried: $retried) that brings the links and the map',
      faults: FAILURES,
      alert: 'The list of places could not be loaded.',
      says: 'The policy text can still be read, without its links to places',
      stillWorks: textWithoutPlaceLinks,
      retried: '500',
      recovered: async (page) => {
        await waitForMap(page);
        await panel(page).getByRole('button', { name: 'Read the policy' }).click();
        await panel(page).getByRole('link', { name: 'Harbin' }).first().waitFor({ timeout: 15_000 });
      },
      fetchedAgain: { places: 1, document: 0 },
    },
    {
      title: 'a base map that fails',
      file: 'basemap',
      behaviour: 'leaves the text and search working ($fault), with a Retry (tried: $retried) that draws the map',
      faults: FAILURES,
      alert: 'The base map could not be loaded.',
      says: 'The policy text and search still work.',
      stillWorks: searchWorks,
      screenshot: { fault: '404', path: 'failure-basemap.png' },
      retried: '404',
      recovered: waitForMap,
    },
    {
      title: 'a map worker that cannot start',
      file: 'worker',
      behaviour: 'is named within seconds ($fault), not left loading for ever, with a Retry (tried: $retried) that draws the map',
      faults: [...FAILURES, 'wrong-type'],
      alert: 'drawing program',
      says: 'The policy text and search still work.',
      within: 20_000,
      stillWorks: async (page) => expect(panel(page).getByRole('heading', { level: 2 }).first().isVisible()).resolves.toBe(true),
      screenshot: { fault: 'wrong-type', path: 'failure-worker.png' },
      retried: 'wrong-type',
      recovered: waitForMap,
    },
  ];

  for (const failure of NAMED_FAILURES) {
    // The quick part meets each failure once, with its Retry; the long part every other way it fails.
    const faults = failure.faults.filter((fault) => (fault === failure.retried) === (part === 'quick'));
    describe(failure.title, () => {
      it.each(faults.map((fault) => ({ fault, retried: fault === failure.retried })))(
        failure.behaviour,
        async ({ fault, retried }) => {
          const page = await open([{ path: FILES[failure.file], fault }]);
          const alert = page.getByRole('alert').filter({ hasText: failure.alert });
          await alert.waitFor({ timeout: failure.within ?? 15_000 });
          await expect(alert.textContent()).resolves.toContain(failure.says);
          await failure.stillWorks?.(page);
          if (failure.screenshot?.fault === fault) await saveScreenshot(page, failure.screenshot.path);
          await expect(retryButton(page).isVisible()).resolves.toBe(true);
          if (!retried) return;

          site.setFaults([]);
          await retryButton(page).click();
          await failure.recovered(page);
          await expect.poll(() => alert.count()).toBe(0);
          for (const [file, times] of Object.entries(failure.fetchedAgain ?? {})) {
            expect(site.hits(FILES[file as keyof typeof FILES]), file).toBe(times);
          }
        },
      );
    });
  }

  if (part === 'quick') {
    describe('a base map that fails while the interface is in Chinese', () => {
      it('is named in Chinese, with a Retry in Chinese', async () => {
        const page = await open([{ path: FILES.basemap, fault: '404' }], '?lang=zh');
        const alert = page.getByRole('alert').filter({ hasText: '底图未能加载。' });
        await alert.waitFor({ timeout: 15_000 });
        await expect(alert.textContent()).resolves.toContain('政策译文和搜索功能仍可使用。');
        await expect(retryButton(page, '重试').isVisible()).resolves.toBe(true);
        await saveScreenshot(page, 'failure-basemap-zh.png');
      });
    });
  }

  if (part === 'long') {
    describe('fonts that fail', () => {
      it.each(FAILURES.map((fault) => ({ fault })))('fall back to other fonts ($fault): the map and its names still show', async ({ fault }) => {
        const page = await open([{ path: FILES.fonts, fault }], '?lang=zh');
        await waitForMap(page);
        await expect(page.getByRole('alert').count()).resolves.toBe(0);
        const names = page.getByRole('list', { name: '地图上显示的地名' });
        await expect.poll(() => names.textContent()).toContain('哈尔滨');
        if (fault === '404') await saveScreenshot(page, 'failure-fonts-zh.png');
      });
    });
  }

  if (part === 'long') {
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
  }

  if (part === 'quick') {
    describe('search that cannot load', () => {
      const unavailable = 'Search could not be loaded. It will try again as you type, or on Retry.';

      it('says so, leaves the map working, and works on the next keystroke once the chunk can load, in the same page', async () => {
        const page = await open([{ path: FILES.search, fault: '404' }]);
        await waitForMap(page);
        // The preload, after the map, fails first, and says nothing: the reader has not searched yet.
        await expect.poll(() => site.hits(FILES.search)).toBe(1);
        await expect(page.getByRole('status').filter({ hasText: unavailable }).count()).resolves.toBe(0);
        const box = page.getByRole('combobox', { name: 'Search places and text' });
        await box.fill('Harb');
        const status = page.getByRole('status').filter({ hasText: unavailable });
        await status.waitFor({ timeout: 15_000 });
        await expect(status.isVisible()).resolves.toBe(true);
        await expect(panel(page).getByRole('button', { name: 'Retry' }).isVisible()).resolves.toBe(true);
        await saveScreenshot(page, 'failure-search.png');

        site.setFaults([]);
        await box.press('i');
        await page.getByRole('option').filter({ hasText: 'Harbin' }).first().waitFor({ timeout: 15_000 });
        await expect.poll(() => status.count()).toBe(0);
        await expect(panel(page).getByRole('button', { name: 'Retry' }).count()).resolves.toBe(0);
        // The chunk was fetched afresh, once, rather than answered from the failure the page remembers.
        expect(site.hits(FILES.search)).toBe(1);
      });

      it('offers a Retry that fetches the chunk again, and shows what was typed once it loads', async () => {
        const page = await open([{ path: FILES.search, fault: '500' }], '?lang=zh');
        await waitForMap(page);
        await expect.poll(() => site.hits(FILES.search)).toBe(1);
        const box = page.getByRole('combobox', { name: '搜索地点和译文' });
        await box.fill('大连');
        const status = page.getByRole('status').filter({ hasText: '搜索功能未能加载。继续输入或点击“重试”时将再次尝试。' });
        await status.waitFor({ timeout: 15_000 });
        const retry = page.getByRole('complementary', { name: '政策面板' }).getByRole('button', { name: '重试' });

        // Still failing: the message stays, and the Retry is there for the next try.
        site.setFaults([{ path: FILES.search, fault: '500' }]);
        await retry.click();
        await expect.poll(() => site.hits(FILES.search)).toBe(1);
        await expect.poll(() => retry.textContent()).toBe('重试');
        await expect(status.isVisible()).resolves.toBe(true);

        site.setFaults([]);
        await retry.click();
        await page.getByRole('option').filter({ hasText: '大连' }).first().waitFor({ timeout: 15_000 });
        await expect.poll(() => status.count()).toBe(0);
        // The reader who pressed Retry carries on in the field.
        await expect(box.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
      });

      it('is loaded once the page is up, so that it works after the connection goes', async () => {
        const page = await open([]);
        await waitForMap(page);
        await expect.poll(() => site.hits(FILES.search)).toBe(1);
        await page.context().setOffline(true);
        await searchFinds(page, '大连', 'Dalian');
      });
    });
  }

  if (part === 'quick') {
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
        await saveScreenshot(page, 'failure-no-webgl.png');
        await searchFinds(page, 'Harbin', 'Harbin');
        await page.getByRole('combobox', { name: 'Search places and text' }).fill('');
        await panel(page).getByRole('link', { name: 'Dalian', exact: true }).first().click();
        await expect.poll(() => panel(page).getByRole('heading', { level: 2 }).first().textContent()).toContain('Dalian');
      });
    });
  }

  if (part === 'quick') {
    describe('an address without its trailing slash', () => {
      it('says how to reach the site, in both languages', async () => {
        // A host that serves the folder's page at ".../atlas" rather than redirecting to ".../atlas/".
        const page = await open([{ path: /^\/atlas$/, fault: 'html-fallback' }]);
        await page.goto(site.url.replace(/\/$/, ''));
        await expect.poll(() => page.getByText('add “/” at the end and reload').isVisible()).toBe(true);
        await expect(page.getByText('请在末尾加上“/”后重新加载').isVisible()).resolves.toBe(true);
        await saveScreenshot(page, 'failure-no-slash.png');
      });

      it('keeps that message hidden on the site itself', async () => {
        const page = await open([]);
        await waitForMap(page);
        await expect(page.getByText('add “/” at the end and reload').isVisible()).resolves.toBe(false);
      });
    });
  }

  if (part === 'long') {
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
  }

  describe('the pages, throughout', () => {
    it('sent nothing beyond their own origin and threw nothing', () => {
      expect(session.pagesOpened).toBeGreaterThan(0);
      expect(session.foreignRequests).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    });
  });
}
