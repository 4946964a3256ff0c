/**
 * The interface in Chinese: complete, switchable in place, and chosen by the
 * browser's languages when the link names none. The policy itself stays the
 * English translation, marked as English.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Topology } from 'topojson-specification';
import { basemapSources } from '../../src/data/basemap-data.ts';
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, describePageHygiene, saveScreenshot, waitForMap } from './harness.ts';
import { useSharedAtlas } from './fixtures.ts';

// Not a check of how the map moves: it jumps rather than eases, and names appear without fading (reduced motion).
const atlas = useSharedAtlas({ reducedMotion: 'reduce' });

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;

/**
 * The words of every English proper name the atlas holds: places, their
 * aliases, the ports, crossings and airports, and the base map's names. An accessible name cannot mark part of
 * itself as English, so "大连市 Dalian，城市" may carry them there.
 */
const PROPER_NAME_WORDS: string[] = (() => {
  const places = readJson<{ features: { properties: { name_en: string; aliases: string[] } }[] }>('../../geodata/places.geojson');
  const labels = basemapSources(readJson<Topology>('../../geodata/basemap.topo.json')).labels.features;
  const infrastructure = readJson<{ features: { properties: { name_en: string } }[] }>('../../geodata/infrastructure.geojson');
  const names = [
    ...places.features.flatMap((f) => [f.properties.name_en, ...f.properties.aliases]),
    ...infrastructure.features.map((f) => f.properties.name_en),
    ...labels.map((f) => String(f.properties?.name_en)),
  ];
  return [...new Set(names.flatMap((name) => name.match(/[A-Za-z]{2,}/g) ?? []))];
})();

/**
 * Latin words the interface shows in a language other than English: visible
 * text, accessible names and tooltips, outside anything marked as English
 * (the policy's text, English names beside Chinese ones, source titles) and
 * outside the attribution, which names its sources as they name themselves.
 */
function englishOutsideQuotes(page: Page): Promise<string[]> {
  return page.evaluate((properNames) => {
    const nameWords = new Set(properNames);
    const isEnglish = (element: Element | null) => (element?.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('en');
    const exempt = (element: Element | null) =>
      !element || isEnglish(element) || element.closest('.maplibregl-ctrl-attrib, [aria-hidden="true"], script, style') !== null;
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    const found: string[] = [];
    const words = (text: string, where: string, allowNames = false) => {
      for (const word of text.match(/[A-Za-z]{2,}/g) ?? []) {
        if (!(allowNames && nameWords.has(word))) found.push(`${word} (${where})`);
      }
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (exempt(parent) || !parent || !visible(parent)) continue;
      words(node.textContent ?? '', parent.tagName.toLowerCase());
    }
    for (const element of document.querySelectorAll('[aria-label], [title]')) {
      if (exempt(element)) continue;
      words(element.getAttribute('aria-label') ?? '', 'aria-label', true);
      words(element.getAttribute('title') ?? '', 'title', true);
    }
    words(document.title, 'title element');
    return found;
  }, PROPER_NAME_WORDS);
}

describe('the interface in Chinese', () => {
  it('shows a complete Chinese interface for ?lang=zh, on a desktop and on a phone', async () => {
    const desktop = await atlas.show('?lang=zh&place=suifenhe');
    await saveScreenshot(desktop, 'atlas-zh-desktop.png');
    await expect(desktop.evaluate(() => document.documentElement.lang)).resolves.toBe('zh-Hans');
    await expect(desktop.title()).resolves.toContain('东北振兴政策地图');
    const panel = desktop.getByRole('complementary', { name: '政策面板' });
    await expect(panel.getByRole('heading', { level: 2 }).textContent()).resolves.toContain('绥芬河');
    // The quote is the English translation, verbatim, and marked as English.
    const quote = panel.getByRole('blockquote').first();
    await expect(quote.getAttribute('lang')).resolves.toBe('en');
    await expect(quote.textContent()).resolves.toContain('Yanji and Suifenhe are encouraged');
    await expect(panel.getByText('政策以中文发布').first().isVisible()).resolves.toBe(true);
    // The quotes are called the translation, never the original.
    await expect(panel.getByText(/^政策译文 · /).first().isVisible()).resolves.toBe(true);
    await expect(panel.getByText(/原文/).count()).resolves.toBe(0);
    await expect(desktop.getByRole('button', { name: '放大' }).count()).resolves.toBe(1);
    expect(await englishOutsideQuotes(desktop)).toEqual([]);

    // The same page narrowed to a phone's width: the phone's layout shows what the desktop's hides, and the other way round.
    const phone = await atlas.show('?lang=zh&place=suifenhe', PHONE);
    await saveScreenshot(phone, 'atlas-zh-phone.png');
    expect(await englishOutsideQuotes(phone)).toEqual([]);
  });

  it('has no English interface words in the reader, search results or the key either', async () => {
    const page = await atlas.show('?lang=zh&view=reader');
    expect(await englishOutsideQuotes(page)).toEqual([]);
    await page.getByRole('combobox', { name: '搜索地点和译文' }).fill('大连');
    await page.getByRole('option').first().waitFor();
    await saveScreenshot(page, 'atlas-zh-search.png');
    expect(await englishOutsideQuotes(page)).toEqual([]);
  });

  it('the scan finds an English interface word where there is one: it can fail', async () => {
    const page = await atlas.show('?lang=zh&place=suifenhe');
    expect(await englishOutsideQuotes(page)).toEqual([]);
    // An untranslated label, as a forgotten string would leave one.
    await page.getByRole('button', { name: '浏览' }).evaluate((button) => {
      button.textContent = 'Explore';
    });
    expect(await englishOutsideQuotes(page)).toContain('Explore (button)');
  });

  it('switches language in place, keeping the selection, the camera and the panel', async () => {
    const page = await atlas.show('?place=suifenhe&view=reader&map=6.5/44.4/131.1');
    const before = new URL(page.url()).searchParams;
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('zh');
    const after = new URL(page.url()).searchParams;
    for (const key of ['place', 'view', 'map']) expect(after.get(key), key).toBe(before.get(key));
    await expect(page.getByRole('button', { name: '阅读全文' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByRole('heading', { level: 2 }).first().textContent()).resolves.toContain('国务院关于进一步实施');
    // The map's names lead in Chinese now.
    await expect.poll(() => page.getByRole('list', { name: '地图上显示的地名' }).textContent()).toContain('绥芬河市 Suifenhe');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBeNull();
    await expect(page.getByRole('button', { name: 'Read the policy' }).getAttribute('aria-pressed')).resolves.toBe('true');
  });

  it('follows the browser’s languages when the link names none', async () => {
    // A browser whose language is Chinese: a context of its own, and a load, as the language is read when the page opens.
    const context = await atlas.session.newContext(DESKTOP, { locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${atlas.session.site.url}?place=dalian`);
    await waitForMap(page);
    await expect(page.getByRole('complementary', { name: '政策面板' }).getByRole('heading', { level: 2 }).textContent()).resolves.toContain('大连');
    // Chinese is this reader's default, so the address does not need to say it.
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    await context.close();
  });
});

describePageHygiene(() => atlas.session);
