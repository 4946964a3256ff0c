/**
 * Opens the production build in Chromium (see chromium.ts), headless, and records
 * everything that would make a page untrustworthy: requests that leave the
 * site's origin, failed requests, console errors and page errors.
 */
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseChromium } from './chromium.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { atlasLoadsFile, TEST_BROWSER_FLAGS } from './run-record.ts';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/**
 * Screenshots for a person to look at are saved only with `SCREENSHOTS=1`:
 * writing a PNG of a 1280×800 page costs a software-rendered frame and an
 * encode each time. Checks that read a screenshot's pixels take theirs anyway.
 */
export const SAVE_SCREENSHOTS = process.env.SCREENSHOTS === '1';

/** Saves a screenshot of the page (or, with `fullPage`, of all of it), or of one element, for review, when asked for. */
export async function saveScreenshot(target: Page | Locator, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!SAVE_SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = `${SCREENSHOTS}${name}`;
  if ('goto' in target) await target.screenshot({ path, fullPage: options.fullPage ?? false });
  else await target.screenshot({ path });
}

/**
 * Counts documents loaded in a page (a navigation of the top frame or of an
 * iframe: each builds a whole atlas), and adds the count to the run's record
 * when the session closes, so that the suite can say how many it made.
 */
export function countDocumentLoads(page: Page, count: () => void, isAtlas: (url: string) => boolean = () => true): void {
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.resourceType() === 'document' && isAtlas(request.url())) count();
  });
}

/** Adds a test file's count of documents loaded to its run's record (see run-record.ts). */
export function recordDocumentLoads(testPath: string, loads: number): void {
  mkdirSync(fileURLToPath(new URL('../../test-results/', import.meta.url)), { recursive: true });
  appendFileSync(atlasLoadsFile(basename(dirname(testPath))), `${JSON.stringify({ file: basename(testPath), loads })}\n`);
}

/** The test file running now, for the run's record. */
export function currentTestFile(): string {
  return expect.getState().testPath ?? 'unknown';
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** What a context of pages is: a phone or not, the browser's language, and whether the reader asks for reduced motion. */
export interface ContextOptions {
  isMobile?: boolean;
  locale?: string;
  /**
   * `'reduce'` for checks that are not about motion: the map then jumps where it would ease
   * (MapLibre's own handling), which spares the software renderer the eased frames. Default: the browser's.
   */
  reducedMotion?: 'reduce' | 'no-preference';
}

export interface Session {
  site: StaticSite;
  browser: Browser;
  /** Requests whose origin is not the site's. */
  foreignRequests: string[];
  failedRequests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** How many pages were opened, so that checks over the session know it did something. */
  pagesOpened: number;
  /** How many documents its pages loaded: each a whole atlas, the costly part of a browser test. */
  documentLoads: number;
  newPage(viewport: { width: number; height: number }, options?: ContextOptions): Promise<Page>;
  /** A new context for pages of one kind (a phone, a locale), sharing the session's records. */
  newContext(viewport: { width: number; height: number }, options?: ContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** Where the test-only pages are built (`npm run build:test-pages`). */
export const DIST_TEST = fileURLToPath(new URL('../../dist-test', import.meta.url));

export interface SessionOptions {
  /** The built folder to serve, e.g. the test pages. Default: the production build. */
  root?: string;
  /** The server to open pages from, e.g. one that injects faults. Default: `root`, served as is. */
  site?: StaticSite;
}

/**
 * Opens a browser on the production build, on another built folder such as
 * the test pages (`openSession(DIST_TEST)`), or on a given server
 * (`openSession({ site })`).
 */
export async function openSession(rootOrOptions: string | SessionOptions = {}): Promise<Session> {
  const options = typeof rootOrOptions === 'string' ? { root: rootOrOptions } : rootOrOptions;
  const root = options.root ?? DIST;
  if (!options.site && !existsSync(root)) {
    throw new Error(`No build at ${root}: run \`npm run build\` and \`npm run build:test-pages\` first.`);
  }
  const file = currentTestFile();
  const site = options.site ?? (await serveStatic(root));
  const chosen = (await chooseChromium()).launch;
  const browser = await chromium.launch({ ...chosen, args: [...(chosen.args ?? []), ...TEST_BROWSER_FLAGS] });
  const origin = new URL(site.url).origin;
  const contexts: BrowserContext[] = [];
  const session: Session = {
    site,
    browser,
    foreignRequests: [],
    failedRequests: [],
    consoleErrors: [],
    pageErrors: [],
    pagesOpened: 0,
    documentLoads: 0,
    async newPage(viewport, options = {}) {
      const context = await session.newContext(viewport, options);
      return context.newPage();
    },
    async newContext(viewport, options = {}) {
      const context = await browser.newContext({
        viewport,
        deviceScaleFactor: 1,
        isMobile: options.isMobile ?? false,
        hasTouch: options.isMobile ?? false,
        locale: options.locale ?? 'en-GB',
        reducedMotion: options.reducedMotion,
      });
      contexts.push(context);
      // Anything not from our own origin is recorded and refused, so a stray
      // CDN or tile URL fails the test instead of silently working online.
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) {
          return route.continue();
        }
        session.foreignRequests.push(url);
        return route.abort('blockedbyclient');
      });
      context.on('page', (page) => {
        session.pagesOpened += 1;
        countDocumentLoads(page, () => (session.documentLoads += 1));
        page.on('console', (message) => {
          if (message.type() === 'error') session.consoleErrors.push(message.text());
        });
        page.on('pageerror', (error) => session.pageErrors.push(String(error)));
        page.on('requestfailed', (request) => {
          session.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`);
        });
        page.on('response', (response) => {
          if (response.status() >= 400) session.failedRequests.push(`${response.url()} HTTP ${response.status()}`);
        });
      });
      return context;
    },
    async close() {
      recordDocumentLoads(file, session.documentLoads);
      for (const context of contexts) await context.close();
      await browser.close();
      await site.close();
    },
  };
  return session;
}

/** Waits until the map has drawn everything it was asked to and is idle. */
export async function waitForMap(page: Page): Promise<void> {
  await page.locator('.map[data-map-ready="true"]').waitFor({ timeout: 60_000 });
}

/**
 * Checks over everything a test file's session did: run last in each file,
 * after the journeys have filled the session's records.
 */
export function describePageHygiene(session: () => Session): void {
  describe('the page, throughout', () => {
    it('sends no request beyond its own origin', () => {
      expect(session().pagesOpened).toBeGreaterThan(0);
      expect(session().foreignRequests).toEqual([]);
    });

    it('has no failed requests, console errors or page errors', () => {
      expect(session().failedRequests).toEqual([]);
      expect(session().consoleErrors).toEqual([]);
      expect(session().pageErrors).toEqual([]);
    });
  });
}
