/**
 * Opens the production build in Chromium (see chromium.ts), headless, and records
 * everything that would make a page untrustworthy: requests that leave the
 * site's origin, failed requests, console errors and page errors.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseChromium } from './chromium.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

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
  newPage(viewport: { width: number; height: number }, options?: { isMobile?: boolean; locale?: string }): Promise<Page>;
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
  mkdirSync(SCREENSHOTS, { recursive: true });
  const site = options.site ?? (await serveStatic(root));
  const browser = await chromium.launch((await chooseChromium()).launch);
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
    async newPage(viewport, options = {}) {
      session.pagesOpened += 1;
      const context = await browser.newContext({
        viewport,
        deviceScaleFactor: 1,
        isMobile: options.isMobile ?? false,
        hasTouch: options.isMobile ?? false,
        locale: options.locale ?? 'en-GB',
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
      const page = await context.newPage();
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
      return page;
    },
    async close() {
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
