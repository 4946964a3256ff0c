/**
 * The one-file classroom copy, opened as a teacher would: from disk, through
 * file://, with no server. It must draw the map, show the policy and let a
 * place be chosen, loading nothing but itself and what it makes in memory.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseChromium } from './chromium.ts';
import { resetTo } from './fixtures.ts';
import { DESKTOP, DIST, countDocumentLoads, currentTestFile, recordDocumentLoads, saveScreenshot } from './harness.ts';

const OFFLINE_FILE = `${DIST}/atlas-offline.html`;

// The shared harness serves dist/ over HTTP and refuses every other origin,
// file: included; this file needs a browser that opens a file, so it keeps
// its own small record of what its one page did.
let browser: Browser;
/** Every URL any page of this file asked for. */
const requested: string[] = [];
/** Requests refused for leaving the file: anything but file:, data: and blob:. */
const refused: string[] = [];
const failed: string[] = [];
const errors: string[] = [];

let shared: Page | undefined;
let loads = 0;

beforeAll(async () => {
  if (!existsSync(OFFLINE_FILE)) throw new Error('No one-file copy: run `npm run build` first.');
  browser = await chromium.launch((await chooseChromium()).launch);
});

afterAll(async () => {
  recordDocumentLoads(currentTestFile(), loads);
  await browser?.close();
});

/** As the harness's waitForMap, with room for a machine whose cores are shared by many test runs. */
async function mapReady(page: Page): Promise<void> {
  await page.locator('.map[data-map-ready="true"]').waitFor({ timeout: 120_000 });
}

/** The file's one page, in a context that refuses everything but the file, data: and blob:. */
async function filePage(): Promise<Page> {
  if (shared) return shared;
  // Not a check of how the map moves: it jumps rather than eases, and names appear without fading (reduced motion).
  const context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1, locale: 'en-GB', reducedMotion: 'reduce' });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    refused.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  countDocumentLoads(page, () => (loads += 1));
  page.on('request', (request) => requested.push(request.url()));
  page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  // CSP violations are reported as console errors: a hash that no longer matches shows here.
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  shared = page;
  return page;
}

/** Opens the file from disk with a link's query, as a teacher's saved link would. */
async function loadFromDisk(query = ''): Promise<Page> {
  const opened = await filePage();
  await opened.goto(`${pathToFileURL(OFFLINE_FILE).href}${query}`);
  await mapReady(opened);
  return opened;
}

/** The file's page, loaded once, then reset to the link's state through the history (see fixtures.ts). */
async function showFromDisk(query = ''): Promise<Page> {
  if (loads === 0) return loadFromDisk(query);
  const opened = await filePage();
  await resetTo(opened, query);
  return opened;
}

function tour(page: Page) {
  return page.getByRole('region', { name: 'Presentation' });
}

async function stepLabel(page: Page): Promise<string> {
  return (await tour(page).locator('.tour__label').textContent()) ?? '';
}

function panel(page: Page) {
  return page.getByRole('complementary', { name: 'Policy panel' });
}

async function selectedHeading(page: Page): Promise<string> {
  const heading = panel(page).getByRole('heading', { level: 2 });
  await heading.waitFor();
  return (await heading.textContent()) ?? '';
}

describe('the one-file copy opened from disk', { timeout: 300_000 }, () => {
  // First: the link to a place is the file's first load, and the overview after it a reset rather than a load of its own.
  it('opens a link to a place, as a teacher\'s saved file link would', async () => {
    // Loaded: a saved link opens the file afresh.
    const page = await loadFromDisk('?place=harbin');
    await expect.poll(() => selectedHeading(page)).toContain('Harbin');
  });

  it('draws the map and shows the policy in the panel', async () => {
    const page = await showFromDisk();
    expect(page.url().startsWith('file://')).toBe(true);
    await expect.poll(() => selectedHeading(page)).toContain('Opinions of the State Council');
    await expect(panel(page).getByText('Guo Fa [2009] No. 33').first().isVisible()).resolves.toBe(true);
    // The map's own list of the names it drew: the base map and the places rendered.
    const names = page.getByRole('list', { name: 'Names shown on the map' }).getByRole('listitem');
    await expect.poll(() => names.filter({ hasText: 'Harbin' }).count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'offline-file-desktop.png');
  });

  it('finds Suifenhe by search and quotes the policy on it', async () => {
    const page = await showFromDisk();
    const box = page.getByRole('combobox', { name: 'Search places and text' });
    await box.fill('Suifenhe');
    await expect(page.getByRole('listbox').getByRole('option').first().textContent()).resolves.toContain('Suifenhe');
    await box.press('Enter');
    await expect.poll(() => selectedHeading(page)).toContain('Suifenhe');
    const quote = panel(page).locator('.quotes blockquote').filter({ hasText: 'Yanji and Suifenhe are encouraged' });
    await expect(quote.locator('mark').textContent()).resolves.toBe('Suifenhe');
    expect(new URL(page.url()).searchParams.get('place')).toBe('suifenhe');
    await mapReady(page);
    await saveScreenshot(page, 'offline-file-suifenhe.png');
  });

  it('walks the presentation tour: opened from the page, stepped with the keys, left with Esc', async () => {
    const page = await showFromDisk();
    await page.getByRole('button', { name: 'Present clause by clause' }).click();
    await expect.poll(() => stepLabel(page)).toBe('The document');
    await page.keyboard.press('End');
    await expect.poll(() => stepLabel(page)).toBe('Clause 6 of 6');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => stepLabel(page)).toBe('Clause 5 of 6');
    await expect(tour(page).getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'Speed up the development of modern service industry',
    );
    // Each step is a link, even in a file.
    expect(new URL(page.url()).searchParams.get('tour')).toBe('I.5');
    await saveScreenshot(page, 'offline-file-tour.png');
    await page.keyboard.press('Escape');
    await expect.poll(() => tour(page).count()).toBe(0);
    await expect.poll(() => selectedHeading(page)).toContain('Speed up the development of modern service industry');
    expect(new URL(page.url()).searchParams.get('clause')).toBe('I.5');
  });

  it('opens a link to a tour step', async () => {
    // Loaded, as the link to a place above.
    const page = await loadFromDisk('?tour=I.6');
    await expect.poll(() => stepLabel(page)).toBe('Clause 6 of 6');
  });

  it('offers the tour but no link to download itself', async () => {
    const page = await showFromDisk();
    await expect(page.getByRole('button', { name: 'Present clause by clause' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Classroom copy (one file, works offline)' }).count()).resolves.toBe(0);
  });

  it('Share gives what works from the file and says what needs the website; nothing it or the print gives holds the file’s path', async () => {
    const page = await showFromDisk('?place=suifenhe');
    const path = /file:|atlas-offline/;
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    const needsSite = dialog.getByText('has no address that others can open', { exact: false });
    await expect(needsSite.isVisible()).resolves.toBe(true);
    await dialog.getByRole('button', { name: 'Embed', exact: true }).click();
    await expect(needsSite.isVisible()).resolves.toBe(true);
    await expect(dialog.locator('iframe').count()).resolves.toBe(0);
    await dialog.getByRole('button', { name: 'Data', exact: true }).click();
    await expect(dialog.getByText('this one-file copy does not hold it', { exact: false }).isVisible()).resolves.toBe(true);
    await expect(dialog.getByRole('link').count()).resolves.toBe(0);
    await dialog.getByRole('button', { name: 'Cite', exact: true }).click();
    await expect.poll(() => dialog.getByRole('textbox').inputValue()).toContain('Guo Fa [2009] No. 33');
    expect(await dialog.getByRole('textbox').inputValue()).not.toMatch(path);
    await dialog.getByRole('button', { name: 'Image', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(download.suggestedFilename()).toBe('northeast-atlas-suifenhe-as-of-2025-1200x675.png');
    await saveScreenshot(page, 'offline-file-share.png');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.emulateMedia({ media: 'print' });
    try {
      const sheet = page.locator('.print-sheet');
      await expect(sheet.getByText('Yanji and Suifenhe are encouraged').isVisible()).resolves.toBe(true);
      expect(await sheet.textContent()).not.toMatch(path);
    } finally {
      await page.emulateMedia({ media: null });
    }
  });

});

describe('the one-file copy as built', () => {
  const html = () => readFileSync(OFFLINE_FILE, 'utf8');
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

  it('allows by hash exactly its inline script and style, and no unsafe-inline', () => {
    const page = html();
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)?.[1] ?? '';
    const scripts = [...page.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => hash(m[1]));
    const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1]));
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(csp).toContain(`script-src ${scripts[0]};`);
    expect(csp).toContain(`style-src ${styles[0]};`);
    expect(csp).not.toContain('unsafe');
    // Every other script block is data the browser does not run.
    // (The module's own text is left out: it holds an embed code, a string that mentions <script>.)
    const markup = page.replace(/<script type="module">[\s\S]*?<\/script>/, '');
    const others = [...markup.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1].trim());
    expect(others.every((attrs) => attrs.startsWith('type="application/json"'))).toBe(true);
  });
});

describe('the one-file copy, throughout', () => {
  it('asks for nothing but the file itself, data: and blob: URLs', () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(refused).toEqual([]);
    expect(requested.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
    // And of files, only the one page: the copy is whole by itself.
    const files = new Set(requested.filter((url) => url.startsWith('file:')).map((url) => url.split('?')[0]));
    expect([...files]).toEqual([pathToFileURL(OFFLINE_FILE).href]);
  });

  it('has no failed requests, console errors (CSP violations among them) or page errors', () => {
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });
});
