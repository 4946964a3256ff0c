/**
 * Issue 21, for everyone and in Chinese: the panel reads in the reader's
 * language, Back to the overview means the overview (panel, map and search
 * box), the search is near the top of the tab order, the map's "what's here"
 * button says what it does, and the phone's header keeps its buttons on one
 * line. One page for every check, reset by moving its history as Back and
 * Forward do; a second page only for the phone's viewport.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LIGHT_PALETTE } from '../../src/map/palette.ts';
import { DESKTOP, saveScreenshot, PHONE, describePageHygiene, openSession, type Session } from './harness.ts';
import { resetTo } from './fixtures.ts';

let session: Session;
let page: Page;

/** Software rendering on a busy machine: the first frame can take a minute or more. */
const SLOW = { timeout: 400_000 };

beforeAll(async () => {
  session = await openSession();
  page = await session.newPage(DESKTOP);
  await page.goto(session.site.url);
  await page.locator('.map[data-map-ready="true"]').waitFor({ timeout: 180_000 });
}, 240_000);

afterAll(async () => {
  await session?.close();
});

/** Shows the state a link's query names, in the same page, as Back or Forward would. */
async function visit(query: string): Promise<void> {
  await page.evaluate((search) => {
    window.history.pushState(null, '', `${window.location.pathname}${search}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

const panel = () => page.getByRole('complementary');

describe('the Chinese panel', () => {
  it('gives Daqing’s note in Chinese, counts both sentences it quotes, and marks the clause headings as English after a Chinese clause label', SLOW, async () => {
    await visit('?place=daqing&lang=zh');
    await expect.poll(() => panel().getByRole('heading', { level: 2 }).first().textContent()).toContain('大庆');
    const note = panel().locator('.details__note');
    await expect(note.textContent()).resolves.toContain('服务外包示范城市');
    await expect(note.getAttribute('lang')).resolves.toBe(null);
    await expect(panel().getByRole('heading', { name: /政策译文 · 2 句/ }).count()).resolves.toBe(1);
    const quotes = panel().locator('.quotes > .quote');
    await expect(quotes.count()).resolves.toBe(2);
    const source = quotes.first().locator('.quote__source');
    await expect(source.textContent()).resolves.toMatch(/^第5条 · /);
    await expect(source.locator('span[lang="en"]').first().textContent()).resolves.not.toMatch(/第/);
    await saveScreenshot(page, `reads-right-daqing-zh.png`);
  });

  it('writes the scale’s unit in the bundled font', SLOW, async () => {
    await visit('?lang=zh');
    const scale = page.locator('.maplibregl-ctrl-scale');
    await expect.poll(() => scale.textContent()).toMatch(/公里$/);
    await expect(scale.evaluate((node) => getComputedStyle(node).fontFamily)).resolves.toContain('Noto Sans SC');
    await expect(page.locator('.maplibregl-ctrl-attrib').evaluate((node) => getComputedStyle(node).fontFamily)).resolves.toContain('Noto Sans SC');
  });

  it('leads the reader’s clause headings with a Chinese clause label and keeps the heading English', SLOW, async () => {
    await visit('?lang=zh&view=reader&clause=I.5');
    const heading = page.locator('.reader__clause[data-clause="I.5"] .reader__clause-heading');
    await heading.waitFor();
    await expect(heading.textContent()).resolves.toMatch(/^第5条 · \S/);
    await expect(heading.locator('[lang="en"]').textContent()).resolves.not.toMatch(/第/);
  });
});

/** The camera the URL keeps, if any. */
async function cameraInUrl(): Promise<string | null> {
  return new URL(page.url()).searchParams.get('map');
}

/** The scale bar as a reader sees it: its distance and its length, which follow the zoom and the latitude of the centre. */
async function scaleBar(): Promise<string> {
  return page.locator('.maplibregl-ctrl-scale').evaluate((node) => `${node.textContent} ${(node as HTMLElement).style.width}`);
}

describe('back to the overview', () => {
  it('frames the region again and empties the search box, by the panel’s button and by Esc', SLOW, async () => {
    await visit('');
    await page.keyboard.press('Escape');
    const overview = await scaleBar();
    for (const leave of ['button', 'Escape'] as const) {
      const box = page.getByRole('combobox', { name: 'Search places and text' });
      await box.fill('Dalian');
      await page.getByRole('listbox').getByRole('option').first().click();
      await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe('dalian');
      // The map zooms to Dalian: its scale bar changes.
      await expect.poll(scaleBar, { timeout: 30_000 }).not.toBe(overview);
      if (leave === 'button') await page.getByRole('button', { name: 'Back to the overview' }).click();
      else await page.keyboard.press('Escape');
      await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe(null);
      await expect(box.inputValue()).resolves.toBe('');
      // The overview has no camera of the old selection's: the map frames the region as it opened.
      await expect.poll(cameraInUrl).toBe(null);
      await page.waitForFunction(() => document.querySelector('.map')?.getAttribute('data-map-ready') === 'true');
      // The same scale, to a fraction of a pixel: the region framed as when the page opened.
      const distance = (bar: string) => bar.replace(/ [\d.]+px$/, '');
      const length = (bar: string) => Number.parseFloat(/([\d.]+)px$/.exec(bar)?.[1] ?? 'NaN');
      await expect.poll(async () => distance(await scaleBar()), { timeout: 30_000 }).toBe(distance(overview));
      expect(Math.abs(length(await scaleBar()) - length(overview))).toBeLessThan(1);
    }
  });
});

describe('a dark reader, on screen and on paper', () => {
  it('reads Suifenhe in the dark scheme, and prints it by print media alone in black on white with the light key', SLOW, async () => {
    await visit('?place=suifenhe&scheme=dark');
    await expect.poll(() => panel().getByRole('heading', { level: 2 }).first().textContent()).toContain('Suifenhe');
    await page.waitForFunction(() => document.querySelector('.map')?.getAttribute('data-map-ready') === 'true');
    await saveScreenshot(page, 'reads-right-dark-reader.png');
    await page.emulateMedia({ media: 'print' });
    try {
      const sheet = page.locator('.print-sheet');
      // The sheet follows the state when the page is next idle, within a quarter of a second.
      await expect.poll(() => sheet.getByRole('heading', { name: 'Suifenhe' }).isVisible(), { timeout: 2000 }).toBe(true);
      await expect(sheet.getByText('Yanji and Suifenhe are encouraged').isVisible()).resolves.toBe(true);
      await expect(sheet.evaluate((node) => getComputedStyle(node).color)).resolves.toBe('rgb(0, 0, 0)');
      for (const element of ['documentElement', 'body'] as const) {
        await expect(page.evaluate((name) => getComputedStyle(document[name]).backgroundColor, element)).resolves.toBe('rgb(255, 255, 255)');
      }
      // The key's swatches are the light palette's, as on white paper, not the dark scheme's.
      const swatch = sheet.getByRole('listitem').filter({ hasText: /^Service-outsourcing cities/ }).locator('.swatch');
      const light = LIGHT_PALETTE.inks['service-outsourcing'].marker;
      await expect(swatch.evaluate((node) => (node as HTMLElement).style.getPropertyValue('--swatch'))).resolves.toBe(light);
      const shown = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ink-service-outsourcing-marker').trim());
      expect(shown.toLowerCase()).not.toBe(light.toLowerCase());
      await saveScreenshot(page, 'reads-right-dark-print.png', { fullPage: true });
    } finally {
      await page.emulateMedia({ media: null });
    }
  });
});

describe('the keyboard and the map’s buttons', () => {
  it('reaches the search box within a few tab stops of the top of the page', SLOW, async () => {
    // The overview, with the keyboard starting from the top of the page as after a load.
    await resetTo(page, '');
    const stops: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return `${el?.tagName ?? ''} ${el?.getAttribute('role') ?? ''} ${el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 30) ?? ''}`;
      });
      stops.push(focused);
      if (focused.includes('combobox')) break;
    }
    expect(stops.at(-1)).toContain('combobox');
    expect(stops.length, stops.join('\n')).toBeLessThanOrEqual(4);
  });

  it('names the what’s-here button in words, with no question mark', SLOW, async () => {
    const button = page.getByRole('button', { name: /^What’s here/ });
    await expect(button.textContent()).resolves.toBe('What’s here');
    await visit('?lang=zh');
    await expect.poll(() => page.getByRole('button', { name: /^此处概况/ }).textContent()).toBe('此处概况');
  });
});

describe('the phone’s header', () => {
  it('keeps 中文 on one line and the colour-scheme switch level with the language buttons', SLOW, async () => {
    const phone = await session.newPage(PHONE, { isMobile: true });
    for (const query of ['', '?lang=zh']) {
      // Loaded once, then shown in Chinese through the phone page's own history.
      if (query) await resetTo(phone, query);
      else {
        await phone.goto(`${session.site.url}${query}`);
        await phone.locator('.map[data-map-ready="true"]').waitFor({ timeout: 180_000 });
      }
      const box = (name: string) => phone.getByRole('button', { name, exact: true }).boundingBox();
      const [english, chinese, dark] = await Promise.all([box('English'), box('中文'), box(query ? '深色' : 'Dark')]);
      // One line: as tall as the English button beside it.
      expect(chinese?.height).toBe(english?.height);
      expect(Math.abs((dark?.y ?? 0) - (chinese?.y ?? 0))).toBeLessThanOrEqual(1);
      expect(Math.abs((dark?.height ?? 0) - (chinese?.height ?? 0))).toBeLessThanOrEqual(1);
      await saveScreenshot(phone, `reads-right-phone-header${query ? '-zh' : ''}.png`);
    }
    await phone.close();
  });
});

describePageHygiene(() => session);
